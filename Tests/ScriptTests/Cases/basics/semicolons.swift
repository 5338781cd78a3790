let a = 1; let b = 2; print(a + b)
// expect: 3
// %%
let c = 3 print(c)
// expect error: SyntaxError: consecutive statements on a line must be separated by ';'
