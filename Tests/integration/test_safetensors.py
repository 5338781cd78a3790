"""model.save(to:) and Sequential(contentsOf:) against Python's safetensors package (LANGUAGE.md
8a): a file Loupe writes is read by Python with the same numbers, and a numpy forward pass over
them predicts what Loupe predicts; a file written from numpy (F64 and F32) loads into Loupe and
predicts what numpy predicts; a truncated file is a clear error."""
import json
import subprocess

import numpy as np
from safetensors import safe_open
from safetensors.numpy import load_file, save_file

from conftest import LOUPE

ARCHITECTURE = {
    "layers": [
        {"type": "Dense", "inputSize": 4, "outputSize": 8, "activation": "relu"},
        {"type": "Dropout", "probability": 0.1},
        {"type": "Dense", "inputSize": 8, "outputSize": 3, "activation": "softmax"},
    ],
    "loss": "softmaxCrossEntropy",
}


def run_cells(directory, source):
    script = directory / "cells.swift"
    script.write_text(source)
    return subprocess.run([LOUPE, "run", str(script)], capture_output=True, text=True, timeout=120, cwd=directory)


def numbers(line):
    return np.array(json.loads(line), dtype=np.float64)


def forward(tensors, x):
    """The model of ARCHITECTURE in numpy (dropout is off at inference)."""
    hidden = np.maximum(x @ tensors["0.weight"] + tensors["0.bias"], 0)
    logits = hidden @ tensors["2.weight"] + tensors["2.bias"]
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def test_a_file_loupe_writes_is_read_by_python(tmp_path):
    result = run_cells(tmp_path, """seed(3)
var model = Sequential {
    Dense(inputSize: 4, outputSize: 8, activation: relu)
    Dropout(probability: 0.1)
    Dense(inputSize: 8, outputSize: 3, activation: softmax)
}
let data = Dataset.iris.standardized()
_ = model.fit(data, epochs: 3, batchSize: 16, optimizer: Adam(for: model, learningRate: 0.01), verbose: false)
model.save(to: "m.safetensors")
// %%
print(data.features.scalars)
print(model.predictProbabilities(data.features).scalars)
print(model.predict(data.features).scalars)
""")
    assert result.returncode == 0, result.stderr
    features, probabilities, predicted = result.stdout.strip().splitlines()
    tensors = load_file(tmp_path / "m.safetensors")
    assert sorted(tensors) == ["0.bias", "0.weight", "2.bias", "2.weight"]
    assert tensors["0.weight"].dtype == np.float64 and tensors["0.weight"].shape == (4, 8)
    assert tensors["2.bias"].shape == (3,)
    with safe_open(tmp_path / "m.safetensors", framework="np") as file:
        architecture = json.loads(file.metadata()["loupe.architecture"])
    assert [layer["type"] for layer in architecture["layers"]] == ["Dense", "Dropout", "Dense"]
    assert architecture["loss"] == "softmaxCrossEntropy"
    x = numbers(features).reshape(150, 4)
    expected = forward(tensors, x)
    assert np.abs(numbers(probabilities).reshape(150, 3) - expected).max() < 1e-12
    assert (numbers(predicted) == expected.argmax(axis=1)).all()


def test_a_file_numpy_writes_loads_into_loupe(tmp_path):
    rng = np.random.default_rng(7)
    tensors = {"0.weight": rng.normal(size=(4, 8)), "0.bias": rng.normal(size=8) * 0.1,
               "2.weight": rng.normal(size=(8, 3)).astype(np.float32), "2.bias": np.zeros(3, dtype=np.float32)}
    save_file(tensors, str(tmp_path / "numpy.safetensors"), metadata={"loupe.architecture": json.dumps(ARCHITECTURE)})
    x = rng.normal(size=(20, 4))
    scalars = ", ".join(repr(float(v)) for v in x.reshape(-1))
    result = run_cells(tmp_path, f"""let model = Sequential(contentsOf: "numpy.safetensors")
let x = Tensor(shape: [20, 4], scalars: [{scalars}])
print(model.predictProbabilities(x).scalars)
print(model.predict(x).scalars)
""")
    assert result.returncode == 0, result.stderr
    probabilities, predicted = result.stdout.strip().splitlines()
    as_doubles = {name: value.astype(np.float64) for name, value in tensors.items()}
    expected = forward(as_doubles, x)
    assert np.abs(numbers(probabilities).reshape(20, 3) - expected).max() < 1e-12
    assert (numbers(predicted) == expected.argmax(axis=1)).all()


def test_a_truncated_file_is_a_clear_error(tmp_path):
    save_file({"0.weight": np.ones((4, 8)), "0.bias": np.ones(8)}, str(tmp_path / "whole.safetensors"),
              metadata={"loupe.architecture": json.dumps({"layers": [ARCHITECTURE["layers"][0]]})})
    data = (tmp_path / "whole.safetensors").read_bytes()
    (tmp_path / "cut.safetensors").write_bytes(data[:-10])
    result = run_cells(tmp_path, 'let model = Sequential(contentsOf: "cut.safetensors")\n')
    assert result.returncode == 1
    assert "cut.safetensors is not a valid safetensors file" in result.stderr
    assert "past the" in result.stderr
