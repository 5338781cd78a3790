/// Working storage of a fixed number of doubles, allocated once and reused
/// (a class, so sharing it never copies and it is freed with its last owner).
final class ScratchBuffer {
    let pointer: UnsafeMutablePointer<Double>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        pointer = UnsafeMutablePointer<Double>.allocate(capacity: self.capacity)
        pointer.initialize(repeating: 0, count: self.capacity)
    }

    deinit {
        pointer.deallocate()
    }
}
