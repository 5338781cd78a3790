import Platform

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The closed set of differentiable primitives: each computes its value and
/// records its one gradient rule. Every other differentiable operation of
/// Learn is composed from these (tinygrad keeps its derivatives in one
/// place the same way), so these are the rules the finite-difference tests check.
enum Primitives {
    // MARK: Broadcasting arithmetic

    static func add(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let value = try ElementwiseKernels.broadcast(a, b, +)
        return Tensor.record(value, inputs: [a, b]) { g in
            [a.node == nil ? nil : ReductionKernels.sum(g, toShape: a.shape),
             b.node == nil ? nil : ReductionKernels.sum(g, toShape: b.shape)]
        }
    }

    static func subtract(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let value = try ElementwiseKernels.broadcast(a, b, -)
        return Tensor.record(value, inputs: [a, b]) { g in
            let negated = b.node == nil ? nil : Tensor(uncheckedShape: g.shape, scalars: ElementwiseKernels.map(g.scalars) { -$0 })
            return [a.node == nil ? nil : ReductionKernels.sum(g, toShape: a.shape),
                    negated.map { ReductionKernels.sum($0, toShape: b.shape) }]
        }
    }

    static func multiply(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let value = try ElementwiseKernels.broadcast(a, b, *)
        return Tensor.record(value, inputs: [a, b]) { g in
            let ga = a.node == nil ? nil : try? ElementwiseKernels.broadcast(g, b.detached, *)
            let gb = b.node == nil ? nil : try? ElementwiseKernels.broadcast(g, a.detached, *)
            return [ga.map { ReductionKernels.sum($0, toShape: a.shape) },
                    gb.map { ReductionKernels.sum($0, toShape: b.shape) }]
        }
    }

    static func divide(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let value = try ElementwiseKernels.broadcast(a, b, /)
        return Tensor.record(value, inputs: [a, b]) { g in
            let ga = a.node == nil ? nil : try? ElementwiseKernels.broadcast(g, b.detached, /)
            // d(a/b)/db = -(a/b)/b
            let gb = b.node == nil ? nil : (try? ElementwiseKernels.broadcast(value.detached, b.detached, /))
                .flatMap { try? ElementwiseKernels.broadcast(g, $0) { -$0 * $1 } }
            return [ga.map { ReductionKernels.sum($0, toShape: a.shape) },
                    gb.map { ReductionKernels.sum($0, toShape: b.shape) }]
        }
    }

    /// The angle of the point (x, y): ∂/∂y = x / r², ∂/∂x = −y / r².
    static func atan2(_ y: Tensor, _ x: Tensor) throws -> Tensor {
        let value = try ElementwiseKernels.broadcast(y, x) { Glibc.atan2($0, $1) }
        return Tensor.record(value, inputs: [y, x]) { g in
            let r2 = try? ElementwiseKernels.broadcast(y.detached, x.detached) { $0 * $0 + $1 * $1 }
            let gy = (try? ElementwiseKernels.broadcast(x.detached, r2 ?? g) { $0 / $1 })
                .flatMap { try? ElementwiseKernels.broadcast(g, $0, *) }
            let gx = (try? ElementwiseKernels.broadcast(y.detached, r2 ?? g) { -$0 / $1 })
                .flatMap { try? ElementwiseKernels.broadcast(g, $0, *) }
            return [gy.map { ReductionKernels.sum($0, toShape: y.shape) },
                    gx.map { ReductionKernels.sum($0, toShape: x.shape) }]
        }
    }

    // MARK: Elementwise functions of one argument

    /// A sigmoid's output remembers its logits (see `ProbabilityOrigin`).
    static func unary(_ function: UnaryFunction, _ x: Tensor) -> Tensor {
        let value = Tensor(uncheckedShape: x.shape, scalars: function.apply(x.scalars))
        let result = Tensor.record(value, inputs: [x]) { g in
            [Tensor(uncheckedShape: x.shape,
                    scalars: function.backward(x: x.scalars, y: value.scalars, upstream: g.scalars))]
        }
        return function == .sigmoid ? result.madeProbabilities(by: .sigmoid, from: x) : result
    }

    // MARK: Linear algebra

    /// `a · b` for rank-2 tensors.
    static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard a.rank == 2, b.rank == 2 else {
            throw TensorError.rankMismatch(operation: "matmul", expected: "two rank-2 tensors",
                                           actual: a.rank == 2 ? b.shape : a.shape)
        }
        guard a.shape[1] == b.shape[0] else { throw TensorError.matmulMismatch(a.shape, b.shape) }
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        _ = try TensorLimits.scalarCount([m, n])
        let value = Tensor(uncheckedShape: [m, n], scalars: MatrixKernels.multiply(a.scalars, b.scalars, m: m, k: k, n: n))
        try Interrupt.check()  // an interrupted product is incomplete
        return Tensor.record(value, inputs: [a, b]) { g in
            [a.node == nil ? nil : Tensor(uncheckedShape: a.shape,
                scalars: MatrixKernels.multiplyTransposingRight(g.scalars, b.scalars, m: m, k: n, n: k)),
             b.node == nil ? nil : Tensor(uncheckedShape: b.shape,
                scalars: MatrixKernels.multiplyTransposingLeft(a.scalars, g.scalars, k: m, m: k, n: n))]
        }
    }

    /// `x · w + bias` fused (the dense layer's affine map): x `[m, k]`, w `[k, n]`,
    /// bias `[n]`; with `rectified`, `relu` of that, fused too.
    static func linear(_ x: Tensor, _ w: Tensor, _ bias: Tensor, rectified: Bool = false) throws -> Tensor {
        guard x.rank == 2, w.rank == 2, x.shape[1] == w.shape[0] else {
            throw TensorError.matmulMismatch(x.shape, w.shape)
        }
        guard bias.shape == [w.shape[1]] else { throw TensorError.cannotBroadcast([x.shape[0], w.shape[1]], bias.shape) }
        let (m, k, n) = (x.shape[0], x.shape[1], w.shape[1])
        _ = try TensorLimits.scalarCount([m, n])
        let out = [Double](unsafeUninitializedCapacity: m * n) { buffer, count in
            let target = MatrixKernels.mutableBase(buffer)
            x.scalars.withUnsafeBufferPointer { px in
                w.scalars.withUnsafeBufferPointer { pw in
                    bias.scalars.withUnsafeBufferPointer { row in
                        MatrixKernels.gemm(m: m, n: n, k: k, a: MatrixKernels.base(px), aRowStride: k, aColumnStride: 1,
                                           b: MatrixKernels.base(pw), c: target, accumulate: false,
                                           rowBias: MatrixKernels.base(row), rectify: rectified)
                    }
                }
            }
            count = m * n
        }
        try Interrupt.check()  // an interrupted product is incomplete
        let value = Tensor(uncheckedShape: [m, n], scalars: out)
        return Tensor.record(value, inputs: [x, w, bias]) { upstream in
            let g = rectified ? RectifierKernels.mask(upstream.scalars, byPositive: out) : upstream.scalars
            return [x.node == nil ? nil : Tensor(uncheckedShape: x.shape,
                        scalars: MatrixKernels.multiplyTransposingRight(g, w.scalars, m: m, k: n, n: k)),
                    w.node == nil ? nil : Tensor(uncheckedShape: w.shape,
                        scalars: MatrixKernels.multiplyTransposingLeft(x.scalars, g, k: m, m: k, n: n)),
                    bias.node == nil ? nil : Tensor(uncheckedShape: bias.shape,
                        scalars: MatrixKernels.columnSums(g, rows: m, columns: n))]
        }
    }

    // MARK: Reductions

    /// Sum over `axes` (already normalised), keeping them as size 1.
    static func sum(_ x: Tensor, axes: [Int]) -> Tensor {
        let value = ReductionKernels.reduce(x, axes: axes, initial: 0, +)
        return Tensor.record(value, inputs: [x]) { g in [ReductionKernels.expand(g, to: x.shape)] }
    }

    /// Maximum (or minimum) over `axes`, keeping them; ties share the gradient equally.
    static func extremum(_ x: Tensor, axes: [Int], largest: Bool) -> Tensor {
        let value = largest
            ? ReductionKernels.reduce(x, axes: axes, initial: -.infinity) { Swift.max($0, $1) }
            : ReductionKernels.reduce(x, axes: axes, initial: .infinity) { Swift.min($0, $1) }
        return Tensor.record(value, inputs: [x]) { g in
            let expanded = ReductionKernels.expand(value.detached, to: x.shape)
            let mask = Tensor(uncheckedShape: x.shape,
                              scalars: ElementwiseKernels.zip(x.scalars, expanded.scalars) { $0 == $1 ? 1 : 0 })
            let ties = ReductionKernels.reduce(mask, axes: axes, initial: 0, +)
            let share = Tensor(uncheckedShape: g.shape, scalars: ElementwiseKernels.zip(g.scalars, ties.scalars, /))
            let spread = ReductionKernels.expand(share, to: x.shape)
            return [Tensor(uncheckedShape: x.shape, scalars: ElementwiseKernels.zip(mask.scalars, spread.scalars, *))]
        }
    }

    // MARK: Shape

    static func reshape(_ x: Tensor, to shape: [Int]) -> Tensor {
        let value = Tensor(uncheckedShape: shape, scalars: x.scalars)
        return Tensor.record(value, inputs: [x]) { g in [Tensor(uncheckedShape: x.shape, scalars: g.scalars)] }
    }

    /// Reverses the order of the axes.
    static func transpose(_ x: Tensor) -> Tensor {
        let value = ShapeKernels.reversingAxes(x)
        return Tensor.record(value, inputs: [x]) { g in [ShapeKernels.reversingAxes(g)] }
    }

    /// The rows `range` of axis 0.
    static func slice(_ x: Tensor, rows range: Range<Int>) -> Tensor {
        let rowSize = x.shape.dropFirst().reduce(1, *)
        let values = Array(x.scalars[(range.lowerBound * rowSize)..<(range.upperBound * rowSize)])
        let value = Tensor(uncheckedShape: [range.count] + x.shape.dropFirst(), scalars: values)
        return Tensor.record(value, inputs: [x]) { g in
            var full = [Double](repeating: 0, count: x.scalarCount)
            full.replaceSubrange((range.lowerBound * rowSize)..<(range.upperBound * rowSize), with: g.scalars)
            return [Tensor(uncheckedShape: x.shape, scalars: full)]
        }
    }

    /// The rows at `indices` of axis 0 (a gather), in that order.
    static func gather(_ x: Tensor, rows indices: [Int]) -> Tensor {
        let rowSize = x.shape.dropFirst().reduce(1, *)
        var values = [Double]()
        values.reserveCapacity(indices.count * rowSize)
        for row in indices { values.append(contentsOf: x.scalars[(row * rowSize)..<((row + 1) * rowSize)]) }
        let value = Tensor(uncheckedShape: [indices.count] + x.shape.dropFirst(), scalars: values)
        return Tensor.record(value, inputs: [x]) { g in
            var full = [Double](repeating: 0, count: x.scalarCount)
            for (position, row) in indices.enumerated() {
                for c in 0..<rowSize { full[row * rowSize + c] += g.scalars[position * rowSize + c] }
            }
            return [Tensor(uncheckedShape: x.shape, scalars: full)]
        }
    }

    // MARK: Softmax family (along the last axis)

    /// The output remembers its logits (see `ProbabilityOrigin`).
    static func softmax(_ x: Tensor) -> Tensor {
        let value = Tensor(uncheckedShape: x.shape, scalars: SoftmaxKernels.softmax(x.scalars, width: x.shape.last ?? 1))
        return Tensor.record(value, inputs: [x]) { g in
            [Tensor(uncheckedShape: x.shape, scalars: SoftmaxKernels.softmaxBackward(
                y: value.scalars, upstream: g.scalars, width: x.shape.last ?? 1))]
        }.madeProbabilities(by: .softmax, from: x)
    }

    static func logSoftmax(_ x: Tensor) -> Tensor {
        let width = x.shape.last ?? 1
        let value = Tensor(uncheckedShape: x.shape, scalars: SoftmaxKernels.logSoftmax(x.scalars, width: width))
        return Tensor.record(value, inputs: [x]) { g in
            [Tensor(uncheckedShape: x.shape, scalars: SoftmaxKernels.logSoftmaxBackward(
                logY: value.scalars, upstream: g.scalars, width: width))]
        }
    }
}
