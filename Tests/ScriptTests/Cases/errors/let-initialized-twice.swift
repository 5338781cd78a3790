let r: Int
r = 1
r = 2
print("not run")
// expect error: RuntimeError: immutable value 'r' may only be initialized once
