let big = 9223372036854775807
big + 1
// expect error: RuntimeError: arithmetic overflow
