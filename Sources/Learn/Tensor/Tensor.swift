/// An n-dimensional array of `Double` in row-major order.
///
/// A value type: copies share storage until one of them is written
/// (copy on write through `[Double]`). A tensor that takes part in a
/// differentiation carries a `GradientNode` recording how it was made.
public struct Tensor: @unchecked Sendable {
    /// The size of each dimension; `[]` for a scalar.
    public internal(set) var shape: [Int]
    /// All elements, flattened in row-major order.
    public internal(set) var scalars: [Double]
    /// Where this value sits in a gradient computation, if it does.
    var node: GradientNode?
    /// The logits this value was made from, when it is the output of a softmax or a sigmoid.
    var probabilityOrigin: ProbabilityOrigin?

    /// Wraps already-validated storage (count must equal the shape's product).
    init(uncheckedShape shape: [Int], scalars: [Double], node: GradientNode? = nil) {
        self.shape = shape
        self.scalars = scalars
        self.node = node
    }

    /// Creates a tensor of the given shape from flat row-major scalars.
    public init(shape: [Int], scalars: [Double]) throws {
        guard try TensorLimits.scalarCount(shape, reserving: false) == scalars.count else {
            throw TensorError.scalarCountMismatch(shape: shape, count: scalars.count)
        }
        self.init(uncheckedShape: shape, scalars: scalars)
    }

    /// A rank-0 tensor holding one value.
    public init(_ scalar: Double) {
        self.init(uncheckedShape: [], scalars: [scalar])
    }

    /// A rank-1 tensor.
    public init(_ values: [Double]) {
        self.init(uncheckedShape: [values.count], scalars: values)
    }

    /// A rank-2 tensor from rows of equal length.
    public init(_ rows: [[Double]]) throws {
        let width = rows.first?.count ?? 0
        guard rows.allSatisfy({ $0.count == width }) else { throw TensorError.raggedLiteral }
        self.init(uncheckedShape: [rows.count, width], scalars: rows.flatMap { $0 })
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }

    /// The number of elements.
    public var scalarCount: Int { scalars.count }

    /// The only element of a tensor with one element, else `nil`.
    public var scalar: Double? { scalars.count == 1 ? scalars[0] : nil }

    /// True when this tensor is being tracked for differentiation.
    public var isDifferentiable: Bool { node != nil }

    /// The same values, cut loose from any gradient computation.
    public var detached: Tensor { Tensor(uncheckedShape: shape, scalars: scalars) }
}

extension Tensor: Equatable {
    /// Equal when shapes and every scalar are equal (gradient tracking ignored).
    public static func == (lhs: Tensor, rhs: Tensor) -> Bool {
        lhs.shape == rhs.shape && lhs.scalars == rhs.scalars
    }
}
