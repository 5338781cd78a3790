import Learn
import Script

/// The members cells read from image layers: a `Conv2D`'s `filter` (also as
/// `weight`), `bias`, `filterShape`, `strides`, `padding`; a pooling layer's
/// `poolSize`; a `BatchNorm`'s `scale`, `offset` and running statistics; a `Reshape`'s `shape`.
enum ImageLayerMembers {
    static func names(of layer: any Layer) -> [String] {
        switch layer {
        case is Conv2D: ["filter", "filterShape", "strides", "padding"]
        case is any WindowPoolingLayer: ["poolSize", "strides", "padding"]
        case is BatchNorm: ["scale", "offset", "runningMean", "runningVariance", "featureCount", "momentum", "epsilon"]
        case is Reshape: ["shape"]
        default: []
        }
    }

    /// The member `name` of `layer`, or nil when it is not an image layer's.
    static func property(_ name: String, of layer: any Layer) -> Value? {
        switch (name, layer) {
        case ("filter", let conv as Conv2D), ("weight", let conv as Conv2D): return LearnBridge.value(conv.filter)
        case ("bias", let conv as Conv2D): return LearnBridge.value(conv.bias)
        case ("filterShape", let conv as Conv2D): return tuple(conv.filterShape)
        case ("strides", let conv as Conv2D): return tuple([conv.strides.0, conv.strides.1])
        case ("padding", let conv as Conv2D): return .symbol(conv.padding.rawValue)
        case ("activation", let conv as Conv2D): return .string(conv.activation.name)
        case ("poolSize", let pool as any WindowPoolingLayer): return tuple([pool.window.height, pool.window.width])
        case ("strides", let pool as any WindowPoolingLayer): return tuple([pool.window.strideY, pool.window.strideX])
        case ("padding", let pool as any WindowPoolingLayer): return .symbol(pool.window.padding.rawValue)
        case ("scale", let norm as BatchNorm): return LearnBridge.value(norm.scale)
        case ("offset", let norm as BatchNorm): return LearnBridge.value(norm.offset)
        case ("runningMean", let norm as BatchNorm): return LearnBridge.value(norm.runningMean)
        case ("runningVariance", let norm as BatchNorm): return LearnBridge.value(norm.runningVariance)
        case ("featureCount", let norm as BatchNorm): return .int(norm.featureCount)
        case ("momentum", let norm as BatchNorm): return .double(norm.momentum)
        case ("epsilon", let norm as BatchNorm): return .double(norm.epsilon)
        case ("shape", let reshape as Reshape): return .array(reshape.shape.map(Value.int))
        default: return nil
        }
    }

    private static func tuple(_ sizes: [Int]) -> Value { .tuple(TupleValue(elements: sizes.map(Value.int))) }
}
