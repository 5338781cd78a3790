func one(_ x: Int) -> Int { x }
one(1, 2)
// expect error: TypeError: extra argument in call
// %%
one()
// expect error: TypeError: missing argument for parameter 'x' in call
// %%
one(x: 1)
// expect error: TypeError: extraneous argument label 'x:' in call
