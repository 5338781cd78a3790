struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element { items.removeLast() }
    var topItem: Element? { items.isEmpty ? nil : items[items.count - 1] }
}
var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")
let fromTheTop = stackOfStrings.pop()
print(fromTheTop, stackOfStrings.topItem ?? "empty")
print(stackOfStrings)
var numbers = Stack(items: [1, 2])
numbers.push(3)
print(numbers, [numbers])
// expect: tres dos
// expect: Stack<String>(items: ["uno", "dos"])
// expect: Stack<Int>(items: [1, 2, 3]) [main.Stack<Swift.Int>(items: [1, 2, 3])]
