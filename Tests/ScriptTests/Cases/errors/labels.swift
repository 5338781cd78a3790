func range(from a: Int, to b: Int) -> Int { b - a }
range(1, to: 3)
// expect error: TypeError: missing argument label 'from:' in call
// %%
range(start: 1, to: 3)
// expect error: TypeError: incorrect argument label in call (have 'start:', expected 'from:')
// %%
range(from: 1, to: 5)
// expect: 4
