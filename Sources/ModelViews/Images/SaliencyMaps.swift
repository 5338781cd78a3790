import Learn

/// How `Saliency` finds the pixels that drove a prediction.
public enum SaliencyMethod: String, Sendable, CaseIterable {
    /// |∂ score / ∂ pixel| (Simonyan et al., 2014), the largest over channels.
    case gradient
    /// Pixel × the mean gradient along the straight path from a black image
    /// (Sundararajan et al., 2017; 32 midpoint steps), its magnitude summed over channels.
    case integratedGradients
    /// The last convolution's channels weighted by their mean gradient, ReLU'd
    /// and upsampled to the image (Selvaraju et al., 2017).
    case gradCAM

    var title: String {
        switch self {
        case .gradient: return "gradient"
        case .integratedGradients: return "integrated gradients"
        case .gradCAM: return "Grad-CAM"
        }
    }
}

/// The computations behind `Saliency`, on a batch of one image `[1, h, w, c]`.
enum SaliencyMaps {
    static let integrationSteps = 32

    /// The model whose output for class `c` is the score explained: `model`
    /// with a final softmax removed (the score is the logit).
    static func scoring(_ model: Sequential) -> Sequential {
        var scoring = model
        scoring.isTraining = false
        if var last = scoring.layers.last as? Dense, last.activation == .softmax {
            last.activation = .identity
            scoring.layers[scoring.layers.count - 1] = last
        }
        return scoring
    }

    /// `Σ output[row, target]` over the rows: the score summed over a batch.
    static func score(_ output: Tensor, target: Int) throws -> Tensor {
        guard output.rank == 2, target < output.shape[1] else {
            throw ModelViewError.unsuitable(view: "Saliency", argument: "model", reason: "must output [examples, classes], got \(output.shape)")
        }
        var mask = [Double](repeating: 0, count: output.scalarCount)
        for row in 0..<output.shape[0] { mask[row * output.shape[1] + target] = 1 }
        return try (output * Tensor(shape: output.shape, scalars: mask)).sum()
    }

    /// The saliency of every pixel of `image` (a batch of one in the model's
    /// input layout, holding a `h × w × c` image) for class `target`, scaled to 0…1.
    static func heat(_ method: SaliencyMethod, model: Sequential, image: Tensor, shape: (height: Int, width: Int, channels: Int),
                     target: Int) throws -> [Double] {
        let raw = try pixelScores(method, model: model, image: image, shape: shape, target: target).map(Swift.abs)
        let top = raw.filter(\.isFinite).max() ?? 0
        return raw.map { top > 0 && $0.isFinite ? $0 / top : 0 }
    }

    /// Each pixel's score before scaling: the largest |gradient| over channels,
    /// the integrated-gradients attribution summed over channels (signed; the
    /// attributions add up to score(image) − score(black)), or Grad-CAM's map.
    static func pixelScores(_ method: SaliencyMethod, model: Sequential, image: Tensor,
                            shape: (height: Int, width: Int, channels: Int), target: Int) throws -> [Double] {
        let (h, w, c) = shape
        let scoring = scoring(model)
        var raw = [Double](repeating: 0, count: h * w)
        switch method {
        case .gradient:
            let g = try gradient(at: image) { x in try score(scoring(x), target: target) }
            for pixel in 0..<(h * w) {
                raw[pixel] = (0..<c).map { Swift.abs(g.scalars[pixel * c + $0]) }.max() ?? 0
            }
        case .integratedGradients:
            let m = integrationSteps
            var path = [Double]()
            path.reserveCapacity(m * image.scalarCount)
            for step in 0..<m { path += image.scalars.map { $0 * (Double(step) + 0.5) / Double(m) } }
            let points = try Tensor(shape: [m] + image.shape.dropFirst(), scalars: path)
            let g = try gradient(at: points) { x in try score(scoring(x), target: target) }
            for pixel in 0..<(h * w) {
                var total = 0.0
                for channel in 0..<c {
                    let i = pixel * c + channel
                    let mean = (0..<m).reduce(0.0) { $0 + g.scalars[$1 * image.scalarCount + i] } / Double(m)
                    total += image.scalars[i] * mean
                }
                raw[pixel] = total
            }
        case .gradCAM:
            raw = try gradCAM(scoring, image: image, size: (h, w), target: target)
        }
        return raw
    }

    /// Grad-CAM at the last layer whose output is a stack of feature maps.
    private static func gradCAM(_ model: Sequential, image: Tensor, size: (Int, Int), target: Int) throws -> [Double] {
        var activations: [Tensor] = []
        var current = image
        for layer in model.layers {
            current = try layer.forward(current, training: false)
            activations.append(current)
        }
        guard let last = activations.lastIndex(where: { $0.rank == 4 }), last + 1 < model.layers.count else {
            throw ModelViewError.unsuitable(view: "Saliency(method: .gradCAM)", argument: "model",
                                            reason: "has no convolution or pooling layer before its output; use method: .gradient")
        }
        let maps = activations[last]
        let tail = Sequential(Array(model.layers[(last + 1)...]))
        let g = try gradient(at: maps) { a in try score(tail(a), target: target) }
        let (h, w, k) = (maps.shape[1], maps.shape[2], maps.shape[3])
        let weights = (0..<k).map { channel in
            (0..<(h * w)).reduce(0.0) { $0 + g.scalars[$1 * k + channel] } / Double(h * w)
        }
        let cam = (0..<(h * w)).map { pixel in
            Swift.max(0, (0..<k).reduce(0.0) { $0 + weights[$1] * maps.scalars[pixel * k + $1] })
        }
        return upsampled(cam, from: (h, w), to: size)
    }

    /// Bilinear upsampling with pixel centres aligned (as `cv2.resize`).
    static func upsampled(_ values: [Double], from source: (Int, Int), to target: (Int, Int)) -> [Double] {
        let (sh, sw) = source, (th, tw) = target
        func coordinate(_ t: Int, _ s: Int, _ size: Int) -> (Int, Int, Double) {
            let x = Swift.max(0, Swift.min(Double(s - 1), (Double(t) + 0.5) * Double(s) / Double(size) - 0.5))
            let low = Int(x)
            return (low, Swift.min(low + 1, s - 1), x - Double(low))
        }
        var out = [Double](repeating: 0, count: th * tw)
        for y in 0..<th {
            let (y0, y1, fy) = coordinate(y, sh, th)
            for x in 0..<tw {
                let (x0, x1, fx) = coordinate(x, sw, tw)
                let top = values[y0 * sw + x0] * (1 - fx) + values[y0 * sw + x1] * fx
                let bottom = values[y1 * sw + x0] * (1 - fx) + values[y1 * sw + x1] * fx
                out[y * tw + x] = top * (1 - fy) + bottom * fy
            }
        }
        return out
    }
}
