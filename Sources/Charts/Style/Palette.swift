import Graphics

/// Categorical palettes. Loupe uses Okabe & Ito's colour-blind-safe set
/// ("Color Universal Design", 2008), reordered so the first colours are the
/// most distinct on white; yellow comes late because it is faint on white.
/// Two colours from Paul Tol's schemes follow, so ten classes (the digits)
/// get ten colours before the palette repeats.
public enum Palette {
    /// Light theme: blue, orange, bluish green, vermillion, reddish purple,
    /// sky blue, yellow, grey (grey stands in for the original black), then
    /// Tol's wine and olive.
    public static let okabeIto: [Color] = [
        Color(hex: 0x0072B2), Color(hex: 0xE69F00), Color(hex: 0x009E73), Color(hex: 0xD55E00),
        Color(hex: 0xCC79A7), Color(hex: 0x56B4E9), Color(hex: 0xF0E442), Color(hex: 0x666666),
        Color(hex: 0x882255), Color(hex: 0x999933),
    ]
    /// Dark theme: the same hues with sky blue first (blue is dim on dark grey),
    /// then Tol's magenta (wine is dim on dark grey) and olive.
    public static let okabeItoDark: [Color] = [
        Color(hex: 0x56B4E9), Color(hex: 0xE69F00), Color(hex: 0x009E73), Color(hex: 0xD55E00),
        Color(hex: 0xCC79A7), Color(hex: 0x0072B2), Color(hex: 0xF0E442), Color(hex: 0xBBBBBB),
        Color(hex: 0xEE3377), Color(hex: 0x999933),
    ]
}
