/// An sRGB colour with straight (not premultiplied) alpha; channels 0...255, alpha 0...1.
public struct Color: Hashable, Sendable {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8
    public var alpha: Double
    public init(r: UInt8, g: UInt8, b: UInt8, alpha: Double = 1) {
        self.r = r; self.g = g; self.b = b; self.alpha = Swift.max(0, Swift.min(1, alpha))
    }
    /// `Color(hex: 0x4C72B0)`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(r: UInt8((hex >> 16) & 0xFF), g: UInt8((hex >> 8) & 0xFF), b: UInt8(hex & 0xFF), alpha: alpha)
    }
    public func withAlpha(_ alpha: Double) -> Color { Color(r: r, g: g, b: b, alpha: alpha) }

    public static let black = Color(hex: 0x000000)
    public static let white = Color(hex: 0xFFFFFF)
    public static let clear = Color(hex: 0x000000, alpha: 0)
}
