stride(from: 0, to: 10, by: 0)
// expect error: RuntimeError: stride step must not be zero
