import ArgumentParser
import Platform
import Prelude
import Script

/// `loupe render FILE.swift -o OUT.svg|OUT.png`: runs the file and writes the
/// last cell's result, which must be a chart, in the format OUT's extension names.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Run a .swift file and write its last result (a chart) as SVG or PNG.")

    @Argument(help: "The file to run.")
    var file: String

    @Option(name: .shortAndLong, help: "The output file, ending in .svg or .png.")
    var output: String

    func validate() throws {
        guard output.hasSuffix(".svg") || output.hasSuffix(".png") else {
            throw ValidationError("the output file must end in .svg or .png: '\(output)'")
        }
    }

    func run() throws {
        let source = try SourceFile.read(file)
        let cells = SourceFile.cells(of: source)
        var lastBundle: DisplayBundle?
        let succeeded = ScriptRunner.run(cells: cells) { value, index in
            if index == cells.count - 1 { lastBundle = Prelude.bundle(for: value) }
        }
        guard succeeded else { throw ExitCode(1) }
        let wantsSVG = output.hasSuffix(".svg")
        let mime = wantsSVG ? "image/svg+xml" : "image/png"
        guard let bundle = lastBundle else {
            throw RenderFailure("the last cell of '\(file)' has no result: end it with a chart")
        }
        guard let content = bundle.items.first(where: { $0.mime == mime })?.content else {
            throw RenderFailure("the last cell's result is not a chart (it has no \(mime) form), so there is nothing to render")
        }
        let bytes: [UInt8]
        if wantsSVG {
            bytes = Array(content.utf8)
        } else {
            guard let decoded = Base64.decode(content) else { throw RenderFailure("the chart's PNG data is not valid base64") }
            bytes = decoded
        }
        guard SourceFile.write(bytes, to: output) else { throw RenderFailure("cannot write '\(output)'") }
    }
}

/// A `loupe render` failure, printed as `Error: …` by the argument parser.
struct RenderFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
