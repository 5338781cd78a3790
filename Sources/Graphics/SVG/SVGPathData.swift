/// Encodes a `Path` as compact SVG path data with absolute commands; a path of circles
/// of one radius (a scatter plot's dots) as two half-circle arcs each.
enum SVGPathData {
    static func encode(_ path: Path) -> String {
        if let dots = path.circles { return encode(circles: dots.centers, radius: dots.radius) }
        var d: [UInt8] = []
        d.reserveCapacity(path.elements.count * 12)
        var last: UInt8 = 0
        // A command letter, or a space where it repeats the previous one (except M).
        func command(_ c: Unicode.Scalar) {
            let code = UInt8(ascii: c)
            d.append(code != last || code == UInt8(ascii: "M") ? code : UInt8(ascii: " "))
            last = code
        }
        func point(_ p: Point) {
            SVGNumber.append(p.x, to: &d)
            d.append(UInt8(ascii: " "))
            SVGNumber.append(p.y, to: &d)
        }
        func points(_ ps: Point, _ rest: Point...) {
            point(ps)
            for p in rest { d.append(UInt8(ascii: " ")); point(p) }
        }
        // Renderers start a path without a `move` at the origin; SVG requires an explicit M.
        if let first = path.elements.first, !Self.isMove(first) { command("M"); point(Point(0, 0)) }
        for element in path.elements {
            switch element {
            case .move(let p): command("M"); point(p)
            case .line(let p): command("L"); point(p)
            case .quad(let c, let p): command("Q"); points(c, p)
            case .cubic(let c1, let c2, let p): command("C"); points(c1, c2, p)
            case .close: d.append(UInt8(ascii: "Z")); last = UInt8(ascii: "Z")
            }
        }
        return String(decoding: d, as: UTF8.self)
    }

    /// Each circle as `M x+r y` and two relative half-circle arcs through `x-r y` and back:
    /// two numbers a dot instead of the four cubic Béziers' 26 (the arcs are the same for every
    /// dot). The arcs' end points are exact opposites, so each subpath closes where it began.
    static func encode(circles centers: [Point], radius: Double) -> String {
        var arcs: [UInt8] = []
        var r: [UInt8] = [], diameter: [UInt8] = []
        SVGNumber.append(radius, to: &r)
        SVGNumber.append(2 * radius, to: &diameter)
        for sign in [UInt8(ascii: "-"), UInt8(ascii: " ")] {
            arcs.append(UInt8(ascii: "a"))
            arcs += r
            arcs.append(UInt8(ascii: " "))
            arcs += r
            arcs.append(contentsOf: " 0 1 1".utf8)
            arcs.append(sign)
            arcs += diameter
            arcs.append(contentsOf: " 0".utf8)
        }
        arcs.append(UInt8(ascii: "Z"))
        var d: [UInt8] = []
        d.reserveCapacity(centers.count * (arcs.count + 14))
        for center in centers {
            d.append(UInt8(ascii: "M"))
            SVGNumber.append(center.x + radius, to: &d)
            d.append(UInt8(ascii: " "))
            SVGNumber.append(center.y, to: &d)
            d += arcs
        }
        return String(decoding: d, as: UTF8.self)
    }

    private static func isMove(_ e: Path.Element) -> Bool {
        if case .move = e { return true }
        return false
    }
}
