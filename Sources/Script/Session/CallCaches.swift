/// What a call site remembers of the function it called last (`GlobalCallSite`, `CallSiteCache`). The memory
/// keeps that function alive; when the call site is in the function's own body (recursion, or two functions
/// calling each other), the function keeps the call site alive too: a cycle no reference count frees, so a
/// recursive function a later cell replaces would stay for the session's life (~3.3 KB each).
protocol CallCache: AnyObject {
    /// Forgets what was called last (the next call resolves again).
    func forget()
}

/// The session's call caches, held weakly: before a cell's unused functions are freed, every cache forgets
/// what it called, which breaks the cycles; the caches of functions still in use resolve again at their next
/// call (once per call site and cell). Only between cells: a call in progress uses what its site resolved.
final class CallCaches {
    private var caches: [WeakCallCache] = []

    func register(_ cache: CallCache) { caches.append(WeakCallCache(cache: cache)) }

    /// Every cache still alive forgets; those freed with their functions are dropped from the list.
    func forgetAll() {
        caches.removeAll { entry in
            guard let cache = entry.cache else { return true }
            cache.forget()
            return false
        }
    }

    var count: Int { caches.count }
}

private struct WeakCallCache {
    weak var cache: CallCache?
}

extension GlobalCallSite: CallCache {}
extension Compiler.CallSiteCache: CallCache {}
