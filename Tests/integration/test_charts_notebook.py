"""Charts end to end: a chart cell through jupyter_client (three MIME types and the PNG
metadata), `loupe render` to SVG and PNG, and the gallery notebook run by nbclient."""
import base64
import io
import subprocess

import nbformat
from nbclient import NotebookClient

from conftest import KERNEL_NAME, LOUPE, ROOT, execute, kernel  # noqa: F401

CHART_MIMES = {"image/svg+xml", "image/png", "text/plain"}


def _png_size(data: bytes):
    from PIL import Image
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return image.size


def _check_chart_output(output, width=640, height=400):
    assert CHART_MIMES <= set(output["data"]), output["data"].keys()
    assert output["data"]["image/svg+xml"].lstrip().startswith("<svg")
    assert output["metadata"]["image/png"] == {"width": width, "height": height}
    assert _png_size(base64.b64decode(output["data"]["image/png"])) == (2 * width, 2 * height)


def test_chart_cell_result_has_svg_png_and_text(kernel):
    _, kc = kernel
    reply, outputs = execute(kc, 'Histogram([1, 2, 2, 3, 3, 3], bins: 3, title: "t", width: 500, height: 300)')
    assert reply["content"]["status"] == "ok"
    results = [m["content"] for m in outputs if m["msg_type"] == "execute_result"]
    assert len(results) == 1
    _check_chart_output(results[0], 500, 300)


def test_display_sends_a_chart_as_display_data(kernel):
    _, kc = kernel
    reply, outputs = execute(kc, 'display(PieChart(["a": 1, "b": 2]))')
    assert reply["content"]["status"] == "ok"
    shown = [m["content"] for m in outputs if m["msg_type"] == "display_data"]
    assert len(shown) == 1
    _check_chart_output(shown[0])


def test_display_with_an_id_updates_the_chart_in_place(kernel):
    _, kc = kernel
    execute(kc, 'display(LinePlot([1, 2]), id: "curve")')
    reply, outputs = execute(kc, 'display(LinePlot([1, 2, 3], width: 320, height: 200), id: "curve")')
    assert reply["content"]["status"] == "ok"
    updates = [m["content"] for m in outputs if m["msg_type"] == "update_display_data"]
    assert len(updates) == 1
    assert updates[0]["transient"] == {"display_id": "curve"}
    _check_chart_output(updates[0], 320, 200)


def test_chart_error_is_a_runtime_error_naming_the_argument(kernel):
    _, kc = kernel
    reply, outputs = execute(kc, 'ScatterPlot(x: [1, 2, 3], y: [1, 2])')
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "RuntimeError"
    assert reply["content"]["evalue"] == "ScatterPlot: y has 2 elements but x has 3; they must have the same length"
    assert not [m for m in outputs if m["msg_type"] in ("execute_result", "display_data")]


def _render(tmp_path, name, source):
    script = tmp_path / "chart.swift"
    script.write_text(source)
    out = tmp_path / name
    result = subprocess.run([LOUPE, "render", str(script), "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return out


def test_render_writes_the_last_cells_chart_as_valid_svg(tmp_path):
    out = _render(tmp_path, "bars.svg", 'let v = [3.0, 1, 2]\n// %%\nBarChart(labels: ["a", "b", "c"], values: v)\n')
    check = subprocess.run(["xmllint", "--noout", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert out.read_text().lstrip().startswith("<svg")


def test_render_writes_a_png_at_twice_the_css_size(tmp_path):
    out = _render(tmp_path, "line.png", "LinePlot([1, 4, 9, 16], width: 320, height: 200)\n")
    assert _png_size(out.read_bytes()) == (640, 400)


def test_the_charts_gallery_runs_and_every_chart_cell_shows_svg_png_and_text():
    notebook = nbformat.read(ROOT / "notebooks" / "charts.ipynb", as_version=4)
    NotebookClient(notebook, kernel_name=KERNEL_NAME, timeout=120, allow_errors=True).execute()
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    errors = [(cell.source, o.get("evalue")) for cell in code_cells for o in cell.outputs if o.output_type == "error"]
    assert errors == []
    chart_outputs = [o for cell in code_cells for o in cell.outputs
                     if o.output_type in ("execute_result", "display_data")]
    chart_cells = [cell for cell in code_cells if any(o.output_type in ("execute_result", "display_data")
                                                      for o in cell.outputs)]
    assert len(chart_cells) >= 20
    for output in chart_outputs:
        assert CHART_MIMES <= set(output["data"]), output["data"].keys()
        assert output["data"]["image/svg+xml"].lstrip().startswith("<svg")
        assert set(output["metadata"]["image/png"]) == {"width", "height"}
