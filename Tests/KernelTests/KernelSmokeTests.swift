import Testing
@testable import Kernel

@Suite struct KernelSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
