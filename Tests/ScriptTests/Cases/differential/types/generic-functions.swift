func swapTwoValues<T>(_ a: inout T, _ b: inout T) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someInt = 3
var anotherInt = 107
swapTwoValues(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")
var s1 = "hello"
var s2 = "world"
swapTwoValues(&s1, &s2)
print(s1, s2)
func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() where value == valueToFind { return index }
    return nil
}
print(findIndex(of: 9.3, in: [3.14159, 0.1, 0.25]) as Any)
print(findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"]) as Any)
func maxOf<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
print(maxOf(3, 7), maxOf("pear", "apple"))
// expect: someInt is now 107, and anotherInt is now 3
// expect: world hello
// expect: nil
// expect: Optional(2)
// expect: 7 pear
