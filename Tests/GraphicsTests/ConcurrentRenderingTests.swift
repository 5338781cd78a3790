import Testing
@testable import Graphics

@Suite struct ConcurrentRenderingTests {
    /// Renders share one FontBook (and its outline cache) across threads; results must not depend on it.
    @Test func parallelRendersMatchASerialOne() async throws {
        let fonts = try FontBook.system()
        let scene = TestScenes.text
        let reference = Rasterizer(fonts: fonts).render(scene, scale: 1)
        let allSame = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 { group.addTask { Rasterizer(fonts: fonts).render(scene, scale: 1) == reference } }
            var same = true
            for await result in group { same = same && result }
            return same
        }
        #expect(allSame)
    }
}
