/// Shape arithmetic for numpy-style broadcasting: trailing dimensions are
/// aligned and a dimension of 1 stretches to match the other operand.
enum Broadcasting {
    /// The shape both operands broadcast to, or the error naming both shapes.
    static func resultShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        let rank = max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for i in 0..<rank {
            let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
            let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
            if da == db || db == 1 {
                result[i] = da
            } else if da == 1 {
                result[i] = db
            } else {
                throw TensorError.cannotBroadcast(a, b)
            }
        }
        return result
    }

    /// Row-major strides of a shape.
    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var step = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i] = step
            step *= shape[i]
        }
        return strides
    }

    /// Strides that read `shape` as if it had `target`'s shape (0 on stretched axes).
    static func stretchedStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(shape)
        let offset = target.count - shape.count
        return (0..<target.count).map { i in
            i < offset || shape[i - offset] == 1 ? 0 : own[i - offset]
        }
    }

    /// Calls `body(outputIndex, offsetA, offsetB)` for every element of `shape`
    /// in row-major order, following each operand's strides.
    static func forEachOffset(
        _ shape: [Int], _ stridesA: [Int], _ stridesB: [Int],
        _ body: (Int, Int, Int) -> Void
    ) {
        let count = shape.reduce(1, *)
        guard count > 0 else { return }
        let rank = shape.count
        var index = [Int](repeating: 0, count: rank)
        var offsetA = 0
        var offsetB = 0
        for position in 0..<count {
            body(position, offsetA, offsetB)
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                offsetA += stridesA[axis]
                offsetB += stridesB[axis]
                if index[axis] < shape[axis] { break }
                offsetA -= stridesA[axis] * shape[axis]
                offsetB -= stridesB[axis] * shape[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }

    /// The axes (of `target`) that were stretched to turn `shape` into `target`.
    static func stretchedAxes(_ shape: [Int], to target: [Int]) -> [Int] {
        let offset = target.count - shape.count
        return (0..<target.count).filter { i in
            i < offset || (shape[i - offset] == 1 && target[i] != 1)
        }
    }
}
