import Script

/// The Prelude's link to the front end: forwards bundles to the sink and remembers
/// which display ids were shown, so a later `display(x, id:)` updates in place.
public final class DisplayChannel {
    private let sink: DisplaySink
    private var shownIDs: Set<String> = []

    public init(sink: DisplaySink) { self.sink = sink }

    /// Shows a bundle; with an `id` seen before, replaces that output in place.
    public func show(_ bundle: DisplayBundle, id: String? = nil) {
        guard let id else { sink.show(bundle, id: nil, update: false); return }
        let seen = !shownIDs.insert(id).inserted
        sink.show(bundle, id: id, update: seen)
    }

    public func clearOutput(wait: Bool) { sink.clearOutput(wait: wait) }

    /// Whether the front end shows only text (see `DisplaySink.isTextOnly`).
    public var isTextOnly: Bool { sink.isTextOnly }
}
