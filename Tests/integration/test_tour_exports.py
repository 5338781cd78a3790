"""The executed tour as a report: every chart carries a vector PDF that poppler
reads (its title is text, its page draws like the PNG), `jupyter nbconvert
--to pdf` works with XeLaTeX alone — no Inkscape — and `--to html` gives every
image its alt text (no "Alternative text is missing" warning)."""
import base64
import io
import os
import re
import shutil
import subprocess
import sys

import nbformat
import numpy as np
import pytest
from PIL import Image

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="poppler-utils (pdftotext, pdftoppm) is not installed")


def _charts(notebook):
    """(cell source, output) for every output that carries a picture."""
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.outputs:
            if output.output_type in ("execute_result", "display_data") and "image/png" in output.data:
                yield cell.source, output


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_every_chart_has_a_pdf_whose_title_is_text(executed_tour, tmp_path):
    charts = list(_charts(executed_tour))
    assert len(charts) >= 14
    titled = 0
    for k, (source, output) in enumerate(charts):
        assert "application/pdf" in output.data, source.splitlines()[0]
        pdf = base64.b64decode(output.data["application/pdf"])
        assert pdf.startswith(b"%PDF-1.4"), source.splitlines()[0]
        path = _write(tmp_path, f"chart{k}.pdf", pdf)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        title = re.search(r'title: "([^"]+)"', source)
        if title:
            titled += 1
            assert " ".join(title.group(1).split()) in " ".join(text.split()), (title.group(1), text)
    assert titled >= 4


def test_every_pdf_draws_like_its_png(executed_tour, tmp_path):
    for k, (source, output) in enumerate(_charts(executed_tour)):
        png = Image.open(io.BytesIO(base64.b64decode(output.data["image/png"]))).convert("RGB")
        path = _write(tmp_path, f"chart{k}.pdf", base64.b64decode(output.data["application/pdf"]))
        # The PDF page is the chart's CSS size at 96 dpi; the PNG is 2×.
        subprocess.run(["pdftoppm", "-png", "-r", "192", "-singlefile", str(path), str(tmp_path / f"page{k}")],
                       check=True, capture_output=True)
        page = Image.open(tmp_path / f"page{k}.png").convert("RGB")
        assert abs(page.width - png.width) <= 1 and abs(page.height - png.height) <= 1, source.splitlines()[0]
        a = np.asarray(page.crop((0, 0, png.width, png.height)), dtype=np.int16)
        b = np.asarray(png.crop((0, 0, page.width, page.height)), dtype=np.int16)
        w, h = min(a.shape[1], b.shape[1]), min(a.shape[0], b.shape[0])
        difference = np.abs(a[:h, :w] - b[:h, :w]).max(axis=2)
        mean = difference.mean()
        far = (difference > 64).mean()
        assert mean < 3 and far < 0.02, f"{source.splitlines()[0]}: mean {mean:.2f}, {far:.2%} pixels far off"


@pytest.mark.skipif(shutil.which("xelatex") is None, reason="XeLaTeX is not installed (texlive-xetex)")
def test_nbconvert_to_pdf_needs_no_inkscape(executed_tour, tmp_path):
    notebook = tmp_path / "tour.ipynb"
    nbformat.write(executed_tour, notebook)
    # No directory holding an inkscape executable stays on PATH.
    path = os.pathsep.join(d for d in os.environ.get("PATH", "").split(os.pathsep)
                           if d and not os.path.exists(os.path.join(d, "inkscape")))
    env = dict(os.environ, PATH=os.pathsep.join([os.path.dirname(sys.executable), path]))
    result = subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "pdf", str(notebook)],
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Inkscape" not in result.stderr
    report = tmp_path / "tour.pdf"
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ["Two moons", "Decision boundary on the test set", "This tour"]:
        assert expected in text, expected


def test_nbconvert_html_gives_every_image_alt_text(executed_tour, tmp_path):
    notebook = tmp_path / "tour.ipynb"
    nbformat.write(executed_tour, notebook)
    result = subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", str(notebook)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Alternative text is missing" not in result.stderr
    page = (tmp_path / "tour.html").read_text()
    images = re.findall(r"<img\b[^>]*>", page)
    assert len(images) >= 14
    for image in images:
        alt = re.search(r"\balt=(['\"])(.*?)\1", image)
        assert alt and len(alt.group(2)) > 20, image[:200]
    assert "Scatter plot of 300 points in 2 classes" in page


def test_every_chart_svg_is_an_accessible_image(executed_tour):
    for source, output in _charts(executed_tour):
        svg = output.data["image/svg+xml"]
        assert 'role="img"' in svg and "<desc " in svg, source.splitlines()[0]
        assert output.data["text/html"].startswith("<img "), source.splitlines()[0]
        png = Image.open(io.BytesIO(base64.b64decode(output.data["image/png"])))
        assert png.text.get("Description"), source.splitlines()[0]
