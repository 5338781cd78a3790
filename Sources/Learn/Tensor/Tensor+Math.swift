#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Elementwise functions on tensors (section 6 math and the activations),
/// all differentiable through `UnaryFunction`'s derivative table.
public func exp(_ x: Tensor) -> Tensor { Primitives.unary(.exp, x) }
public func log(_ x: Tensor) -> Tensor { Primitives.unary(.log, x) }
public func log2(_ x: Tensor) -> Tensor { Primitives.unary(.log, x) * (1 / Glibc.log(2.0)) }
public func log10(_ x: Tensor) -> Tensor { Primitives.unary(.log, x) * (1 / Glibc.log(10.0)) }
public func sqrt(_ x: Tensor) -> Tensor { Primitives.unary(.sqrt, x) }
public func abs(_ x: Tensor) -> Tensor { Primitives.unary(.abs, x) }
public func pow(_ x: Tensor, _ exponent: Double) -> Tensor { Primitives.unary(.power(exponent), x) }
public func sin(_ x: Tensor) -> Tensor { Primitives.unary(.sin, x) }
public func cos(_ x: Tensor) -> Tensor { Primitives.unary(.cos, x) }
public func tan(_ x: Tensor) -> Tensor { Primitives.unary(.tan, x) }
public func floor(_ x: Tensor) -> Tensor { Primitives.unary(.floor, x) }
public func ceil(_ x: Tensor) -> Tensor { Primitives.unary(.ceil, x) }
public func round(_ x: Tensor) -> Tensor { Primitives.unary(.round, x) }

/// The angle of (x, y) in radians, elementwise with broadcasting.
public func atan2(_ y: Tensor, _ x: Tensor) throws -> Tensor { try Primitives.atan2(y, x) }
/// The larger of each pair of elements (with broadcasting); at ties the gradient goes to `b`.
public func max(_ a: Tensor, _ b: Tensor) throws -> Tensor { try b + relu(a - b) }
/// The smaller of each pair of elements (with broadcasting); at ties the gradient goes to `a`.
public func min(_ a: Tensor, _ b: Tensor) throws -> Tensor { try a - relu(a - b) }
public func max(_ a: Tensor, _ b: Double) -> Tensor { relu(a - b) + b }
public func min(_ a: Tensor, _ b: Double) -> Tensor { b - relu(b - a) }

public func relu(_ x: Tensor) -> Tensor { Primitives.unary(.relu, x) }
public func sigmoid(_ x: Tensor) -> Tensor { Primitives.unary(.sigmoid, x) }
public func tanh(_ x: Tensor) -> Tensor { Primitives.unary(.tanh, x) }
/// The exact GELU, `x · Φ(x)` (as PyTorch's and Keras's default).
public func gelu(_ x: Tensor) -> Tensor { Primitives.unary(.gelu, x) }
/// `x` where positive, `slope · x` elsewhere (slope 0.2 by default, as Swift for TensorFlow).
public func leakyRelu(_ x: Tensor, slope: Double = 0.2) -> Tensor { Primitives.unary(.leakyRelu(slope: slope), x) }
/// The softmax along the last axis.
public func softmax(_ x: Tensor) -> Tensor { Primitives.softmax(x) }
/// The log of the softmax along the last axis, computed stably.
public func logSoftmax(_ x: Tensor) -> Tensor { Primitives.logSoftmax(x) }
