let f: ((Int) -> Int)? = nil
f!(3)
// expect error: RuntimeError: unexpectedly found nil while unwrapping an Optional value
