import Charts
import Graphics

/// One small image of an image view: its pixels as numbers, a caption, and
/// optionally a heat overlay (saliency) and a mark for a wrong prediction.
struct ImageTile: Sendable, Equatable {
    let width: Int
    let height: Int
    /// 1 (one value per pixel, coloured by the view's scale) or 3 (RGB).
    let channels: Int
    /// `height × width × channels`, row-major.
    let values: [Double]
    var caption: [String] = []
    /// Drawn in the theme's alert colour with a frame: a wrong prediction.
    var isMarked = false
    /// `height × width` heat in 0…1 drawn over the image.
    var heat: [Double]?

    /// The value of channel `c` at pixel (`x`, `y`).
    func value(_ x: Int, _ y: Int, _ c: Int = 0) -> Double { values[(y * width + x) * channels + c] }
}

/// How an image view turns numbers into colours (one scale for all its tiles).
enum ImageScale: Sendable, Equatable {
    /// `lo` black … `hi` white (or each RGB channel from `lo` to `hi`).
    case intensity(lo: Double, hi: Double)
    /// Centred at zero: `−limit` blue … 0 white … `+limit` red (coolwarm).
    case diverging(limit: Double)
    /// `lo` … `hi` along a sequential colour map.
    case sequential(lo: Double, hi: Double, colormap: Colormap)

    /// Images in 0…1 keep that range; others are stretched over their finite extent.
    static func intensity(of values: [Double]) -> ImageScale {
        let finite = values.filter(\.isFinite)
        let lo = finite.min() ?? 0, hi = finite.max() ?? 1
        if lo >= 0, hi <= 1 { return .intensity(lo: 0, hi: 1) }
        return lo < hi ? .intensity(lo: lo, hi: hi) : .intensity(lo: lo - 0.5, hi: lo + 0.5)
    }

    /// A diverging scale whose limit is the largest finite magnitude.
    static func diverging(of values: [Double]) -> ImageScale {
        let limit = values.filter(\.isFinite).map(abs).max() ?? 0
        return .diverging(limit: limit > 0 ? limit : 1)
    }

    /// The value range the colour bar spans.
    var range: (lo: Double, hi: Double) {
        switch self {
        case let .intensity(lo, hi), let .sequential(lo, hi, _): return (lo, hi)
        case let .diverging(limit): return (-limit, limit)
        }
    }

    /// Where `value` falls in the range, 0…1 (NaN → 0.5 on a diverging scale, else 0).
    func fraction(_ value: Double) -> Double {
        let (lo, hi) = range
        guard value.isFinite else { return self.isDiverging ? 0.5 : (value > 0 ? 1 : 0) }
        return Swift.max(0, Swift.min(1, (value - lo) / (hi - lo)))
    }

    var isDiverging: Bool {
        if case .diverging = self { return true }
        return false
    }

    /// The colour of a one-channel value.
    func color(_ value: Double) -> Color {
        let t = fraction(value)
        switch self {
        case .intensity: return Colormap.gray.color(at: t)
        case .diverging: return Colormap.coolwarm.color(at: t)
        case let .sequential(_, _, colormap): return colormap.color(at: t)
        }
    }

    /// The colour map of the colour bar.
    var colormap: Colormap {
        switch self {
        case .intensity: return .gray
        case .diverging: return .coolwarm
        case let .sequential(_, _, colormap): return colormap
        }
    }

    /// RGB bytes of a tile's pixels.
    func rgb(_ tile: ImageTile) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(tile.width * tile.height * 3)
        for pixel in 0..<(tile.width * tile.height) {
            if tile.channels == 3 {
                for c in 0..<3 { out.append(UInt8((fraction(tile.values[pixel * 3 + c]) * 255).rounded())) }
            } else {
                let color = self.color(tile.values[pixel])
                out += [color.r, color.g, color.b]
            }
        }
        return out
    }
}
