/// The branch-free ReLU gradient loop over raw storage, four lanes at a time (a ReLU mask
/// is as good as random, so a branch per element would mispredict half the time).
enum RectifierKernels {
    typealias Vector = SIMD4<Double>

    /// `gradient[i] = output[i] > 0 ? upstream[i] : 0`: the gradient through a
    /// ReLU from its output. `gradient` may be `upstream`.
    static func mask(
        _ upstream: UnsafePointer<Double>, byPositive output: UnsafePointer<Double>,
        into gradient: UnsafeMutablePointer<Double>, count: Int
    ) {
        let zero = Vector()
        var i = 0
        while i + 4 <= count {
            let g = MatrixKernels.load(upstream + i), y = MatrixKernels.load(output + i)
            store(g.replacing(with: zero, where: .!(y .> zero)), at: gradient + i)
            i += 4
        }
        while i < count {
            gradient[i] = output[i] > 0 ? upstream[i] : 0
            i += 1
        }
    }

    /// The array form of `mask(_:byPositive:into:count:)`.
    static func mask(_ upstream: [Double], byPositive output: [Double]) -> [Double] {
        [Double](unsafeUninitializedCapacity: upstream.count) { out, count in
            upstream.withUnsafeBufferPointer { pg in
                output.withUnsafeBufferPointer { py in
                    mask(MatrixKernels.base(pg), byPositive: MatrixKernels.base(py), into: MatrixKernels.mutableBase(out),
                         count: min(pg.count, py.count))
                }
            }
            count = upstream.count
        }
    }

    @inline(__always)
    private static func store(_ v: Vector, at p: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }
}
