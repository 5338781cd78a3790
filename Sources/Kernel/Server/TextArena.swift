/// An append-only list of strings kept in one byte buffer, so that a long
/// session's history costs a few bytes per entry instead of an allocation each.
struct TextArena: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(bytes.count)
    }

    /// Replaces the last string (used to attach an output to the latest entry).
    mutating func replaceLast(_ text: String) {
        guard let last = ends.indices.last else { return }
        let start = last == 0 ? 0 : ends[last - 1]
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: text.utf8)
        ends[last] = bytes.count
    }

    subscript(index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return String(decoding: bytes[start..<ends[index]], as: UTF8.self)
    }
}
