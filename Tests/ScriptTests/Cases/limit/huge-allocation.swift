let huge = Array(repeating: 0, count: 1 << 40)
// expect error: RuntimeError: allocation of 1099511627776 elements refused (limit 100000000)
// %%
String(repeating: "ab", count: 1 << 50)
// expect error: RuntimeError: allocation of 2251799813685248 elements refused (limit 100000000)
// %%
randn(1 << 40)
// expect error: RuntimeError: allocation of 1099511627776 elements refused (limit 100000000)
// %%
Array(0..<(1 << 40))
// expect error: RuntimeError: allocation of 1099511627776 elements refused (limit 100000000)
// %%
Array(Int.min..<Int.max)
// expect error: RuntimeError: allocation of 9223372036854775807 elements refused (limit 100000000)
// %%
(Int.min..<Int.max).count
// expect: 0
// %%
stride(from: Int.min, to: Int.max, by: 1)
// expect error: RuntimeError: allocation of 9223372036854775807 elements refused (limit 100000000)
// %%
String(repeating: "abcd", count: 1 << 62)
// expect error: RuntimeError: allocation of 9223372036854775807 elements refused (limit 100000000)
// %%
Array(stride(from: 0, to: Int.max, by: 1))
// expect error: RuntimeError: allocation of 9223372036854775807 elements refused (limit 100000000)
// %%
stride(from: 0, through: Int.max, by: 1)
// expect error: RuntimeError: allocation of 9223372036854775807 elements refused (limit 100000000)
// %%
stride(from: Int.min, through: 0, by: -1).count
// expect: 0
