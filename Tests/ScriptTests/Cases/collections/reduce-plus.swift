print([1, 2, 3].reduce(0, +))
// expect: 6
// %%
print([1.5, 2.5].reduce(0, +))
// expect: 4.0
// %%
print(["a", "b", "c"].reduce("", +))
// expect: abc
// %%
print([1, 2].reduce(0.5, +))
// expect: 3.5
// %%
print((1...4).map { $0 * 2 }.reduce(0, +))
// expect: 20
// %%
print((0..<4).map { Double($0) * 0.5 }.reduce(0, +))
// expect: 3.0
// %%
print([Int.max, 1].reduce(0, +))
// expect error: RuntimeError: arithmetic overflow
// expect traceback: cell 7, line 1, column 7: error: arithmetic overflow
// expect traceback:     print([Int.max, 1].reduce(0, +))
// expect traceback:           ^~~~~~~~~~~~~~~~~~~~~~~~~
// %%
print(["x"].map { Double($0) })
// expect: [nil]
