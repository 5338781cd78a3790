"""Writes ranking.json (beside this script): scores with ties and labels, and scikit-learn's roc_auc_score and
average_precision_score on them, for RankingTests (the Swift side computes its own and compares).
Run with a Python that has scikit-learn:  /work/venv-torch/bin/python ranking_reference.py
"""
import json
import pathlib

import numpy as np
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import label_binarize

rng = np.random.default_rng(16)
cases = []

# Binary: scores rounded to two decimals so many examples tie.
for n, rounding in [(40, 1), (300, 2), (1000, 3)]:
    y = rng.integers(0, 2, n)
    s = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1).round(rounding)
    cases.append({"kind": "binary", "labels": y.tolist(), "scores": s.tolist(),
                  "auc": roc_auc_score(y, s), "ap": average_precision_score(y, s)})

# Multi-class one-vs-rest: rows of probabilities (softmax of noisy logits), macro averages too.
for n, k in [(150, 3), (500, 10)]:
    y = rng.integers(0, k, n)
    logits = rng.normal(0, 1, (n, k)) + 1.5 * np.eye(k)[y]
    p = np.exp(logits - logits.max(1, keepdims=True))
    p = (p / p.sum(1, keepdims=True)).round(3)
    p = p / p.sum(1, keepdims=True)
    onehot = label_binarize(y, classes=list(range(k)))
    cases.append({"kind": "multiclass", "classes": k, "labels": y.tolist(), "probabilities": p.ravel().tolist(),
                  "auc_per_class": [roc_auc_score(onehot[:, c], p[:, c]) for c in range(k)],
                  "ap_per_class": [average_precision_score(onehot[:, c], p[:, c]) for c in range(k)],
                  "auc_macro_ovr": roc_auc_score(y, p, multi_class="ovr", average="macro"),
                  "ap_macro": average_precision_score(onehot, p, average="macro")})

out = pathlib.Path(__file__).with_name("ranking.json")
out.write_text(json.dumps({"generator": "ranking_reference.py", "cases": cases}))
print("wrote", out)
