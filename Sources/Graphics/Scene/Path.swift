/// A vector outline in user units: subpaths of lines and Bézier curves.
/// Arcs are converted to cubic Béziers when added, so renderers see only
/// these four elements.
public struct Path: Hashable, Sendable {
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        case quad(control: Point, to: Point)
        case cubic(control1: Point, control2: Point, to: Point)
        case close
    }

    public private(set) var elements: [Element] = []
    public init() {}
    public init(elements: [Element]) { self.elements = elements }

    public var isEmpty: Bool { elements.isEmpty }

    public mutating func move(to p: Point) { elements.append(.move(p)) }
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    public mutating func quadCurve(to p: Point, control: Point) {
        elements.append(.quad(control: control, to: p))
    }
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        elements.append(.cubic(control1: control1, control2: control2, to: p))
    }
    public mutating func close() { elements.append(.close) }
}
