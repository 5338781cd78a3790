/// The hard limits that keep any cell from crashing or exhausting the kernel.
public enum Limits {
    /// Deepest user-function recursion before `stack overflow`.
    public static let maximumCallDepth = 10_000
    /// Largest collection a single operation may create.
    public static let maximumElements = 100_000_000

    static func checkAllocation(_ count: Int) throws(ScriptError) {
        if count > maximumElements || count < 0 {
            throw ScriptError(kind: .runtime, message: Message.allocation(count))
        }
    }
}
