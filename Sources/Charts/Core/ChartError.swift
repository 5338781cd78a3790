/// Why a chart could not be built. Thrown by chart initializers before
/// anything is drawn; `description` names the chart and the argument at fault.
public enum ChartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An array, dictionary or matrix that must hold data is empty.
    case empty(chart: String, argument: String)
    /// Every value of the argument is NaN or infinite.
    case noFiniteValues(chart: String, argument: String)
    /// Two arguments that must pair up element by element differ in length.
    case lengthMismatch(chart: String, argument: String, expected: Int, actual: Int, other: String)
    /// A value that must be zero or more is negative.
    case negative(chart: String, argument: String, index: Int, value: Double)
    /// Pie values that add up to zero.
    case allZero(chart: String, argument: String)
    /// A matrix row whose length differs from the first row's.
    case notRectangular(chart: String, argument: String, row: Int, expected: Int, actual: Int)
    /// An edge that names a node not in `nodes`.
    case unknownNode(chart: String, argument: String, index: Int, name: String)
    /// A name that appears twice where names must be unique.
    case duplicate(chart: String, argument: String, name: String)
    /// A numeric option outside its allowed range.
    case outOfRange(chart: String, argument: String, value: Double, allowed: String)
    /// A log scale given values that are zero or negative.
    case notPositiveForLog(chart: String, argument: String, index: Int, value: Double)
    /// A chart without x and y axes given to `+`.
    case notLayerable(chart: String)
    /// Two charts given to `+` whose axes cannot be shared.
    case incompatibleLayers(first: String, second: String, reason: String)

    public var description: String { ChartMessages.describe(self) }
}
