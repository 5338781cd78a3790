"""The images notebook, executed by nbclient against the built kernel: every
cell runs without error, the CNN and the MLP learn the digits, every image view
shows as SVG + PNG + text, and fit's live views keep their final frame."""
import base64
import re

import pytest

from conftest import assert_svg_png_and_text, cell_containing, cell_errors, cell_result, executed_notebook

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def executed():
    return executed_notebook("images")


def test_every_cell_runs_without_error(executed):
    assert cell_errors(executed) == []


IMAGE_VIEWS = [
    "ImageGrid(digits", "Predictions(model", "Misclassified(model", "Filters(model, layer: 0)",
    "FeatureMaps(model, image, layer: 0)", "FeatureMaps(model, image, layer: 2)", "method: .gradient)",
    "method: .integratedGradients)", "method: .gradCAM)", "ImageGrid(mnistTrain", "Filters(mlp",
]


@pytest.mark.parametrize("text", IMAGE_VIEWS + ["NetworkDiagram(model)", "ConfusionMatrix(model"])
def test_views_show_svg_png_and_text(executed, text):
    data = cell_result(cell_containing(executed, text))
    assert_svg_png_and_text(data)
    if text in IMAGE_VIEWS:
        assert "<image" in data["image/svg+xml"], "pixels drawn as embedded rasters"


def _accuracy(cell):
    text = cell_result(cell)["text/plain"]
    return float(re.search(r"accuracy: ([0-9.]+)", text).group(1))


def test_both_models_learn_the_digits(executed):
    assert _accuracy(cell_containing(executed, "model.evaluate(test)")) >= 0.95
    assert _accuracy(cell_containing(executed, "mlp.evaluate(mnistTest)")) >= 0.9


def test_the_summary_shows_the_convolution_shapes(executed):
    text = "".join(output.get("text", "") for output in cell_containing(executed, "model.summary()").outputs)
    assert "[?, 8, 8, 16]" in text and "[?, 2, 2, 32]" in text and "Total parameters: 6090" in text


def test_the_final_fit_frames_are_in_the_outputs(executed):
    for source, epochs in [("let history = model.fit(", 10), ("let mlpHistory = mlp.fit(", 8)]:
        shown = [output for output in cell_containing(executed, source).outputs if output.output_type == "display_data"]
        assert len(shown) == 2, "one progress bar and one loss chart, each updated in place"
        assert f"epoch {epochs}/{epochs}" in shown[0].data["text/plain"]
        for output in shown:
            assert base64.b64decode(output.data["image/png"]).startswith(PNG_SIGNATURE)
