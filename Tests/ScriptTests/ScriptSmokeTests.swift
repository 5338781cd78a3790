import Testing
@testable import Script

@Suite struct ScriptSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
