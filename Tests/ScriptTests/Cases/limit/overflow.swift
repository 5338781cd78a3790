Int.max + 1
// expect error: RuntimeError: arithmetic overflow
// %%
Int.min - 1
// expect error: RuntimeError: arithmetic overflow
// %%
Int.max * 2
// expect error: RuntimeError: arithmetic overflow
// %%
-Int.min
// expect error: RuntimeError: arithmetic overflow
// %%
1 / 0
// expect error: RuntimeError: division by zero
// %%
5 % 0
// expect error: RuntimeError: division by zero
// %%
let x = 99999999999999999999
// expect error: SyntaxError: integer literal '99999999999999999999' overflows when stored into 'Int'
// %%
Int(Double.infinity)
// expect error: RuntimeError: Double value cannot be converted to Int because it is outside the representable range
