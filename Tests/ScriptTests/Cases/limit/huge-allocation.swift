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
