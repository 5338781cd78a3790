protocol Shape { func area() -> Double }
struct Square: Shape { var side: Double }
// expect error: TypeError: type 'Square' does not conform to protocol 'Shape'
// %%
enum Light { case red, amber, green }
func next(_ light: Light) -> Light {
    switch light {
    case .red: return .green
    case .green: return .amber
    }
}
// expect error: TypeError: switch must be exhaustive
// %%
enum Failure: Error { case bad(code: Int) }
throw Failure.bad(code: 3)
// expect error: RuntimeError: uncaught error bad(code: 3)
// %%
struct Pair { let a: Int; var b: Int }
var pair = Pair(a: 1, b: 2)
pair.a = 5
// expect error: TypeError: cannot assign to property: 'a' is a 'let' constant
// %%
let fixed = Pair(a: 1, b: 2)
fixed.b = 3
// expect error: TypeError: cannot assign to property: 'fixed' is a 'let' constant
// %%
struct Counter { var n = 0; mutating func bump() { n += 1 } }
let counter = Counter()
counter.bump()
// expect error: TypeError: cannot use mutating member on immutable value: 'counter' is a 'let' constant
// %%
print(pair.c)
// expect error: NameError: value of type 'Pair' has no member 'c'
// %%
func largest<T: Comparable>(_ xs: [T]) -> T { xs.max()! }
largest([pair])
// expect error: TypeError: global function 'largest' requires that 'Pair' conform to 'Comparable'
// %%
throw 5
// expect error: TypeError: thrown expression type 'Int' does not conform to 'Error'
// %%
struct Meter { var v = 1; func bump() { v += 1 } }
Meter().bump()
// expect error: TypeError: cannot assign to property: 'self' is immutable
// %%
class Base { final func f() {} }
final class Leaf: Base {}
class Leaf2: Leaf {}
// expect error: TypeError: inheritance from a final class 'Leaf'
// %%
let p = Pair(a: 1)
// expect error: TypeError: missing argument for parameter 'b' in call
// %%
enum Coin { case heads, tails }
Coin.edge
// expect error: NameError: type 'Coin' has no member 'edge'
// %%
class Animal {}
class Dog: Animal {}
class Cat: Animal {}
let pet: Animal = Cat()
let dog = pet as! Dog
// expect error: RuntimeError: could not cast value of type 'Cat' to 'Dog'
