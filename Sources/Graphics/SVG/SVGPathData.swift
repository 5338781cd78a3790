/// Encodes a `Path` as compact SVG path data with absolute commands.
enum SVGPathData {
    static func encode(_ path: Path) -> String {
        var d: [UInt8] = []
        d.reserveCapacity(path.elements.count * 12)
        var last: UInt8 = 0
        func command(_ c: Character, _ points: Point...) {
            let code = UInt8(ascii: c.unicodeScalars.first ?? "M")
            d.append(code != last || code == UInt8(ascii: "M") ? code : UInt8(ascii: " "))
            for (i, p) in points.enumerated() {
                if i > 0 { d.append(UInt8(ascii: " ")) }
                SVGNumber.append(p.x, to: &d)
                d.append(UInt8(ascii: " "))
                SVGNumber.append(p.y, to: &d)
            }
            last = code
        }
        // Renderers start a path without a `move` at the origin; SVG requires an explicit M.
        if let first = path.elements.first, !Self.isMove(first) { command("M", Point(0, 0)) }
        for element in path.elements {
            switch element {
            case .move(let p): command("M", p)
            case .line(let p): command("L", p)
            case .quad(let c, let p): command("Q", c, p)
            case .cubic(let c1, let c2, let p): command("C", c1, c2, p)
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
