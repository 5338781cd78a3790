/// A value shown to the user: MIME type → payload (base64 for `image/png`),
/// in the order front ends should prefer them, and the PNG's size in CSS pixels.
public struct DisplayBundle: Sendable {
    public var items: [(mime: String, content: String)]
    public var pngSize: (width: Int, height: Int)?
    public init(items: [(mime: String, content: String)], pngSize: (width: Int, height: Int)? = nil) {
        self.items = items; self.pngSize = pngSize
    }
    public func content(_ mime: String) -> String? { items.first { $0.mime == mime }?.content }
    public var plainText: String? { content("text/plain") }

    /// Just text.
    public static func plain(_ text: String) -> DisplayBundle { DisplayBundle(items: [("text/plain", text)]) }
}

/// Where `display(_:)`, `display(_:id:)`, `clearOutput(wait:)` and live views go.
public protocol DisplaySink: AnyObject {
    /// `update` is true when `id` was shown before: replace it in place.
    func show(_ bundle: DisplayBundle, id: String?, update: Bool)
    func clearOutput(wait: Bool)
    /// True when the front end shows only text (`loupe run` in a terminal): live views
    /// such as fit's progress then print text lines instead of updating pictures in place.
    var isTextOnly: Bool { get }
}

extension DisplaySink {
    public var isTextOnly: Bool { false }
}
