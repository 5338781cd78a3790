#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Kernel
import Platform

/// Writes a kernelspec (kernel.json and the two logos) where Jupyter looks:
/// `PREFIX/share/jupyter/kernels/NAME`, or the user's Jupyter data directory. Its argv runs
/// `loupe-launch` when the build put one beside this binary, else `loupe` itself.
struct KernelspecInstaller {
    enum Location: Equatable { case user, sysPrefix, prefix(String) }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    var name: String
    var location: Location
    var environment: [String: String]

    /// The kernels directory for the location.
    func kernelsDirectory() throws -> String {
        switch location {
        case .prefix(let prefix):
            return prefix + "/share/jupyter/kernels"
        case .sysPrefix:
            return try Self.pythonPrefix(environment) + "/share/jupyter/kernels"
        case .user:
            if let data = environment["JUPYTER_DATA_DIR"], !data.isEmpty { return data + "/kernels" }
            if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/jupyter/kernels" }
            guard let home = environment["HOME"], !home.isEmpty else { throw Failure(description: "HOME is not set") }
            return home + "/.local/share/jupyter/kernels"
        }
    }

    /// The name of the launcher the kernelspec runs when it sits beside the `loupe` binary.
    static let launcherName = "loupe-launch"

    /// `loupe-launch` in the directory of `binary`, when it is there and executable.
    static func launcher(beside binary: String) -> String? {
        guard let slash = binary.lastIndex(of: "/") else { return nil }
        let path = String(binary[...slash]) + launcherName
        return access(path, X_OK) == 0 ? path : nil
    }

    /// The kernel.json text that starts `binary`: through `launcher` when there is one (it opens the
    /// kernel's ports before the kernel starts, then execs `binary kernel -f FILE`), else directly.
    static func kernelJSON(binary: String, launcher: String?, displayName: String) -> String {
        let command: [JSON] = [.string(binary), "kernel", "-f", "{connection_file}"]
        let spec = JSON.object([
            ("argv", .array((launcher.map { [.string($0)] } ?? []) + command)),
            ("display_name", .string(displayName)),
            ("language", "swift"),
            ("interrupt_mode", "message"),
            ("metadata", .object([("debugger", false), ("supported_encryption", .array(["curve"]))])),
        ])
        return JSONSerializer.string(spec) + "\n"
    }

    /// Installs and returns the kernelspec directory.
    func install(binary: String) throws -> String {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw Failure(description: "a kernel name may hold only ASCII letters, digits, '.', '_' and '-': '\(name)'")
        }
        let directory = try kernelsDirectory() + "/" + name
        guard Self.makeDirectories(directory) else { throw Failure(description: "cannot create '\(directory)'") }
        let displayName = name == "loupe" ? "Loupe (Swift)" : "Loupe (\(name))"
        let files: [(String, [UInt8])] = [
            ("kernel.json", Array(Self.kernelJSON(binary: binary, launcher: Self.launcher(beside: binary),
                                                  displayName: displayName).utf8)),
            ("logo-32x32.png", Base64.decode(KernelspecLogos.logo32) ?? []),
            ("logo-64x64.png", Base64.decode(KernelspecLogos.logo64) ?? []),
        ]
        for (file, bytes) in files where !SourceFile.write(bytes, to: directory + "/" + file) {
            throw Failure(description: "cannot write '\(directory)/\(file)'")
        }
        return directory
    }

    /// `$VIRTUAL_ENV`, else what `python3 -c 'import sys; print(sys.prefix)'` prints.
    static func pythonPrefix(_ environment: [String: String]) throws -> String {
        if let venv = environment["VIRTUAL_ENV"], !venv.isEmpty { return venv }
        guard let pipe = popen("python3 -c 'import sys; print(sys.prefix)'", "r") else {
            throw Failure(description: "cannot run python3 to find sys.prefix")
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            output.append(contentsOf: buffer[0..<count])
            if count < buffer.count { break }
        }
        let status = pclose(pipe)
        let prefix = String(decoding: output, as: UTF8.self).trimmingWhitespace()
        guard status == 0, !prefix.isEmpty else { throw Failure(description: "python3 did not report sys.prefix") }
        return prefix
    }

    static func makeDirectories(_ path: String) -> Bool {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    /// This executable's absolute path.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The process environment as a dictionary.
    static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}

extension String {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
