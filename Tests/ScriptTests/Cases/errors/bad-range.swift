let r = 5..<1
// expect error: RuntimeError: range requires lowerBound <= upperBound
