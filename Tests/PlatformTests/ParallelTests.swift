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

@Suite struct ParallelPoolTests {
    @Test func concurrentAndNestedCallsAllFinish() {
        let totals = UnsafeMutableBufferPointer<Int>.allocate(capacity: 8)
        defer { totals.deallocate() }
        totals.initialize(repeating: 0)
        Parallel.forEach(8) { outer in
            var sum = 0
            Parallel.forEach(4) { inner in sum += inner }
            totals[outer] = sum
        }
        #expect(Array(totals) == Array(repeating: 6, count: 8))
    }

    @Test func manyShortJobsInARow() {
        var total = 0
        for _ in 0..<2_000 {
            let parts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 2)
            Parallel.forEach(2) { task in parts[task] = task + 1 }
            total += parts[0] + parts[1]
            parts.deallocate()
        }
        #expect(total == 6_000)
    }
}
