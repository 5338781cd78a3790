/// Options every chart takes: `title:`, `xLabel:`, `yLabel:`, `width:`,
/// `height:` (CSS pixels, default 640 × 400) and the theme.
public struct ChartOptions: Hashable, Sendable {
    public var title: String?
    public var xLabel: String?
    public var yLabel: String?
    public var width: Double
    public var height: Double
    public var theme: ThemeName
    /// The width was not given: a chart whose categories cannot all be labelled at `width` may
    /// draw wider (up to `sizeRange`'s end), as Vega-Lite sizes a discrete axis by its step.
    public var flexibleWidth = false
    /// The height was not given (as `flexibleWidth`, for categories down the y axis).
    public var flexibleHeight = false

    public static let defaultWidth = 640.0
    public static let defaultHeight = 400.0
    /// Sizes are clamped to this range so no input makes an absurd canvas.
    public static let sizeRange = 80.0...4096.0

    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight,
                theme: ThemeName = .light) {
        self.title = title; self.xLabel = xLabel; self.yLabel = yLabel
        self.width = Self.clampSize(width, fallback: Self.defaultWidth)
        self.height = Self.clampSize(height, fallback: Self.defaultHeight)
        self.theme = theme
    }

    static func clampSize(_ value: Double, fallback: Double) -> Double {
        guard value.isFinite else { return fallback }
        return Swift.min(sizeRange.upperBound, Swift.max(sizeRange.lowerBound, value.rounded()))
    }
}
