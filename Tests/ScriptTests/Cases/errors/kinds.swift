let a = (1 +
// expect error: SyntaxError: expected expression
// %%
actor Point { var x: Int }
// expect error: SyntaxError: 'actor' is not supported in Loupe cells
// %%
"a" - 1
// expect error: TypeError: binary operator '-' cannot be applied to operands of type 'String' and 'Int'
// %%
let xs = [1, 2]
xs.cuont
// expect error: NameError: value of type '[Int]' has no member 'cuont'; did you mean 'count'?
