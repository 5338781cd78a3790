import Script

/// A value shown to the user: MIME type → payload (base64 for `image/png`),
/// in the order front ends should prefer them, and the PNG's size in CSS pixels.
public struct DisplayBundle: Sendable {
    public var items: [(mime: String, content: String)]
    public var pngSize: (width: Int, height: Int)?
    public init(items: [(mime: String, content: String)], pngSize: (width: Int, height: Int)? = nil) {
        self.items = items; self.pngSize = pngSize
    }
    public var plainText: String? { items.first { $0.mime == "text/plain" }?.content }
}

/// Where `display(_:)`, `display(_:id:)` and `clearOutput(wait:)` go.
public protocol DisplaySink: AnyObject {
    /// `update` is true when `id` was shown before: replace it in place.
    func show(_ bundle: DisplayBundle, id: String?, update: Bool)
    func clearOutput(wait: Bool)
}

/// PLACEHOLDER: the library of cells (builtins, charts, tensors) and value → bundle.
public enum Prelude {
    public static func install(into interpreter: Interpreter, display: DisplaySink) {}
    public static func bundle(for value: Value) -> DisplayBundle {
        DisplayBundle(items: [("text/plain", value.description)])
    }
}
