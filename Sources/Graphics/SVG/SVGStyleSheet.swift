/// Collects the presentation styles of a scene's elements; styles used more
/// than once become CSS classes in a `<style>` block, the rest stay inline.
struct SVGStyleSheet {
    /// A style as ordered `property: value` pairs.
    typealias Style = [(String, String)]

    private var counts: [String: Int] = [:]
    private var order: [String] = []
    private var classes: [String: String] = [:]

    static func css(_ style: Style) -> String { style.map { "\($0.0):\($0.1)" }.joined(separator: ";") }

    mutating func count(_ style: Style) {
        count(key: Self.css(style))
    }

    /// Counts a use of the style whose `css` is `key`.
    mutating func count(key: String) {
        if counts[key] == nil { order.append(key) }
        counts[key, default: 0] += 1
    }

    /// Assigns class names, in order of first use, to styles used at least twice.
    mutating func assignClasses() {
        for key in order where (counts[key] ?? 0) >= 2 {
            classes[key] = "s" + String(classes.count)
        }
    }

    /// The attributes an element carries for `style`: a class or inline presentation attributes.
    /// Style values are generated (colours, numbers, keywords, `url(#id)`), never user text,
    /// and contain no `"`, `&` or `<`, so they are written as they are.
    func attributes(_ style: Style, key: String? = nil) -> String {
        if style.isEmpty { return "" }
        if let name = classes[key ?? Self.css(style)] { return " class=\"\(name)\"" }
        return style.map { " \($0.0)=\"\($0.1)\"" }.joined()
    }

    /// The CSS rules for the assigned classes, sorted by class number.
    var rules: [String] {
        classes.sorted { Int($0.value.dropFirst()) ?? 0 < Int($1.value.dropFirst()) ?? 0 }
            .map { ".\($0.value){\($0.key)}" }
    }
}
