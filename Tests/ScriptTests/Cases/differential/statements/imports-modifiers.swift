import Foundation
import Swift
public struct Box {
    private(set) var value: Int
    public init(value: Int) { self.value = value }
    @discardableResult
    public mutating func bump() -> Int { value += 1; return value }
}
fileprivate func helper() -> String { "helper" }
internal let limit = 3
var box = Box(value: limit)
box.bump()
print(box.value, helper())
@inlinable func twice(_ x: Int) -> Int { 2 * x }
print(twice(21))
// expect: 4 helper
// expect: 42
