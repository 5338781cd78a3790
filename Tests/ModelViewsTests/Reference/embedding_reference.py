"""Writes embedding.json (beside this script) for EmbeddingTests: correlated data with numpy's
SVD principal components and explained variance (PCA is compared up to each component's sign),
and a small clustered set with scikit-learn's exact t-SNE KL divergence (ours must reach a KL
as low, within a margin: t-SNE has no unique answer to compare point by point).
Run with a Python that has numpy and scikit-learn:  /work/venv-torch/bin/python embedding_reference.py
"""
import json
import pathlib

import numpy as np
from sklearn.manifold import TSNE

rng = np.random.default_rng(42)
n, d = 200, 6
latent = rng.normal(size=(n, 3)) * [3.0, 1.5, 0.5]
mixing = rng.normal(size=(3, d))
x = latent @ mixing + 0.1 * rng.normal(size=(n, d)) + rng.normal(size=d) * 5
centered = x - x.mean(0)
u, s, vt = np.linalg.svd(centered, full_matrices=False)
variance = s ** 2 / (n - 1)
pca = {"rows": n, "columns": d, "data": x.ravel().tolist(), "components": vt[:2].tolist(),
       "projection": (centered @ vt[:2].T).ravel().tolist(),
       "explained_ratio": (variance[:2] / variance.sum()).tolist()}

centers = rng.normal(size=(4, 10)) * 6
labels = np.repeat(np.arange(4), 60)
blobs = centers[labels] + rng.normal(size=(240, 10))
kl = {}
for method in ["exact", "barnes_hut"]:
    model = TSNE(n_components=2, perplexity=30, init="pca", random_state=0, method=method)
    model.fit_transform(blobs)
    kl[method] = float(model.kl_divergence_)
tsne = {"rows": 240, "columns": 10, "data": blobs.ravel().tolist(), "labels": labels.tolist(), "kl": kl}

out = pathlib.Path(__file__).with_name("embedding.json")
out.write_text(json.dumps({"generator": "embedding_reference.py", "pca": pca, "tsne": tsne}))
print("wrote", out, kl)
