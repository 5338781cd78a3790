struct Stack<T> {
    private var items: [T] = []
    mutating func push(_ x: T) { items.append(x) }
    mutating func pop() -> T? { items.popLast() }
}
typealias IntStack = Stack<Int>
struct Box<T> { var value: T }
typealias Names = Box<[String]>
var stack = IntStack()
stack.push(1)
stack.push(2)
let names = Names(value: ["a", "b"])
print(stack.pop() as Any, stack.pop() as Any, stack.pop() as Any)
print(names, names.value.count)
// expect: Optional(2) Optional(1) nil
// expect: Box<Array<String>>(value: ["a", "b"]) 2
