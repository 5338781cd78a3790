import Foundation
import Graphics

/// A minimal scene-to-SVG serializer used only to eyeball charts while the
/// Graphics module's `SVGWriter` is not merged yet.
enum PreviewSVG {
    static func write(_ scene: Scene) -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(scene.width))\" height=\"\(n(scene.height))\">"
        if let bg = scene.background { out += "<rect width=\"100%\" height=\"100%\" fill=\"\(color(bg))\"/>" }
        for node in scene.nodes { out += write(node) }
        return out + "</svg>\n"
    }

    static func write(_ node: Node) -> String {
        switch node {
        case .group(let g):
            let t = g.transform
            return "<g transform=\"matrix(\(n(t.a)) \(n(t.b)) \(n(t.c)) \(n(t.d)) \(n(t.e)) \(n(t.f)))\" opacity=\"\(n(g.opacity))\">"
                + g.children.map(write).joined() + "</g>"
        case .shape(let s):
            var d = ""
            for e in s.path.elements {
                switch e {
                case .move(let p): d += "M\(n(p.x)) \(n(p.y))"
                case .line(let p): d += "L\(n(p.x)) \(n(p.y))"
                case .quad(let c, let p): d += "Q\(n(c.x)) \(n(c.y)) \(n(p.x)) \(n(p.y))"
                case .cubic(let c1, let c2, let p): d += "C\(n(c1.x)) \(n(c1.y)) \(n(c2.x)) \(n(c2.y)) \(n(p.x)) \(n(p.y))"
                case .close: d += "Z"
                }
            }
            var attrs = "d=\"\(d)\" fill=\"\(paint(s.fill))\""
            if case .solid(let c)? = s.fill, c.alpha < 1 { attrs += " fill-opacity=\"\(n(c.alpha))\"" }
            if let st = s.stroke {
                attrs += " stroke=\"\(paint(st))\" stroke-width=\"\(n(s.strokeStyle.width))\""
                if case .solid(let c) = st, c.alpha < 1 { attrs += " stroke-opacity=\"\(n(c.alpha))\"" }
                if !s.strokeStyle.dash.isEmpty { attrs += " stroke-dasharray=\"\(s.strokeStyle.dash.map(n).joined(separator: " "))\"" }
                if s.strokeStyle.join == .round { attrs += " stroke-linejoin=\"round\"" }
            }
            return "<path \(attrs)/>"
        case .text(let t):
            let anchor = t.anchor == .start ? "start" : t.anchor == .middle ? "middle" : "end"
            let rot = t.rotation == 0 ? "" : " transform=\"rotate(\(n(t.rotation)) \(n(t.position.x)) \(n(t.position.y)))\""
            let text = t.text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            return "<text x=\"\(n(t.position.x))\" y=\"\(n(t.position.y))\" font-family=\"DejaVu Sans\" font-size=\"\(n(t.size))\""
                + (t.weight == .bold ? " font-weight=\"bold\"" : "") + " text-anchor=\"\(anchor)\" fill=\"\(color(t.color))\"\(rot)>\(text)</text>"
        }
    }

    static func paint(_ p: Paint?) -> String {
        switch p {
        case .solid(let c)?: return color(c)
        case .linearGradient(let g)?: return g.stops.first.map { color($0.color) } ?? "none"
        case nil: return "none"
        }
    }
    static func color(_ c: Color) -> String { String(format: "#%02x%02x%02x", c.r, c.g, c.b) }
    static func n(_ v: Double) -> String { String(format: "%.2f", v) }
}
