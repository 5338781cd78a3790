/// Working storage of a fixed number of integers, allocated once and reused
/// (the offsets max pooling takes its maxima from).
final class IndexBuffer {
    let pointer: UnsafeMutablePointer<Int>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        pointer = UnsafeMutablePointer<Int>.allocate(capacity: self.capacity)
        pointer.initialize(repeating: -1, count: self.capacity)
    }

    deinit {
        pointer.deallocate()
    }
}
