/// The `text/html` form of a chart: its SVG as an `<img>` with the chart's alt
/// text and `max-width: 100%`. Front ends rank HTML above SVG, so this is what
/// JupyterLab shows (also in untrusted notebooks: its sanitizer keeps `<img>`
/// with a data URL) and what `nbconvert --to html` writes: an image a screen
/// reader can name, which shrinks to the output area and the printed page.
/// The SVG travels as UTF-8 in the data URL (escaped for the URL and for a
/// single-quoted attribute), not base64, so it costs about its own size.
enum ChartHTML {
    static func image(svg: String, alt: String, width: Int, height: Int) -> String {
        "<img src='data:image/svg+xml;charset=utf-8," + urlEscaped(svg) + "' alt='" + attributeEscaped(alt)
            + "' width='\(width)' height='\(height)' style='max-width:100%;height:auto'>"
    }

    /// Characters a data URL in a single-quoted attribute cannot hold as they are.
    static func urlEscaped(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "%"): out += Array("%25".utf8)
            case UInt8(ascii: "#"): out += Array("%23".utf8)
            case UInt8(ascii: "\n"): out += Array("%0A".utf8)
            case UInt8(ascii: "\t"): out += Array("%09".utf8)
            case UInt8(ascii: "\r"): out += Array("%0D".utf8)
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "'"): out += Array("&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text for a single-quoted attribute value.
    static func attributeEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: if scalar.value >= 0x20 || scalar == "\n" { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
