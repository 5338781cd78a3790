String(repeating: "ab", count: 5)
// expect: "ababababab"
// %%
String(repeating: "é🇫🇷", count: 7) == "é🇫🇷é🇫🇷é🇫🇷é🇫🇷é🇫🇷é🇫🇷é🇫🇷"
// expect: true
// %%
String(repeating: "xyz", count: 0).isEmpty
// expect: true
// %%
String(repeating: "xyz", count: -3).isEmpty
// expect: true
// %%
String(repeating: "xy", count: 1_000_001).count
// expect: 2000002
