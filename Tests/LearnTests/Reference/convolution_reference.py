"""Reference numbers for ConvolutionReferenceTests: image layers in PyTorch float64.

Each case applies a layer (or a small CNN) to fixed inputs, reduces the output
to a scalar with a fixed projection, and records the output and the gradients
of that scalar with respect to the input and the parameters — in Loupe's
layouts (images [n, h, w, c], filters [h, w, in, out], dense weights [in, out]).
Inputs come from `pattern` (exact rationals, so Swift rebuilds them bit for bit).

Re-run with `/work/venv-torch/bin/python convolution_reference.py > ../ConvolutionReference.swift`.
"""
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)


def pattern(count, multiplier, offset, modulus, scale=1.0, shift=0.5):
    """((i·multiplier + offset) mod modulus) / modulus − shift, times scale."""
    return torch.tensor([(((i * multiplier + offset) % modulus) / modulus - shift) * scale for i in range(count)])


def same_padding(size, window, stride):
    """TensorFlow's 'same' padding along one axis: (before, after)."""
    out = (size + stride - 1) // stride
    total = max((out - 1) * stride + window - size, 0)
    return total // 2, total - total // 2


def nchw(x):
    return x.permute(0, 3, 1, 2)


def nhwc(x):
    return x.permute(0, 2, 3, 1)


def conv(x, filt, bias, strides, padding):
    """x [n, h, w, in], filt [h, w, in, out] → [n, h', w', out], as Loupe's Conv2D."""
    xt = nchw(x)
    if padding == "same":
        top, bottom = same_padding(x.shape[1], filt.shape[0], strides[0])
        left, right = same_padding(x.shape[2], filt.shape[1], strides[1])
        xt = F.pad(xt, (left, right, top, bottom))
    return nhwc(F.conv2d(xt, filt.permute(3, 2, 0, 1), bias, stride=strides))


def pool(x, window, strides, padding, kind):
    """Max or average pooling over cells inside the image only (TensorFlow's rule)."""
    xt = nchw(x)
    if padding == "same":
        top, bottom = same_padding(x.shape[1], window[0], strides[0])
        left, right = same_padding(x.shape[2], window[1], strides[1])
    else:
        top = bottom = left = right = 0
    if kind == "max":
        xt = F.pad(xt, (left, right, top, bottom), value=-float("inf"))
        return nhwc(F.max_pool2d(xt, window, strides))
    ones = torch.ones_like(xt)
    total = F.avg_pool2d(F.pad(xt, (left, right, top, bottom)), window, strides, divisor_override=1)
    count = F.avg_pool2d(F.pad(ones, (left, right, top, bottom)), window, strides, divisor_override=1)
    return nhwc(total / count)


def literal(values):
    return "[" + ", ".join(repr(float(v)) for v in values.detach().reshape(-1)) + "]"


def emit(name, tensors):
    print(f"    static let {name}: [String: [Double]] = [")
    for key, value in tensors.items():
        print(f'        "{key}": {literal(value)},')
    print("    ]")


def projected(output):
    """The scalar the gradients are taken of: Σ output · projection."""
    projection = pattern(output.numel(), 29, 3, 31).reshape(output.shape)
    return (output * projection).sum()


def convolution_case(name, shape, filter_shape, strides, padding, relu):
    x = pattern(shape[0] * shape[1] * shape[2] * shape[3], 37, 11, 101, 2.0).reshape(shape).requires_grad_()
    count = filter_shape[0] * filter_shape[1] * filter_shape[2] * filter_shape[3]
    filt = pattern(count, 53, 7, 89, 0.8).reshape(filter_shape).requires_grad_()
    bias = pattern(filter_shape[3], 5, 1, 7, 0.2).requires_grad_()
    y = conv(x, filt, bias, strides, padding)
    if relu:
        y = torch.relu(y)
    projected(y).backward()
    emit(name, {"output": y, "input": x.grad, "filter": filt.grad, "bias": bias.grad})


def pooling_case(name, shape, window, strides, padding, kind):
    x = pattern(shape[0] * shape[1] * shape[2] * shape[3], 37, 11, 101, 2.0).reshape(shape).requires_grad_()
    y = pool(x, window, strides, padding, kind) if kind != "global" else x.mean(dim=(1, 2))
    projected(y).backward()
    emit(name, {"output": y, "input": x.grad})


def batch_norm_case(name, shape, momentum, epsilon):
    count = 1
    for size in shape:
        count *= size
    x = pattern(count, 37, 11, 101, 2.0).reshape(shape).requires_grad_()
    channels = shape[-1]
    scale = (1 + pattern(channels, 3, 1, 5, 0.5)).requires_grad_()
    offset = pattern(channels, 2, 1, 3, 0.3).requires_grad_()
    running_mean = pattern(channels, 7, 2, 11, 0.4)
    running_variance = 1 + pattern(channels, 5, 3, 7, 0.5)
    flat = x.reshape(-1, channels)
    mean = flat.mean(0)
    variance = flat.var(0, unbiased=False)
    y = (x - mean) / torch.sqrt(variance + epsilon) * scale + offset
    projected(y).backward()
    tensors = {"output": y, "input": x.grad, "scale": scale.grad, "offset": offset.grad,
               "runningMean": momentum * running_mean + (1 - momentum) * mean.detach(),
               "runningVariance": momentum * running_variance + (1 - momentum) * variance.detach()}
    x.grad = None
    scale.grad = None
    offset.grad = None
    inference = (x - running_mean) / torch.sqrt(running_variance + epsilon) * scale + offset
    projected(inference).backward()
    tensors.update({"inferenceOutput": inference, "inferenceInput": x.grad, "inferenceScale": scale.grad})
    emit(name, tensors)


def network_case(name):
    """Conv(1→4, 3×3 same, relu) MaxPool(2) Conv(4→8, 3×3 same, relu) MaxPool(2) Flatten Dense(32→5),
    mean softmax cross-entropy on 6 images 8×8 with labels i mod 5."""
    x = pattern(6 * 8 * 8, 37, 11, 101, 1.0, 0.0).reshape(6, 8, 8, 1)
    labels = torch.tensor([i % 5 for i in range(6)])
    f1 = pattern(3 * 3 * 1 * 4, 53, 7, 89, 1.2).reshape(3, 3, 1, 4).requires_grad_()
    b1 = pattern(4, 5, 1, 7, 0.2).requires_grad_()
    f2 = pattern(3 * 3 * 4 * 8, 41, 5, 97, 0.6).reshape(3, 3, 4, 8).requires_grad_()
    b2 = pattern(8, 3, 2, 11, 0.2).requires_grad_()
    w = pattern(32 * 5, 31, 9, 83, 0.8).reshape(32, 5).requires_grad_()
    b3 = pattern(5, 2, 1, 5, 0.1).requires_grad_()
    h = pool(torch.relu(conv(x, f1, b1, (1, 1), "same")), (2, 2), (2, 2), "valid", "max")
    h = pool(torch.relu(conv(h, f2, b2, (1, 1), "same")), (2, 2), (2, 2), "valid", "max")
    logits = h.reshape(6, -1) @ w + b3
    loss = F.cross_entropy(logits, labels)
    loss.backward()
    emit(name, {"loss": loss.reshape(1), "filter1": f1.grad, "bias1": b1.grad, "filter2": f2.grad,
                "bias2": b2.grad, "weight": w.grad, "bias3": b3.grad})


print("// Generated by Reference/convolution_reference.py (PyTorch float64) — do not edit by hand.")
print("enum ConvolutionReference {")
convolution_case("sameReLU", (2, 5, 6, 2), (3, 3, 2, 3), (1, 1), "same", True)
convolution_case("validStride2", (2, 7, 6, 3), (3, 3, 3, 4), (2, 2), "valid", False)
convolution_case("sameOddStrides", (1, 6, 5, 1), (2, 3, 1, 2), (2, 1), "same", False)
convolution_case("pointwise", (2, 3, 4, 3), (1, 1, 3, 5), (1, 1), "valid", True)
pooling_case("maxPool", (2, 6, 6, 3), (2, 2), (2, 2), "valid", "max")
pooling_case("maxPoolSame", (1, 5, 5, 2), (3, 3), (2, 2), "same", "max")
pooling_case("avgPoolSame", (2, 5, 4, 2), (3, 3), (2, 2), "same", "avg")
pooling_case("globalAverage", (2, 3, 4, 3), None, None, None, "global")
batch_norm_case("batchNorm", (3, 4, 2, 3), 0.99, 0.001)
network_case("network")
print("}")
