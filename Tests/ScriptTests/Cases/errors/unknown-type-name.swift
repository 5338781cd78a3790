// A type name nothing declares is an error where it is written, as in Swift, never "accept anything": the
// annotation of a binding, a parameter, a property, an associated value, a cast and an `is` pattern.
let r: Result<Int, Error> = .success(3)
// %%
func area(of shape: Shape) -> Double { 0 }
// %%
struct Order { var items: [Item] }
// %%
enum Payment { case card(CardNumber) }
// %%
let value: Any = 3
// %%
print(value is Foo)
// %%
switch value { case let x as Bar: print(x); default: print("other") }
// %%
extension Array where Element == Int { func total() -> Element { reduce(0, +) } }
struct Tagged: Hashable { var tag: Int; func hash(into hasher: inout Hasher) { hasher.combine(tag) } }
print([1, 2].total(), Set([Tagged(tag: 1), Tagged(tag: 1)]).count)
// expect: 3 1
// expect error: NameError: cannot find type 'Result' in scope
// expect error: NameError: cannot find type 'Shape' in scope
// expect error: NameError: cannot find type 'Item' in scope
// expect error: NameError: cannot find type 'CardNumber' in scope
// expect error: NameError: cannot find type 'Foo' in scope
// expect error: NameError: cannot find type 'Bar' in scope
