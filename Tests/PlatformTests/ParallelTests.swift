import Platform
import Testing

@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 2, 3, 7, 64]) func runsEveryTaskExactlyOnce(count: Int) {
        let slots = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, count))
        defer { slots.deallocate() }
        slots.initialize(repeating: 0)
        Parallel.forEach(count) { task in slots[task] += task + 1 }
        #expect(Array(slots.prefix(count)) == (0..<count).map { $0 + 1 })
    }

    @Test func tasksSeeTheCallersState() {
        let input = Array(0..<1000)
        let sums = UnsafeMutableBufferPointer<Int>.allocate(capacity: 4)
        defer { sums.deallocate() }
        Parallel.forEach(4) { task in sums[task] = input[(task * 250)..<(task * 250 + 250)].reduce(0, +) }
        #expect(sums.reduce(0, +) == input.reduce(0, +))
    }

    @Test func widthIsAtLeastOne() {
        #expect(Parallel.width >= 1 && Parallel.width <= 8)
    }
}
