"""The images notebook, executed by nbclient against the built kernel: every
cell runs without error, the CNN and the MLP learn the digits, every image view
shows as SVG + PNG + text, and fit's live views keep their final frame."""
import base64
import re

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import KERNEL_NAME, ROOT

NOTEBOOK = ROOT / "notebooks" / "images.ipynb"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def executed():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, kernel_name=KERNEL_NAME, timeout=300, allow_errors=True)
    client.execute()
    return notebook


def _code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def _cell(notebook, text):
    """The first code cell whose source contains `text`."""
    return next(cell for cell in _code_cells(notebook) if text in cell.source)


def _result(cell):
    return next(output for output in cell.outputs if output.output_type == "execute_result")


def test_every_cell_runs_without_error(executed):
    errors = [(cell.source.splitlines()[0], output.get("evalue"))
              for cell in _code_cells(executed) for output in cell.outputs if output.output_type == "error"]
    assert errors == []


IMAGE_VIEWS = [
    "ImageGrid(digits", "Predictions(model", "Misclassified(model", "Filters(model, layer: 0)",
    "FeatureMaps(model, image, layer: 0)", "FeatureMaps(model, image, layer: 2)", "method: .gradient)",
    "method: .integratedGradients)", "method: .gradCAM)", "ImageGrid(mnistTrain", "Filters(mlp",
]


@pytest.mark.parametrize("text", IMAGE_VIEWS + ["NetworkDiagram(model)", "ConfusionMatrix(model"])
def test_views_show_svg_png_and_text(executed, text):
    data = _result(_cell(executed, text)).data
    assert data["image/svg+xml"].lstrip().startswith("<svg")
    assert base64.b64decode(data["image/png"]).startswith(PNG_SIGNATURE)
    assert data["text/plain"].strip()
    if text in IMAGE_VIEWS:
        assert "<image" in data["image/svg+xml"], "pixels drawn as embedded rasters"


def _accuracy(cell):
    text = _result(cell).data["text/plain"]
    return float(re.search(r"accuracy: ([0-9.]+)", text).group(1))


def test_both_models_learn_the_digits(executed):
    assert _accuracy(_cell(executed, "model.evaluate(test)")) >= 0.95
    assert _accuracy(_cell(executed, "mlp.evaluate(mnistTest)")) >= 0.9


def test_the_summary_shows_the_convolution_shapes(executed):
    text = "".join(output.get("text", "") for output in _cell(executed, "model.summary()").outputs)
    assert "[?, 8, 8, 16]" in text and "[?, 2, 2, 32]" in text and "Total parameters: 6090" in text


def test_the_final_fit_frames_are_in_the_outputs(executed):
    for source, epochs in [("let history = model.fit(", 10), ("let mlpHistory = mlp.fit(", 8)]:
        shown = [output for output in _cell(executed, source).outputs if output.output_type == "display_data"]
        assert len(shown) == 2, "one progress bar and one loss chart, each updated in place"
        assert f"epoch {epochs}/{epochs}" in shown[0].data["text/plain"]
        for output in shown:
            assert base64.b64decode(output.data["image/png"]).startswith(PNG_SIGNATURE)
