var s = "x"
for _ in 0..<40 { s += s }
// expect error: RuntimeError: a string of 536870912 bytes is too long (the limit is 268435456 bytes)
// %%
s.isEmpty
// expect: false
