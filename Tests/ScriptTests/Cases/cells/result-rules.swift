let x = 5
// %%
x;
// expect: 5
// %%
_ = x
// %%
print("only output")
// expect: only output
// %%
var y = 1
y = 2
// %%
"last" + "!"
// expect: "last!"
