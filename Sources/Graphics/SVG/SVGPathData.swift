/// Encodes a `Path` as compact SVG path data with absolute commands.
enum SVGPathData {
    static func encode(_ path: Path) -> String {
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

    private static func isMove(_ e: Path.Element) -> Bool {
        if case .move = e { return true }
        return false
    }
}
