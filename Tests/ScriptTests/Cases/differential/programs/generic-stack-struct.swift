struct Stack<Element> {
    private var items: [Element] = []
    var isEmpty: Bool { items.isEmpty }
    var top: Element? { items.last }
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
}
var s = Stack<Int>()
for i in 1...4 { s.push(i * i) }
print(s.pop()!, s.top!, s.isEmpty)
var words = Stack<String>()
words.push("a")
print(words.pop()!, words.pop() == nil, words.isEmpty)
// expect: 16 9 false
// expect: a true true
