import ArgumentParser

/// The `loupe` command: a Jupyter kernel, its installer, and a script runner.
@main
struct Loupe: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "loupe",
        abstract: "Loupe: a Jupyter kernel for a Swift-flavoured language, with its own charts.",
        version: version,
        subcommands: [KernelCommand.self, InstallCommand.self, RunCommand.self, RenderCommand.self])
}
