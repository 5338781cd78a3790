"""The explain notebook, executed by nbclient against the built kernel: every cell
runs without error, every evaluating and explaining view shows as SVG + PNG + text,
the curves' accuracy is evaluate's, and the two runs share one chart."""
import base64
import re

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import KERNEL_NAME, ROOT

NOTEBOOK = ROOT / "notebooks" / "explain.ipynb"
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


def _text(notebook, text):
    cell = _cell(notebook, text)
    return next(output for output in cell.outputs if output.output_type == "execute_result").data


def test_every_cell_runs_without_error(executed):
    errors = [(cell.source.splitlines()[0], output.get("evalue"))
              for cell in _code_cells(executed) for output in cell.outputs if output.output_type == "error"]
    assert errors == []


VIEWS = [
    "PairPlot(Dataset.iris)", "LossCurve([", "WeightHistograms(adam)", "ROCCurve(model, test)\n",
    "PrecisionRecallCurve(model, test)", "+ Rule(x: 0.1", "Attributions(model, test)",
    "Embedding(digits, method: .pca)", "Embedding(digits, method: .tsne)", "Embedding(digitsModel",
]


@pytest.mark.parametrize("text", VIEWS)
def test_views_show_svg_png_and_text(executed, text):
    cell = next(cell for cell in _code_cells(executed) if (cell.source + "\n").find(text) >= 0)
    data = next(output for output in cell.outputs if output.output_type == "execute_result").data
    assert data["image/svg+xml"].lstrip().startswith("<svg")
    assert base64.b64decode(data["image/png"]).startswith(PNG_SIGNATURE)
    assert data["text/plain"].strip()


def test_the_curves_agree_with_evaluate(executed):
    evaluated = float(re.search(r"accuracy: ([0-9.]+)", _text(executed, "model.evaluate(test)")["text/plain"]).group(1))
    for source in ["ROCCurve(model, test)", "PrecisionRecallCurve(model, test)"]:
        shown = re.search(r"accuracy of the model's decisions ([0-9.]+)%", _text(executed, source)["text/plain"])
        assert shown, source
        assert abs(float(shown.group(1)) - 100 * evaluated) <= 0.05 + 1e-9, source
    auc = re.search(r"macro AUC ([0-9.]+)", _text(executed, "ROCCurve(model, test)")["text/plain"])
    assert auc and 0.9 <= float(auc.group(1)) <= 1


def test_both_runs_are_on_one_chart(executed):
    text = _text(executed, "LossCurve([")["text/plain"]
    assert "sgd" in text and "adam" in text


def test_the_embeddings_name_their_method(executed):
    assert "PCA" in _text(executed, "Embedding(digits, method: .pca)")["text/plain"]
    assert "t-SNE" in _text(executed, "Embedding(digits, method: .tsne)")["text/plain"]
