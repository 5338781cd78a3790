// `import Foundation` does nothing; an unknown module is Swift's error. A literal that does not fit a
// fixed-width integer type is refused.
import Foundation
import Swift
print("imported")
// %%
import Numpy
// %%
let small: UInt8 = 300
// %%
func checked(_ v: Int) -> Int {
    precondition(v > 0, "v must be positive")
    assert(v < 100)
    return v
}
print(checked(5))
// %%
checked(-1)
// %%
checked(500)
// %%
assertionFailure("unreachable")
// %%
var later: Int
later = 3
var a = 1, b: Double = 2, c = "three"
print(later, a, b, c)
// expect: imported
// expect: 5
// expect: 3 1 2.0 three
// expect error: SyntaxError: no such module 'Numpy'
// expect error: TypeError: cannot convert value of type 'Int' to specified type 'UInt8'
// expect error: RuntimeError: Precondition failed: v must be positive
// expect error: RuntimeError: Assertion failed
// expect error: RuntimeError: Assertion failed: unreachable
