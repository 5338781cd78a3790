import Testing
@testable import Graphics

@Suite struct GraphicsSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
