import ArgumentParser

/// `loupe install [--user | --sys-prefix | --prefix DIR] [--name NAME]`.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install", abstract: "Register Loupe's kernelspec with Jupyter (for the user by default).")

    @Flag(help: "Install for the current user (the default).")
    var user = false

    @Flag(name: .customLong("sys-prefix"), help: "Install into the active Python environment ($VIRTUAL_ENV, else python3's sys.prefix).")
    var sysPrefix = false

    @Option(help: "Install under DIR/share/jupyter/kernels.")
    var prefix: String?

    @Option(help: "The kernel's name (what `--kernel NAME` selects).")
    var name = "loupe"

    func validate() throws {
        if [user, sysPrefix, prefix != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --user, --sys-prefix and --prefix")
        }
    }

    func run() throws {
        let location: KernelspecInstaller.Location =
            sysPrefix ? .sysPrefix : prefix.map { .prefix($0) } ?? .user
        guard let binary = KernelspecInstaller.executablePath() else {
            throw ValidationError("cannot find the path of the loupe executable")
        }
        let installer = KernelspecInstaller(name: name, location: location,
                                            environment: KernelspecInstaller.processEnvironment())
        do {
            let directory = try installer.install(binary: binary)
            let start = KernelspecInstaller.launcher(beside: binary).map { "through \($0)" } ?? "directly (no loupe-launch beside it)"
            print("Installed the '\(name)' kernelspec in \(directory); Jupyter starts \(binary) \(start)")
        } catch let failure as KernelspecInstaller.Failure {
            throw ValidationError(failure.description)
        }
    }
}
