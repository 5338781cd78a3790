// Fixed-width integers trap where Swift traps (an error naming the type), String(format:) refuses what Foundation
// would print wrongly, a global computed variable is get-only.
let byte: UInt8 = 250
print(byte &+ 10)
// expect: 4
// %%
print(byte + 10)
// expect error: RuntimeError: arithmetic overflow (UInt8)
// %%
print(Int8(-128) * -1)
// expect error: RuntimeError: arithmetic overflow (Int8)
// %%
print(UInt8(256))
// expect error: RuntimeError: Not enough bits to represent the passed value
// %%
print(UInt8(-1.5))
// expect error: RuntimeError: Double value cannot be converted to UInt8 because it is outside the representable range
// %%
print(byte + 300)
// expect error: TypeError: integer literal '300' overflows when stored into 'UInt8'
// %%
print(byte + Int16(1))
// expect error: TypeError: binary operator '+' cannot be applied to operands of type 'UInt8' and 'Int16'
// %%
print(-byte)
// expect error: TypeError: unary operator '-' cannot be applied to an operand of type 'UInt8'
// %%
print(UInt(0) - 1)
// expect error: RuntimeError: arithmetic overflow (UInt)
// %%
print(String(format: "%d", 5_000_000_000))
// expect error: RuntimeError: String(format:): argument 1 is Int but '%d' needs a value that fits in 32 bits (-2147483648...2147483647; use %ld for an Int)
// %%
print(String(format: "%d", 2.5))
// expect error: RuntimeError: String(format:): argument 1 is Double but '%d' needs an Int
// %%
print(String(format: "%f", 2))
// expect error: RuntimeError: String(format:): argument 1 is Int but '%f' needs a Double
// %%
print(String(format: "%d and %d", 1))
// expect error: RuntimeError: String(format:): the format has more conversions than the 1 argument given
// %%
print(String(format: "%d", 1, 2))
// expect error: RuntimeError: String(format:): 2 arguments given but the format uses 1
// %%
print(String(format: "%s", "text"))
// expect error: RuntimeError: String(format:): unsupported conversion '%s' (use %@ for a String)
// %%
var total: Int { 42 }
// %%
total = 3
// expect error: TypeError: cannot assign to value: 'total' is a get-only property
// %%
print(total + 1)
// expect: 43
// %%
func inner() -> Int {
    var local: Int { 1 }
    return local
}
// expect error: SyntaxError: a computed variable inside a function or block is not supported in Loupe cells (declare it at the top level of a cell)
// %%
struct P { var name: String? }
print([P(name: "a")].map(\.name?.count))
// expect error: SyntaxError: key paths with optional chaining, '!' or subscripts are not supported in Loupe cells
// %%
let f: Float = 1.5
print(f + 2, f * f, f / 0)
// expect: 3.5 2.25 inf
// %%
print(sqrt(Int8(4)))
// expect error: TypeError: cannot convert value of type 'Int8' to expected argument type 'Double' (argument 'x')
