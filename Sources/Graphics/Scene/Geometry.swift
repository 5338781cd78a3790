/// A point in user units (CSS pixels before device scaling).
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

/// A width and height in user units.
public struct Size: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }
}

/// An axis-aligned rectangle in user units; `x`, `y` is the top-left corner.
public struct Rect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var center: Point { Point(x + width / 2, y + height / 2) }

    /// Whether the two rectangles share any area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let x0 = Swift.min(minX, other.minX), y0 = Swift.min(minY, other.minY)
        let x1 = Swift.max(maxX, other.maxX), y1 = Swift.max(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

/// A 2-D affine transform `[a c e; b d f; 0 0 1]`, as SVG's `matrix(a b c d e f)`.
public struct Transform: Hashable, Sendable {
    public var a, b, c, d, e, f: Double
    public init(a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.e = e; self.f = f
    }
    public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, e: 0, f: 0)
    public static func translate(_ tx: Double, _ ty: Double) -> Transform {
        Transform(a: 1, b: 0, c: 0, d: 1, e: tx, f: ty)
    }
    public static func scale(_ sx: Double, _ sy: Double) -> Transform {
        Transform(a: sx, b: 0, c: 0, d: sy, e: 0, f: 0)
    }
    /// Rotation by `degrees`, clockwise on screen (y grows downward), as SVG's `rotate`.
    public static func rotate(degrees: Double) -> Transform {
        let r = degrees * Double.pi / 180
        let (s, c) = (sin(r), cos(r))
        return Transform(a: c, b: s, c: -s, d: c, e: 0, f: 0)
    }
    public var isIdentity: Bool { self == .identity }

    /// `self` applied after `first`: points go through `first`, then `self`.
    public func concatenating(_ first: Transform) -> Transform {
        Transform(a: a * first.a + c * first.b, b: b * first.a + d * first.b,
                  c: a * first.c + c * first.d, d: b * first.c + d * first.d,
                  e: a * first.e + c * first.f + e, f: b * first.e + d * first.f + f)
    }
    public func apply(_ p: Point) -> Point {
        Point(a * p.x + c * p.y + e, b * p.x + d * p.y + f)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
