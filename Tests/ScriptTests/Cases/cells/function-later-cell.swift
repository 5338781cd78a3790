func first() -> Int { second() + 1 }
func second() -> Int { 41 }
first()
// expect: 42
// %%
func second() -> Int { 1 }
first()
// expect: 2
