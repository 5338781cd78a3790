/// The objects of a PDF file, numbered from 1, and their serialisation with
/// a cross-reference table. Objects may be reserved before their content is
/// known (a resource dictionary that forms point to is filled in last).
final class PDFDocument {
    private var objects: [[UInt8]?] = []

    /// A new object number whose content comes later through `set`.
    func reserve() -> Int {
        objects.append(nil)
        return objects.count
    }

    func set(_ id: Int, _ content: [UInt8]) {
        guard id >= 1, id <= objects.count else { return }
        objects[id - 1] = content
    }

    /// Adds a dictionary (or any other direct object) and returns its number.
    func add(_ content: String) -> Int {
        let id = reserve()
        set(id, Array(content.utf8))
        return id
    }

    /// Adds a stream; `dictionary` holds the entries besides `/Length` and the filter.
    /// With `compress`, the data is Flate-compressed (and left as it is if zlib fails).
    func addStream(_ dictionary: String, _ data: [UInt8], compress: Bool) -> Int {
        let id = reserve()
        setStream(id, dictionary, data, compress: compress)
        return id
    }

    func setStream(_ id: Int, _ dictionary: String, _ data: [UInt8], compress: Bool) {
        if compress, let packed = PDFCompression.deflate(data) {
            setStream(id, dictionary + " /Filter /FlateDecode", packed, compress: false)
            return
        }
        var bytes = Array("<<\(dictionary) /Length \(data.count)>>\nstream\n".utf8)
        bytes += data
        bytes += Array("\nendstream".utf8)
        set(id, bytes)
    }

    /// The file: header, objects, cross-reference table and trailer naming `root` and `info`.
    func serialize(root: Int, info: Int?) -> [UInt8] {
        var out: [UInt8] = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n".utf8)
            out += object ?? Array("null".utf8)
            out += Array("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            let digits = String(offset)
            out += Array((String(repeating: "0", count: Swift.max(0, 10 - digits.count)) + digits + " 00000 n \n").utf8)
        }
        let infoEntry = info.map { " /Info \($0) 0 R" } ?? ""
        out += Array("trailer\n<</Size \(objects.count + 1) /Root \(root) 0 R\(infoEntry)>>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}

/// Small helpers for PDF syntax.
enum PDFSyntax {
    /// `n 0 R`.
    static func ref(_ id: Int) -> String { "\(id) 0 R" }

    /// A text string as UTF-16BE hex with a byte order mark, safe for any characters.
    static func textString(_ text: String) -> String {
        var hex = "<FEFF"
        for unit in text.utf16 { hex += hex4(unit) }
        return hex + ">"
    }

    private static let digits = Array("0123456789ABCDEF")

    /// Four upper-case hex digits.
    static func hex4(_ v: UInt16) -> String {
        String([digits[Int(v >> 12)], digits[Int((v >> 8) & 0xF)], digits[Int((v >> 4) & 0xF)], digits[Int(v & 0xF)]])
    }

    /// Two upper-case hex digits.
    static func hex2(_ v: UInt8) -> String { String([digits[Int(v >> 4)], digits[Int(v & 0xF)]]) }

    /// A name's characters outside `!`…`~` or among the delimiters become `#xx`.
    static func name(_ s: String) -> String {
        var out = "/"
        for b in s.utf8 {
            let delimiter = "()<>[]{}/%#".utf8.contains(b)
            if b < 0x21 || b > 0x7E || delimiter { out += "#" + hex2(b) } else { out.append(Character(Unicode.Scalar(b))) }
        }
        return out
    }

    /// A number with at most `decimals` places (as SVG numbers are written).
    static func number(_ v: Double, decimals: Int = 3) -> String { SVGNumber.format(v, decimals: decimals) }
}
