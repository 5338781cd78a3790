// A global computed variable and a stored one of the same name in later cells: code compiled earlier keeps
// the declaration it was compiled against (never a getter read as a value, nor a value called as a getter).
var total = 1
func show() -> Int { total + 1 }
print(show())
// expect: 2
// %%
var total: Int { 10 }
print(total, show())
// expect: 10 2
// %%
var total = 5
print(total, show())
// expect: 5 2
// %%
var total: Int { 20 }
func show2() -> Int { total }
print(total, show2())
// expect: 20 20
