import ArgumentParser
import Prelude
import Script

/// `loupe run FILE.swift`: runs the file's cells in order, printing results
/// as text/plain; an error's traceback goes to stderr and the exit status is 1.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a .swift file as cells (split at lines that are exactly '// %%').")

    @Argument(help: "The file to run.")
    var file: String

    func run() throws {
        let source = try SourceFile.read(file)
        let succeeded = ScriptRunner.run(cells: SourceFile.cells(of: source)) { value, _ in
            if let text = Prelude.bundle(for: value).plainText { TerminalOutput.stdout.write(text + "\n") }
        }
        if !succeeded { throw ExitCode(1) }
    }
}
