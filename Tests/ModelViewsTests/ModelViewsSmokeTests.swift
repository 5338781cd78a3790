import Testing
@testable import ModelViews

@Suite struct ModelViewsSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
