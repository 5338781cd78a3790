/// Encodes a `Path` as compact SVG path data with absolute commands.
enum SVGPathData {
    static func encode(_ path: Path) -> String {
        var d = ""
        var last: Character = " "
        func command(_ c: Character, _ points: [Point]) {
            if c != last || c == "M" { d.append(c) } else { d.append(" ") }
            d += points.map(SVGNumber.pair).joined(separator: " ")
            last = c
        }
        for element in path.elements {
            switch element {
            case .move(let p): command("M", [p])
            case .line(let p): command("L", [p])
            case .quad(let c, let p): command("Q", [c, p])
            case .cubic(let c1, let c2, let p): command("C", [c1, c2, p])
            case .close: d.append("Z"); last = "Z"
            }
        }
        return d
    }
}
