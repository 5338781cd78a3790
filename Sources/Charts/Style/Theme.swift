import Graphics

/// Colours and type sizes of a chart. `.light` and `.dark` are the two themes
/// cells can pick; both keep the grid subtle and text at ≥ 4.5:1 contrast.
public struct Theme: Hashable, Sendable {
    public var background: Color
    /// Titles and axis labels.
    public var text: Color
    /// Tick labels, notes and legend text.
    public var mutedText: Color
    public var axis: Color
    public var grid: Color
    /// Outlines drawn between touching marks (bar gaps, pie wedges).
    public var separator: Color
    public var palette: [Color]

    public var titleSize = 15.0
    public var labelSize = 12.0
    public var tickSize = 11.0
    public var noteSize = 10.0

    public static let light = Theme(
        background: .white, text: Color(hex: 0x222222), mutedText: Color(hex: 0x555555),
        axis: Color(hex: 0x8A8A8A), grid: Color(hex: 0xE6E6E6), separator: .white,
        palette: Palette.okabeIto)

    public static let dark = Theme(
        background: Color(hex: 0x1E1E1E), text: Color(hex: 0xE8E8E8), mutedText: Color(hex: 0xB4B4B4),
        axis: Color(hex: 0x8C8C8C), grid: Color(hex: 0x383838), separator: Color(hex: 0x1E1E1E),
        palette: Palette.okabeItoDark)

    /// The light theme's neutral colours (paper, text, axes, grid, separators) mapped to the
    /// dark theme's: `Scene.darkVariant` of a light chart, so an SVG shown where a dark colour
    /// scheme is preferred (JupyterLab's dark theme) turns into a dark card. Data colours stay
    /// as drawn (labels inside marks were chosen to contrast with them); colour maps never
    /// produce these neutrals exactly (`Colormap.color(at:)`). Empty for other themes.
    public var darkVariant: [Color: Color] {
        guard self == .light else { return [:] }
        let dark = Theme.dark
        let pairs = [(background, dark.background), (text, dark.text), (mutedText, dark.mutedText),
                     (axis, dark.axis), (grid, dark.grid), (separator, dark.separator)]
        // The separator is the paper's colour in both themes: one entry for both.
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }

    /// Series colour `index`, cycling through the palette.
    public func color(_ index: Int) -> Color {
        palette.isEmpty ? text : palette[((index % palette.count) + palette.count) % palette.count]
    }
}

/// Which built-in theme a chart uses.
public enum ThemeName: String, Hashable, Sendable {
    case light, dark
    public var theme: Theme { self == .light ? .light : .dark }
}
