var counter = 1
let greeting = "hi"
// %%
counter += 41
counter
// expect: 42
// %%
let greeting = "hello"
greeting
// expect: "hello"
// %%
func twice(_ x: Int) -> Int { x * 2 }
// %%
twice(counter)
// expect: 84
