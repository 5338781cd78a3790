/// The shapes one example takes through a model, for summaries and diagrams.
extension Sequential {
    /// One example's shape after each layer, nil where it is unknown (the
    /// model's input shape is not known yet, or the layer cannot take it).
    /// A `Reshape` to a fully given shape makes the shape known from there on.
    public var exampleOutputShapes: [[Int]?] {
        var shape = exampleShape
        return layers.map { layer in
            if let known = shape {
                let output = layer.outputShape(for: known)
                shape = output.isEmpty ? nil : output
            } else if let reshape = layer as? Reshape, reshape.fixedExampleShape != nil {
                shape = reshape.fixedExampleShape
            }
            return shape
        }
    }
}

extension Reshape {
    /// One example's target shape when it has no size left to infer.
    var fixedExampleShape: [Int]? {
        exampleShape.isEmpty || exampleShape.contains(-1) ? nil : exampleShape
    }
}

extension Layer {
    /// True for the layers that take a batch of images (or reshape to one),
    /// so nothing before them tells the width of the model's input.
    var takesImages: Bool {
        self is Conv2D || self is any WindowPoolingLayer || self is GlobalAvgPool2D || self is Reshape
    }
}
