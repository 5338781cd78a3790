"""The tour notebook, executed by nbclient against the built kernel: every
cell runs without error, every chart shows as SVG + PNG + text, tensors add
an HTML table, and the live training views keep their final frame."""
import base64

import pytest

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def executed(executed_tour):
    return executed_tour


def _code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def _rich_outputs(cell):
    return [output for output in cell.outputs if output.output_type in ("execute_result", "display_data")]


def _cell(notebook, text):
    """The first code cell whose source contains `text`."""
    return next(cell for cell in _code_cells(notebook) if text in cell.source)


def test_every_cell_runs_without_error(executed):
    errors = [(cell.source.splitlines()[0], output.get("evalue"))
              for cell in _code_cells(executed) for output in cell.outputs if output.output_type == "error"]
    assert errors == []


@pytest.mark.parametrize("text", [
    "ScatterPlot(data", "NetworkDiagram(model)", "NetworkDiagram(model, style", "LossCurve(", "DecisionBoundary(",
    "ConfusionMatrix(", "WeightHistograms(", "GradientHistograms(", "ActivationHeatmap(",
    "Histogram(", "LinePlot(", "Grid([", "NetworkDiagram(nodes",
])
def test_charts_show_svg_png_and_text(executed, text):
    cell = _cell(executed, text)
    results = [output for output in _rich_outputs(cell) if output.output_type == "execute_result"]
    assert len(results) == 1
    data = results[0].data
    assert data["image/svg+xml"].lstrip().startswith("<svg")
    assert base64.b64decode(data["image/png"]).startswith(PNG_SIGNATURE)
    assert data["text/plain"].strip()
    assert results[0].metadata["image/png"]["width"] > 0


def test_a_matrix_shows_as_text_and_an_html_table(executed):
    data = _rich_outputs(_cell(executed, "let t = Tensor("))[0].data
    assert "<table" in data["text/html"]
    assert "[[1.0, 2.0, 3.0]," in data["text/plain"]


def test_the_final_fit_frame_is_in_the_outputs(executed):
    cell = _cell(executed, "let history = model.fit(")
    shown = [output for output in cell.outputs if output.output_type == "display_data"]
    assert len(shown) == 2, "one progress bar and one loss chart, each updated in place"
    progress, loss = shown
    assert "epoch 25/25" in progress.data["text/plain"]
    for output in shown:
        assert output.data["image/svg+xml"].lstrip().startswith("<svg")
        assert base64.b64decode(output.data["image/png"]).startswith(PNG_SIGNATURE)


def test_training_reached_a_good_accuracy(executed):
    text = _rich_outputs(_cell(executed, "model.evaluate(test)"))[0].data["text/plain"]
    accuracy = float(text.split("accuracy:")[1].strip(" )"))
    assert accuracy >= 0.9


def test_the_keras_binary_classifier_trains_quietly_reports_and_reloads(executed):
    fit = _cell(executed, "let binaryHistory = binary.fit(")
    assert [output for output in fit.outputs if output.output_type == "display_data"] == [], "verbose: false shows nothing"
    summary = _rich_outputs(fit)[0].data["text/plain"]
    epochs = int(summary.split("trained ")[1].split(" epochs")[0])
    assert 10 < epochs < 300, "early stopping ended the run"
    assert float(summary.split("test accuracy ")[1].strip('"')) >= 0.95
    report = _rich_outputs(_cell(executed, "binary.report(circlesTest)"))[0].data["text/plain"]
    for word in ("precision", "recall", "f1-score", "support", "macro avg", "weighted avg"):
        assert word in report
    reloaded = _rich_outputs(_cell(executed, "Sequential(contentsOf:"))[0].data["text/plain"]
    assert reloaded.strip() == "true"
