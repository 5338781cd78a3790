import Testing
@testable import Prelude

@Suite struct PreludeSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
