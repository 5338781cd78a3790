import ArgumentParser
import Kernel

/// `loupe kernel -f CONNECTION_FILE`: what the kernelspec starts.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel", abstract: "Run as a Jupyter kernel (started by Jupyter through the kernelspec).")

    @Option(name: [.customShort("f"), .customLong("connection-file")], help: "The connection file Jupyter wrote.")
    var connectionFile: String

    func run() throws {
        do {
            try KernelLauncher.run(connectionFile: connectionFile, language: LoupeEngine.language) { LoupeEngine() }
        } catch let error as ConnectionError {
            throw ValidationError(error.description)
        }
    }
}
