import Testing
@testable import Learn

/// Gives each test its own global generator, so tests running in parallel
/// can call `Learn.seed` and rely on the sequence that follows.
struct IsolatedRandom: TestTrait, SuiteTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        try await GlobalRandom.$current.withValue(GlobalRandom(seed: 0)) {
            try await function()
        }
    }
}

extension Trait where Self == IsolatedRandom {
    static var isolatedRandom: Self { IsolatedRandom() }
}
