#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Graphics

/// A continuous colour map from `[0, 1]` to colours, interpolated linearly
/// between 256 table entries sampled from matplotlib (see `ColormapTables`).
public enum Colormap: String, Hashable, Sendable, CaseIterable {
    case viridis, magma, coolwarm, gray

    /// The colour at `t` (clamped to `[0, 1]`; NaN maps to 0). Never exactly one of the light
    /// theme's neutrals, which a light chart's dark variant recolours: such a grey (white, the
    /// grid's, the text's) moves one step in blue.
    public func color(at t: Double) -> Color {
        let x = t.isNaN ? 0 : Swift.max(0, Swift.min(1, t))
        if self == .gray {
            let v = UInt8((x * 255).rounded())
            return Self.apartFromNeutrals(Color(r: v, g: v, b: v))
        }
        let table = self.table
        let position = x * Double(table.count - 1)
        let i = Swift.min(table.count - 2, Int(position))
        let f = position - Double(i)
        return Self.apartFromNeutrals(Self.mix(Color(hex: table[i]), Color(hex: table[i + 1]), f))
    }

    private static let neutrals = Set(Theme.light.darkVariant.keys)

    static func apartFromNeutrals(_ c: Color) -> Color {
        guard neutrals.contains(c) else { return c }
        return Color(r: c.r, g: c.g, b: c.b == 255 ? 254 : c.b + 1)
    }

    /// Whether the map runs from one hue through a neutral middle to another (for signed values).
    public var isDiverging: Bool { self == .coolwarm }

    /// Evenly spaced gradient stops for a colour bar.
    public func stops(count: Int = 17) -> [LinearGradient.Stop] {
        let n = Swift.max(2, count)
        return (0..<n).map { i in
            let t = Double(i) / Double(n - 1)
            return LinearGradient.Stop(offset: t, color: color(at: t))
        }
    }

    private var table: [UInt32] {
        switch self {
        case .viridis: ColormapTables.viridis
        case .magma: ColormapTables.magma
        case .coolwarm: ColormapTables.coolwarm
        case .gray: [0x000000, 0xFFFFFF]
        }
    }

    static func mix(_ a: Color, _ b: Color, _ f: Double) -> Color {
        func channel(_ x: UInt8, _ y: UInt8) -> UInt8 {
            UInt8((Double(x) + (Double(y) - Double(x)) * f).rounded())
        }
        return Color(r: channel(a.r, b.r), g: channel(a.g, b.g), b: channel(a.b, b.b))
    }
}

extension Color {
    /// WCAG relative luminance (0 black … 1 white).
    var luminance: Double {
        func linear(_ c: UInt8) -> Double {
            let s = Double(c) / 255
            return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// Black or white, whichever contrasts more with this colour.
    var contrastingText: Color {
        let l = luminance
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? Color(hex: 0x111111) : .white
    }
}
