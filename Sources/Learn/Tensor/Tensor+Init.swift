/// The constructors of LANGUAGE.md section 7.
extension Tensor {
    /// A tensor of zeros.
    public init(zeros shape: [Int]) throws {
        try self.init(repeating: 0, shape: shape)
    }

    /// A tensor of ones.
    public init(ones shape: [Int]) throws {
        try self.init(repeating: 1, shape: shape)
    }

    /// A tensor with every element equal to `value`.
    public init(repeating value: Double, shape: [Int]) throws {
        self.init(uncheckedShape: shape, scalars: Array(repeating: value, count: try TensorLimits.scalarCount(shape)))
    }

    /// Standard normal samples (scaled by `standardDeviation`, shifted by `mean`)
    /// from the global generator.
    public init(randomNormal shape: [Int], mean: Double = 0, standardDeviation: Double = 1) throws {
        let count = try TensorLimits.scalarCount(shape)
        let values = RandomState.withGlobal { random in
            (0..<count).map { _ in mean + standardDeviation * random.nextNormal() }
        }
        self.init(uncheckedShape: shape, scalars: values)
    }

    /// Uniform samples in `lowerBound..<upperBound` from the global generator.
    public init(randomUniform shape: [Int], lowerBound: Double = 0, upperBound: Double = 1) throws {
        let count = try TensorLimits.scalarCount(shape)
        let width = upperBound - lowerBound
        let values = RandomState.withGlobal { random in
            (0..<count).map { _ in lowerBound + width * random.nextUniform() }
        }
        self.init(uncheckedShape: shape, scalars: values)
    }

    /// `count` evenly spaced values from `start` to `end`, both included.
    public init(linspace start: Double, _ end: Double, count: Int) throws {
        guard count >= 0 else {
            throw TensorError.invalidArgument(name: "count", reason: "must not be negative, got \(count)")
        }
        _ = try TensorLimits.scalarCount([count])
        let step = count > 1 ? (end - start) / Double(count - 1) : 0
        let values = (0..<count).map { i in i == count - 1 && count > 1 ? end : start + Double(i) * step }
        self.init(uncheckedShape: [count], scalars: values)
    }

    /// A rank-3 tensor from nested arrays of equal lengths.
    public init(_ planes: [[[Double]]]) throws {
        let rows = planes.first?.count ?? 0
        let width = planes.first?.first?.count ?? 0
        guard planes.allSatisfy({ $0.count == rows && $0.allSatisfy { $0.count == width } }) else {
            throw TensorError.raggedLiteral
        }
        self.init(uncheckedShape: [planes.count, rows, width], scalars: planes.flatMap { $0.flatMap { $0 } })
    }
}
