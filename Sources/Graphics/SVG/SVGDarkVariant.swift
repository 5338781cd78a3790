#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CSS that recolours an SVG for a dark colour scheme (`Scene.darkVariant`):
/// attribute selectors for the presentation attributes that hold a mapped colour,
/// and the style sheet's classes again with their mapped colours. Author CSS wins
/// over presentation attributes, and these rules come after the classes', so
/// under `@media (prefers-color-scheme: dark)` they replace the colours drawn.
/// Text in the background's colour is ink on a mark (a label inside a bar or a
/// cell), not paper, and keeps its colour.
enum SVGDarkVariant {
    static let properties = ["fill", "stroke", "stop-color"]

    /// The rules (unscoped) for the colours of `swaps` that `body` or the `classRules`
    /// (".sN{property:value;…}"; text classes are the ones with a font-size) use; none
    /// when nothing changes.
    static func rules(_ swaps: [Color: Color], background: Color?, classRules: [String], body: String) -> [String] {
        var hexes: [String: String] = [:]
        for (light, dark) in swaps {
            let from = SVGSceneEmitter.hex(light), to = SVGSceneEmitter.hex(dark)
            if from != to { hexes[from] = to }
        }
        guard !hexes.isEmpty else { return [] }
        let paper = background.map(SVGSceneEmitter.hex)
        var out: [String] = []
        for rule in classRules {
            guard let open = rule.firstIndex(of: "{"), rule.hasSuffix("}") else { continue }
            let declarations = rule[rule.index(after: open)..<rule.index(before: rule.endIndex)].split(separator: ";")
            let isText = declarations.contains { $0.hasPrefix("font-size:") }
            let changed = declarations.compactMap { declaration -> String? in
                let parts = declaration.split(separator: ":", maxSplits: 1).map(String.init)
                guard parts.count == 2, properties.contains(parts[0]), let to = hexes[parts[1]],
                      !(isText && parts[1] == paper) else { return nil }
                return parts[0] + ":" + to
            }
            if !changed.isEmpty { out.append(rule[..<open] + "{" + changed.joined(separator: ";") + "}") }
        }
        let used = colourAttributes(body)
        for (from, to) in hexes.sorted(by: { $0.key < $1.key }) {
            for property in properties where used.contains(property + "=" + from) {
                let element = from == paper ? ":not(text)" : ""
                out.append("\(element)[\(property)=\"\(from)\"]{\(property):\(to)}")
            }
        }
        return out
    }

    /// Every `name="#hex"` attribute in `markup`, as "name=#hex", found in one pass over its UTF-8
    /// bytes in place: `memchr` jumps from one `#` to the next (colours and `url(#…)` references
    /// are the only ones in Loupe's markup), and only those are looked at.
    static func colourAttributes(_ markup: String) -> Set<String> {
        var markup = markup
        return markup.withUTF8 { bytes in
            var found = Set<String>()
            guard let base = bytes.baseAddress else { return found }
            let count = bytes.count
            var i = 2
            while i < count, let hit = memchr(base + i, Int32(UInt8(ascii: "#")), count - i) {
                let hash = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                i = hash + 1
                guard hash >= 3, base[hash - 1] == UInt8(ascii: "\""), base[hash - 2] == UInt8(ascii: "=") else { continue }
                let equals = hash - 2
                var start = equals
                while start > 0, equals - start < 16, base[start - 1] != UInt8(ascii: " ") { start -= 1 }
                var end = hash
                while end < count, end - equals < 10, base[end] != UInt8(ascii: "\"") { end += 1 }
                guard end < count, base[end] == UInt8(ascii: "\"") else { continue }
                found.insert(String(decoding: UnsafeBufferPointer(start: base + start, count: equals - start), as: UTF8.self) + "="
                             + String(decoding: UnsafeBufferPointer(start: base + hash, count: end - hash), as: UTF8.self))
            }
            return found
        }
    }
}
