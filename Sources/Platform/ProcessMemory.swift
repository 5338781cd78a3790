#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the operating system says about memory: this process's resident size and what the
/// machine (or the control group the process runs in) still has available. Linux reads `/proc`
/// and the cgroup files; elsewhere the figures are unknown (0 and nil).
public enum ProcessMemory {
    /// Bytes of this process resident in memory now (`/proc/self/statm`, a few microseconds).
    public static func residentBytes() -> Int {
        #if os(Linux)
        let fields = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer -> [Int] in
            let descriptor = open("/proc/self/statm", O_RDONLY)
            guard descriptor >= 0 else { return [] }
            defer { close(descriptor) }
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            guard count > 0 else { return [] }
            return numbers(in: UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
        guard fields.count >= 2 else { return 0 }
        return fields[1] * pageSize
        #else
        return 0
        #endif
    }

    /// Bytes the machine can still give without swapping (`MemAvailable`), lowered to what the
    /// control group's limit leaves when there is one; nil when unknown.
    public static func availableBytes() -> Int? {
        let machine = meminfoField("MemAvailable:")
        guard let group = cgroupRoom() else { return machine }
        return machine.map { Swift.min($0, group) } ?? group
    }

    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// An environment variable's value, or nil.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// One line on stderr, as the kernel logs (`loupe: …`).
    static func warn(_ text: String) {
        let line = Array(("loupe: " + text + "\n").utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// `MemAvailable:` (or another field) of /proc/meminfo, in bytes.
    private static func meminfoField(_ name: String) -> Int? {
        guard let bytes = FileBytes.read("/proc/meminfo", limit: 1 << 16) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return numbers(in: line.utf8).first.map { $0 * 1024 }
        }
        return nil
    }

    /// The control group's limit minus its usage (cgroup v2, then v1), when a limit is set.
    private static func cgroupRoom() -> Int? {
        let pairs = [("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current"),
                     ("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory/memory.usage_in_bytes")]
        for (limitPath, usagePath) in pairs {
            guard let limitBytes = FileBytes.read(limitPath, limit: 64),
                  let limit = numbers(in: limitBytes).first, limit < 1 << 60 else { continue }
            let usage = FileBytes.read(usagePath, limit: 64).flatMap { numbers(in: $0).first } ?? 0
            return Swift.max(0, limit - usage)
        }
        return nil
    }

    /// The decimal numbers in ASCII text, in order (saturating instead of overflowing).
    static func numbers<C: Collection<UInt8>>(in text: C) -> [Int] {
        var result: [Int] = []
        var current: Int?
        for byte in text {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let (scaled, overflow1) = (current ?? 0).multipliedReportingOverflow(by: 10)
                let (next, overflow2) = scaled.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                current = overflow1 || overflow2 ? Int.max : next
            } else if let value = current {
                result.append(value)
                current = nil
            }
        }
        if let current { result.append(current) }
        return result
    }
}
