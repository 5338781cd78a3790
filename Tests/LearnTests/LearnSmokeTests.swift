import Testing
@testable import Learn

@Suite struct LearnSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
