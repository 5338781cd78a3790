import Script

/// A native value with a richer picture than its text: charts (SVG + PNG + text),
/// tensors (text + HTML table), models (a summary). `Prelude.bundle(for:)` asks it.
public protocol RichDisplayable: NativeObject {
    func displayBundle() throws(ScriptError) -> DisplayBundle
}
