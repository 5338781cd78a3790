import Script

/// The points of a value `ScatterPlot(_ data:)` can draw. The Learn side's `Dataset` conforms
/// (its first two feature columns, coloured by class name), so Charts needs no Dataset type.
public struct ScatterPoints {
    public var x: [Double]
    public var y: [Double]
    /// One class name per point, or nil for uncoloured points.
    public var labels: [String]?
    /// Axis titles used when the call gives no `xLabel:` / `yLabel:` (feature names).
    public var xLabel: String?
    public var yLabel: String?

    public init(x: [Double], y: [Double], labels: [String]? = nil, xLabel: String? = nil, yLabel: String? = nil) {
        self.x = x; self.y = y; self.labels = labels; self.xLabel = xLabel; self.yLabel = yLabel
    }
}

/// A native value that can be drawn by `ScatterPlot(_ data:)`.
public protocol ScatterPlottable: NativeObject {
    func scatterPoints() throws(ScriptError) -> ScatterPoints
}
