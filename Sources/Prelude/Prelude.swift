import Platform
import Script

/// The library of cells: installs the builtins of LANGUAGE.md (display, charts,
/// tensors, models, datasets, model views) into an interpreter, and turns values
/// into display bundles for the kernel, `loupe run` and `loupe render`.
public enum Prelude {
    /// Registers every builtin; `display` receives what cells show before they finish.
    public static func install(into interpreter: Interpreter, display: DisplaySink) {
        let channel = DisplayChannel(sink: display)
        DisplayFunctions.install(into: interpreter, channel: channel)
        ChartLibrary.install(into: interpreter, channel: channel)
        LearnLibrary.install(into: interpreter, channel: channel)
    }

    /// The bundle for a cell's result; a value that fails to render shows its text and the reason.
    public static func bundle(for value: Value) -> DisplayBundle {
        do { return try resultBundle(for: value) } catch {
            return .plain(value.debugDescription + "\n(could not render: \(error.message))")
        }
    }

    /// The bundle for a cell's result as `bundle(for:)` makes it, except that an interrupt while
    /// rendering is thrown (the cell then ends as interrupted).
    public static func resultBundle(for value: Value) throws(ScriptError) -> DisplayBundle {
        do { return try bundle(rendering: value) } catch where error.kind == .interrupted { throw error } catch {
            return .plain(value.debugDescription + "\n(could not render: \(error.message))")
        }
    }

    /// A string result longer than this (in UTF-8 bytes) is shown by its beginning.
    static let maximumQuotedBytes = 1 << 20

    /// The bundle for a value, or the error that rendering it raised.
    static func bundle(rendering value: Value) throws(ScriptError) -> DisplayBundle {
        if case .native(let object) = value, let rich = object as? RichDisplayable {
            return try rich.displayBundle()
        }
        if case .string(let text) = value, text.utf8.count > maximumQuotedBytes {
            // Quoting hundreds of megabytes takes seconds, and the kernel shows only the first MiB of a result.
            let shown = String(String.UnicodeScalarView(text.unicodeScalars.prefix(maximumQuotedBytes)))
            return .plain(Value.string(shown).debugDescription + " … (\(text.utf8.count) bytes in all)")
        }
        let text = value.shownText(quoted: true)
        try Interrupt.checkCell()
        return .plain(text)
    }
}
