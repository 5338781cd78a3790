/// Working storage of a fixed number of values, allocated once and reused
/// (a class, so sharing it never copies and it is freed with its last owner).
final class Scratch<Element> {
    let pointer: UnsafeMutablePointer<Element>
    let capacity: Int

    init(capacity: Int, repeating value: Element) {
        self.capacity = max(capacity, 1)
        pointer = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
        pointer.initialize(repeating: value, count: self.capacity)
    }

    deinit {
        pointer.deinitialize(count: capacity)
        pointer.deallocate()
    }
}

/// Doubles: activations, deltas, patch matrices.
typealias ScratchBuffer = Scratch<Double>
/// Offsets: where max pooling took its maxima from.
typealias IndexBuffer = Scratch<Int>

extension Scratch where Element == Double {
    convenience init(capacity: Int) { self.init(capacity: capacity, repeating: 0) }
}

extension Scratch where Element == Int {
    convenience init(capacity: Int) { self.init(capacity: capacity, repeating: -1) }
}
