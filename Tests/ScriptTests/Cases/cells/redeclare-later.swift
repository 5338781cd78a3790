let value = 1
func describe() -> String { "v=\(value)" }
// %%
let value = "now a string"
describe()
// expect: "v=now a string"
// %%
var value = 3
value += 1
value
// expect: 4
