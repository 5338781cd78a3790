import Platform
import Synchronization
import Testing

@Suite struct InterruptTests {
    @Test func aFlagIsTakenOnce() {
        let flag = InterruptFlag()
        #expect(!flag.isRequested && !flag.take())
        flag.request()
        #expect(flag.isRequested)
        #expect(flag.take())
        #expect(!flag.isRequested && !flag.take())
        flag.request()
        flag.clear()
        #expect(!flag.isRequested)
    }

    @Test func withoutACurrentFlagNothingIsInterrupted() throws {
        #expect(Interrupt.current == nil)
        #expect(!Interrupt.isRequested)
        try Interrupt.check()
    }

    @Test func theCurrentFlagIsSeenAndAnsweredByCheck() {
        let flag = InterruptFlag()
        Interrupt.with(flag) {
            #expect(Interrupt.current === flag)
            #expect(!Interrupt.isRequested)
            flag.request()
            #expect(Interrupt.isRequested)
            #expect(throws: Interrupted.self) { try Interrupt.check() }
            #expect(!Interrupt.isRequested)
        }
        #expect(Interrupt.current == nil)
    }

    @Test func flagsNestAndRestore() {
        let outer = InterruptFlag(), inner = InterruptFlag()
        Interrupt.with(outer) {
            Interrupt.with(inner) { #expect(Interrupt.current === inner) }
            #expect(Interrupt.current === outer)
            Interrupt.with(nil) { #expect(Interrupt.current == nil) }
            #expect(Interrupt.current === outer)
        }
    }

    @Test func parallelTasksSeeTheCallersFlag() {
        let flag = InterruptFlag()
        flag.request()
        let seen = Atomic<Int>(0)
        Interrupt.with(flag) {
            Parallel.forEach(16) { _ in if Interrupt.isRequested { seen.add(1, ordering: .relaxed) } }
        }
        #expect(seen.load(ordering: .relaxed) == 16)
        let unseen = Atomic<Int>(0)
        Parallel.forEach(16) { _ in if Interrupt.isRequested { unseen.add(1, ordering: .relaxed) } }
        #expect(unseen.load(ordering: .relaxed) == 0)
    }
}

@Suite struct NativeStackTests {
    @Test func theFloorLiesBelowTheCallerAndDeeperFramesApproachIt() {
        let floor = NativeStack.floor(stackSize: 4 << 20)
        #expect(!NativeStack.isBelow(floor))
        #expect(NativeStack.isBelow(NativeStack.currentAddress() + 4096))
        #expect(!NativeStack.isBelow(0))
    }
}
