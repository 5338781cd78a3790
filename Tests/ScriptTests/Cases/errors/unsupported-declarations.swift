actor Bank { var balance = 0 }
// expect error: SyntaxError: 'actor' is not supported in Loupe cells
// %%
func fetch() async -> Int { 1 }
// expect error: SyntaxError: 'async' is not supported in Loupe cells
// %%
infix operator **
// expect error: SyntaxError: 'operator' is not supported in Loupe cells
// %%
let actor = 3
print(actor)
// expect: 3
