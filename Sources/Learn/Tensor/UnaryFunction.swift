#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The elementwise functions of one argument, each with its value and its
/// derivative — the table the gradient of every unary primitive comes from.
public enum UnaryFunction: Sendable, Equatable {
    case exp, log, sqrt, abs, sin, cos, tan, floor, ceil, round
    case relu, sigmoid, tanh, gelu
    /// `x` for positive inputs, `slope · x` otherwise.
    case leakyRelu(slope: Double)
    /// `x` raised to a fixed exponent.
    case power(Double)

    /// f(x).
    @inline(__always)
    public func value(_ x: Double) -> Double {
        switch self {
        case .exp: return Glibc.exp(x)
        case .log: return Glibc.log(x)
        case .sqrt: return x.squareRoot()
        case .abs: return Swift.abs(x)
        case .sin: return Glibc.sin(x)
        case .cos: return Glibc.cos(x)
        case .tan: return Glibc.tan(x)
        case .floor: return x.rounded(.down)
        case .ceil: return x.rounded(.up)
        case .round: return x.rounded(.toNearestOrAwayFromZero)
        case .relu: return x > 0 ? x : 0
        case .sigmoid: return Self.sigmoid(x)
        case .tanh: return Glibc.tanh(x)
        case .gelu: return 0.5 * x * (1 + erf(x / 2.0.squareRoot()))
        case let .leakyRelu(slope): return x > 0 ? x : slope * x
        case let .power(p): return Glibc.pow(x, p)
        }
    }

    /// f'(x), given x and the already computed y = f(x).
    @inline(__always)
    public func derivative(x: Double, y: Double) -> Double {
        switch self {
        case .exp: return y
        case .log: return 1 / x
        case .sqrt: return 0.5 / y
        case .abs: return x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .sin: return Glibc.cos(x)
        case .cos: return -Glibc.sin(x)
        case .tan: return 1 + y * y
        case .floor, .ceil, .round: return 0
        case .relu: return x > 0 ? 1 : 0
        case .sigmoid: return y * (1 - y)
        case .tanh: return 1 - y * y
        case .gelu:
            let cdf = 0.5 * (1 + erf(x / 2.0.squareRoot()))
            let pdf = Glibc.exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
            return cdf + x * pdf
        case let .leakyRelu(slope): return x > 0 ? 1 : slope
        case let .power(p): return p == 0 ? 0 : p * Glibc.pow(x, p - 1)
        }
    }

    /// The logistic function, computed without overflow for large |x|.
    @inline(__always)
    static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + Glibc.exp(-x)) }
        let e = Glibc.exp(x)
        return e / (1 + e)
    }

    /// Applies the function to every scalar with a loop specialised per case.
    func apply(_ x: [Double]) -> [Double] {
        switch self {
        case .relu: return ElementwiseKernels.map(x) { $0 > 0 ? $0 : 0 }
        case .exp: return ElementwiseKernels.map(x) { Glibc.exp($0) }
        case .tanh: return ElementwiseKernels.map(x) { Glibc.tanh($0) }
        case .sigmoid: return ElementwiseKernels.map(x) { Self.sigmoid($0) }
        default: return ElementwiseKernels.map(x) { value($0) }
        }
    }

    /// `upstream · f'(x)` for every scalar.
    func backward(x: [Double], y: [Double], upstream: [Double]) -> [Double] {
        switch self {
        case .relu:
            return RectifierKernels.mask(upstream, byPositive: y)
        default:
            return [Double](unsafeUninitializedCapacity: x.count) { out, count in
                for i in 0..<x.count { out[i] = upstream[i] * derivative(x: x[i], y: y[i]) }
                count = x.count
            }
        }
    }
}
