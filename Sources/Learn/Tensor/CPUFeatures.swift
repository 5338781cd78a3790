#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// Which build of the matrix micro-kernel this processor runs, decided once.
enum CPUFeatures {
    /// The builds of `GemmKernel`, slowest first.
    enum KernelBuild: String, CaseIterable {
        case baseline, avx2, avx512
    }

    /// The fastest build the CPU supports (from the `flags` of /proc/cpuinfo;
    /// baseline elsewhere). The environment variable `LOUPE_LEARN_KERNELS`
    /// (`baseline`, `avx2`, `avx512`) can ask for a slower one, for comparisons.
    static let kernelBuild: KernelBuild = {
        let supported = runnableBuilds
        if let requested = getenv("LOUPE_LEARN_KERNELS").map({ String(cString: $0) }).flatMap(KernelBuild.init(rawValue:)),
           supported.contains(requested) {
            return requested
        }
        return supported.last ?? .baseline
    }()

    /// Every build this CPU can run, slowest first.
    static let runnableBuilds: [KernelBuild] = supportedBuilds()

    private static func supportedBuilds() -> [KernelBuild] {
        #if arch(x86_64) && os(Linux)
        guard let info = FileBytes.read("/proc/cpuinfo").map({ String(decoding: $0, as: UTF8.self) }),
              let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else {
            return [.baseline]
        }
        let flags = Set(line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" }))
        var builds: [KernelBuild] = [.baseline]
        if flags.contains("avx2") && flags.contains("fma") {
            builds.append(.avx2)
            if flags.contains("avx512f") { builds.append(.avx512) }
        }
        return builds
        #else
        return [.baseline]
        #endif
    }
}
