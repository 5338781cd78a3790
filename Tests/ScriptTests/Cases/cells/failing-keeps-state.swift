var log = [Int]()
log.append(1)
print("before")
let boom = [1][5]
log.append(2)
// expect: before
// expect error: RuntimeError: index 5 out of range (count 1)
// %%
log
// expect: [1]
// %%
boom
// expect error: NameError: cannot find 'boom' in scope; did you mean 'Bool'?
