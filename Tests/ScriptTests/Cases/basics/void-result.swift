func f() {}
f()
// %%
print(f() == ())
// expect: true
