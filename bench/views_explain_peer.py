"""The matplotlib / scikit-learn peers of bench/views' evaluating and explaining views.

  views_explain_peer.py --digits FILE       writes scikit-learn's 1,797 digits as JSON for views-bench
  views_explain_peer.py DUMP REPS           times each peer REPS times (after one warm-up) on the
                                            models, histories and data views-bench dumped, printing
                                            "name<TAB>milliseconds" lines with views-bench's names

Each peer draws the figure and saves it as SVG + PNG at 200 dpi (2x of 640 x 400), as the
other peers of bench/views do: RocCurveDisplay and PrecisionRecallDisplay one-vs-rest with the
chance line, two runs' loss and accuracy, integrated gradients (50-step Riemann sum in numpy)
drawn as shap's summary plot (bars and a beeswarm coloured by feature value), a scatter + line +
axhline overlay, PCA and TSNE (perplexity 30, PCA start) of the digits with a scatter, and a
seaborn-style pair plot of iris (shared axes, per-class histograms on the diagonal).
"""
import io
import json
import os
import sys
import time

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.datasets import load_digits, load_iris  # noqa: E402
from sklearn.decomposition import PCA  # noqa: E402
from sklearn.manifold import TSNE  # noqa: E402
from sklearn.metrics import PrecisionRecallDisplay, RocCurveDisplay  # noqa: E402


def save(fig):
    svg, png = io.BytesIO(), io.BytesIO()
    fig.savefig(svg, format="svg")
    fig.savefig(png, format="png", dpi=200)
    plt.close(fig)
    return len(svg.getvalue()) + len(png.getvalue())


def dense_forward(layers, x):
    h = x
    for i, (W, b) in enumerate(layers):
        h = h @ W + b
        if i < len(layers) - 1:
            h = np.maximum(h, 0)
    return h


def softmax(z):
    e = np.exp(z - z.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def main(dump, reps):
    d = json.load(open(dump))
    X = np.array(d["features"]).reshape(-1, 2)
    y = np.array(d["labels"]).astype(int)
    spiral = [(np.array(l["weight"]).reshape(l["shape"]), np.array(l["bias"])) for l in d["layers"]]
    iris_layers = [(np.array(l["weight"]).reshape(l["shape"]), np.array(l["bias"])) for l in d["irisLayers"]]
    iris_x = np.array(d["irisFeatures"]).reshape(-1, 4)
    names = d["irisFeatureNames"]
    digits = load_digits()
    raw_iris = load_iris()

    def curves(display, chance):
        def draw():
            scores = softmax(dense_forward(spiral, X))
            fig, ax = plt.subplots(figsize=(6.4, 4), dpi=100)
            for c in range(scores.shape[1]):
                display.from_predictions(y == c, scores[:, c], name=f"class {c}", ax=ax)
            chance(ax)
            return save(fig)
        return draw

    def roc_chance(ax):
        ax.plot([0, 1], [0, 1], "k--", label="chance")

    def pr_chance(ax):
        ax.axhline(1 / 3, ls="--", c="k", label="chance")

    def runs():
        fig, (a, b) = plt.subplots(2, 1, figsize=(6.4, 4), dpi=100, sharex=True)
        for name, h in [("sgd", d), ("adam", d["adam"])]:
            e = np.arange(1, len(h["loss"]) + 1)
            line, = a.plot(e, h["loss"], label=name)
            a.plot(e, h["validationLoss"], ls="--", c=line.get_color())
            b.plot(e, h["accuracy"], c=line.get_color())
            b.plot(e, h["validationAccuracy"], ls="--", c=line.get_color())
        a.legend()
        b.set_xlabel("epoch")
        return save(fig)

    def attributions():
        baseline = iris_x.mean(0)
        predicted = dense_forward(iris_layers, iris_x).argmax(1)
        alphas = (np.arange(50) + 0.5) / 50
        grads = np.zeros_like(iris_x)
        for a in alphas:
            x = baseline + a * (iris_x - baseline)
            pre, hs = x, [x]
            for i, (W, b) in enumerate(iris_layers):
                pre = pre @ W + b
                hs.append(pre)
                if i < len(iris_layers) - 1:
                    pre = np.maximum(pre, 0)
            p = softmax(pre)
            g = -p * p[np.arange(len(p)), predicted][:, None]
            g[np.arange(len(p)), predicted] += p[np.arange(len(p)), predicted]
            for i in range(len(iris_layers) - 1, -1, -1):
                W, _ = iris_layers[i]
                g = g @ W.T
                if i > 0:
                    g = g * (hs[i] > 0)
            grads += g / len(alphas)
        attr = (iris_x - baseline) * grads
        order = np.argsort(np.abs(attr).mean(0))
        fig, (a, b) = plt.subplots(1, 2, figsize=(6.4, 4), dpi=100, gridspec_kw={"width_ratios": [1, 2]})
        a.barh([names[j] for j in order], np.abs(attr).mean(0)[order])
        rng = np.random.default_rng(0)
        for row, j in enumerate(order):
            v = iris_x[:, j]
            sc = b.scatter(attr[:, j], row + rng.uniform(-0.3, 0.3, len(v)), c=(v - v.min()) / (np.ptp(v) or 1),
                           cmap="coolwarm", s=8)
        b.set_yticks(range(len(order)))
        b.set_yticklabels([])
        fig.colorbar(sc, ax=b, label="feature value")
        return save(fig)

    def overlay():
        fig, ax = plt.subplots(figsize=(6.4, 4), dpi=100)
        ax.scatter(X[:, 0], X[:, 1], s=6)
        ax.plot([-1, 1], [-1, 1])
        ax.axhline(0, ls="--", c="gray")
        return save(fig)

    def embedding(method):
        def draw():
            if method == "pca":
                points = PCA(n_components=2).fit_transform(digits.data)
            else:
                points = TSNE(n_components=2, perplexity=30, init="pca", random_state=0).fit_transform(digits.data)
            fig, ax = plt.subplots(figsize=(6.4, 4), dpi=100)
            for c in range(10):
                ax.scatter(points[digits.target == c, 0], points[digits.target == c, 1], s=6, label=str(c))
            ax.legend(markerscale=2, fontsize=7)
            return save(fig)
        return draw

    def pair_plot():
        data, target = raw_iris.data, raw_iris.target
        f = data.shape[1]
        fig, axes = plt.subplots(f, f, figsize=(7.6, 6.8), dpi=100, sharex="col")
        for r in range(f):
            for c in range(f):
                ax = axes[r, c]
                for k in range(3):
                    if r == c:
                        ax.hist(data[target == k, c], bins=12, alpha=0.55)
                    else:
                        ax.scatter(data[target == k, c], data[target == k, r], s=5)
                if c == 0:
                    ax.set_ylabel(raw_iris.feature_names[r])
                if r == f - 1:
                    ax.set_xlabel(raw_iris.feature_names[c])
        return save(fig)

    peers = [
        ("ROCCurve(model, data)", curves(RocCurveDisplay, roc_chance)),
        ("PrecisionRecallCurve(model, data)", curves(PrecisionRecallDisplay, pr_chance)),
        ("LossCurve([sgd, adam])", runs),
        ("Attributions(model, iris)", attributions),
        ("ScatterPlot + LinePlot + Rule", overlay),
        ("Embedding(digits, method: .pca)", embedding("pca")),
        ("Embedding(digits, method: .tsne)", embedding("tsne")),
        ("PairPlot(iris)", pair_plot),
    ]
    only = os.environ.get("LOUPE_VIEWS_ONLY", "")
    for name, fn in peers:
        if only and not any(part in name for part in only.split("|")):
            continue
        fn()
        for _ in range(reps):
            t0 = time.perf_counter()
            fn()
            print(f"{name}\t{(time.perf_counter() - t0) * 1e3}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--digits":
        digits = load_digits()
        json.dump({"features": digits.data.tolist(), "labels": digits.target.astype(float).tolist()}, open(sys.argv[2], "w"))
    else:
        main(sys.argv[1], int(sys.argv[2]))
