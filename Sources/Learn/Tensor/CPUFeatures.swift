import Foundation

/// What the processor offers, read once at first use.
enum CPUFeatures {
    /// True when the AVX2 + FMA build of the matrix kernel (`LearnKernels`)
    /// can run here. Setting the environment variable
    /// `LOUPE_GENERIC_KERNELS=1` forces the baseline kernel (for comparisons).
    static let usesFusedKernels: Bool = {
        if ProcessInfo.processInfo.environment["LOUPE_GENERIC_KERNELS"] == "1" { return false }
        #if arch(x86_64) && os(Linux)
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let flags = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else {
            return false
        }
        let names = Set(flags.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ":" }))
        return names.contains("avx2") && names.contains("fma")
        #else
        return false
        #endif
    }()
}
