"""The explain notebook, executed by nbclient against the built kernel: every cell
runs without error, every evaluating and explaining view shows as SVG + PNG + text,
the curves' accuracy is evaluate's, and the two runs share one chart."""
import re

import pytest

from conftest import assert_svg_png_and_text, cell_containing, cell_errors, cell_result, code_cells, executed_notebook


@pytest.fixture(scope="module")
def executed():
    return executed_notebook("explain")


def _text(notebook, text):
    return cell_result(cell_containing(notebook, text))


def test_every_cell_runs_without_error(executed):
    assert cell_errors(executed) == []


VIEWS = [
    "PairPlot(Dataset.iris)", "LossCurve([", "WeightHistograms(adam)", "ROCCurve(model, test)\n",
    "PrecisionRecallCurve(model, test)", "+ Rule(x: 0.1", "Attributions(model, test)",
    "Embedding(digits, method: .pca)", "Embedding(digits, method: .tsne)", "Embedding(digitsModel",
]


@pytest.mark.parametrize("text", VIEWS)
def test_views_show_svg_png_and_text(executed, text):
    cell = next(cell for cell in code_cells(executed) if (cell.source + "\n").find(text) >= 0)
    assert_svg_png_and_text(cell_result(cell))


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
