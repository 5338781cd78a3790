import Graphics

/// A chart value: options plus data, drawn to a `Scene` (for SVG and PNG)
/// or to Unicode text (for `text/plain`). Both renderings are deterministic.
public protocol Chart: Sendable {
    var options: ChartOptions { get set }
    /// The chart's nodes for a canvas of `size` at the origin, background excluded.
    func nodes(size: Size, measurer: any TextMeasurer) -> [Node]
    /// A Unicode rendering at most `columns` wide, for `jupyter console`.
    func text(columns: Int) -> String
    /// What the chart shows in words (kind, axes and their ranges, series), for readers who
    /// cannot see it: the SVG's `<desc>` and the images' alt text.
    func summary() -> String
    /// The canvas `scene` draws on: the options' size, or larger where the chart may grow to
    /// label every category (`ChartOptions.flexibleWidth`).
    func canvasSize(measurer: any TextMeasurer) -> Size
    /// The colours the SVG takes where a dark colour scheme is preferred (`Scene.darkVariant`):
    /// the theme's (`Theme.darkVariant`) unless the chart's own colours are mixed with the paper,
    /// which then keeps the picture a light card.
    var darkVariant: [Color: Color] { get }
}

extension Chart {
    var theme: Theme { options.theme.theme }

    public func canvasSize(measurer: any TextMeasurer) -> Size {
        Size(width: options.width, height: options.height)
    }

    public var darkVariant: [Color: Color] { theme.darkVariant }

    /// The chart as a scene of `canvasSize` (normally `width × height` CSS pixels), titled and described.
    public func scene(measurer: any TextMeasurer) -> Scene {
        let size = canvasSize(measurer: measurer)
        return Scene(width: size.width, height: size.height, background: theme.background,
                     nodes: nodes(size: size, measurer: measurer), title: options.title, summary: summary(),
                     darkVariant: darkVariant)
    }

    /// No description unless the chart gives one.
    public func summary() -> String { "" }

    /// The text rendering at the default 80 columns.
    public func text() -> String { text(columns: 80) }

    public func title(_ title: String) -> Self {
        var copy = self; copy.options.title = title; return copy
    }

    public func size(width: Double, height: Double) -> Self {
        var copy = self
        copy.options.width = ChartOptions.clampSize(width, fallback: options.width)
        copy.options.height = ChartOptions.clampSize(height, fallback: options.height)
        copy.options.flexibleWidth = false; copy.options.flexibleHeight = false
        return copy
    }

    public func theme(_ name: ThemeName) -> Self {
        var copy = self; copy.options.theme = name; return copy
    }
}
