import Script

/// The data charts of LANGUAGE.md section 10, `save(_:to:)` and the chart modifiers.
enum ChartLibrary {
    static func install(into interpreter: Interpreter, channel: DisplayChannel) {}
}
