import Platform
import Synchronization
import Testing

@Suite struct MemoryBudgetTests {
    /// A budget whose "resident memory" is whatever the test says.
    final class FakeMemory: Sendable {
        let inUse = Atomic<Int>(0)
        let measured = Atomic<Int>(0)
        func measure() -> Int { measured.add(1, ordering: .relaxed); return inUse.load(ordering: .relaxed) }
    }

    @Test func aRequestThatFitsPassesAndOneThatDoesNotNamesItself() throws {
        let memory = FakeMemory()
        memory.inUse.store(3 << 30, ordering: .relaxed)
        let budget = MemoryBudget(limit: 4 << 30, measure: memory.measure)
        try budget.reserve(1 << 30, for: "a tensor")
        let error = #expect(throws: OutOfMemory.self) { try budget.reserve((1 << 30) + 1, for: "an array of 3 elements") }
        #expect(error == OutOfMemory(what: "an array of 3 elements", bytes: (1 << 30) + 1, inUse: 3 << 30, limit: 4 << 30))
        #expect(error?.description == "out of memory: an array of 3 elements needs 1.0 GiB, but the session uses 3.0 GiB of its 4.0 GiB budget (LOUPE_MEMORY_LIMIT sets it)")
    }

    @Test func usageAlreadyPastTheLimitRefusesEverythingLarge() {
        let memory = FakeMemory()
        memory.inUse.store(5 << 30, ordering: .relaxed)
        let budget = MemoryBudget(limit: 4 << 30, measure: memory.measure)
        #expect(throws: OutOfMemory.self) { try budget.reserve(MemoryBudget.smallRequest, for: "x") }
    }

    @Test func smallRequestsAreCheckedOncePerMebibyte() throws {
        let memory = FakeMemory()
        let budget = MemoryBudget(limit: 1 << 40, measure: memory.measure)
        for _ in 0..<1023 { try budget.reserve(1024, for: "x") }
        #expect(memory.measured.load(ordering: .relaxed) == 0)
        try budget.reserve(1024, for: "x")
        #expect(memory.measured.load(ordering: .relaxed) == 1)
        memory.inUse.store(1 << 40, ordering: .relaxed)
        for _ in 0..<1023 { try budget.reserve(1024, for: "x") }
        #expect(throws: OutOfMemory.self) { try budget.reserve(1024, for: "x") }
    }

    @Test func overflowingAndNegativeRequestsAreRefused() {
        let budget = MemoryBudget(limit: 1 << 40, measure: { 0 })
        #expect(throws: OutOfMemory.self) { try budget.reserve(count: Int.max / 2, stride: 24, for: "x") }
        #expect(throws: OutOfMemory.self) { try budget.reserve(count: -1, stride: 8, for: "x") }
        #expect(throws: OutOfMemory.self) { try budget.reserve(-5, for: "x") }
        let error = #expect(throws: OutOfMemory.self) { try budget.reserve(count: Int.max, stride: 2, for: "x") }
        #expect(error?.description.hasPrefix("out of memory: x needs more memory than can be counted") == true)
    }

    @Test func theSessionBudgetMeasuresThisProcess() throws {
        #expect(ProcessMemory.residentBytes() > 1 << 20)
        #expect(MemoryBudget.session.limit > ProcessMemory.residentBytes())
        try MemoryBudget.reserve(16 << 20, for: "a small test buffer")
        #expect(throws: OutOfMemory.self) { try MemoryBudget.reserve(1 << 62, for: "everything") }
    }

    @Test(arguments: [
        ("8G", 8 << 30), ("8GB", 8 << 30), ("8 GiB", 8 << 30), ("512m", 512 << 20), ("1.5G", 3 << 29),
        ("123456", 123456), ("2k", 2048), ("1T", 1 << 40), ("50%", 500), ("100%", 1000),
    ])
    func limitsAreWrittenAsPeopleWriteThem(text: String, bytes: Int) {
        #expect(ByteCount.parse(text, available: 1000) == bytes)
    }

    @Test(arguments: ["", "G", "-1G", "0", "lots", "150%", "0%", "1e30", "nan", "12X"])
    func nonsenseLimitsAreRefused(text: String) {
        #expect(ByteCount.parse(text, available: 1000) == nil)
    }

    @Test func byteCountsReadWell() {
        #expect(ByteCount.text(100) == "100 bytes")
        #expect(ByteCount.text(1536) == "1.5 KiB")
        #expect(ByteCount.text(3 << 29) == "1.5 GiB")
        #expect(ByteCount.text(300 << 20) == "300 MiB")
    }
}
