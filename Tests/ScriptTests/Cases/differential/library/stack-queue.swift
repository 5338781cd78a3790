var stack: [Int] = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.popLast()!, stack)
var queue = [1, 2, 3]
print(queue.removeFirst(), queue)
func balanced(_ s: String) -> Bool {
    var open: [Character] = []
    let pairs: [Character: Character] = [")": "(", "]": "[", "}": "{"]
    for c in s {
        if "([{".contains(c) { open.append(c) } else if let o = pairs[c] { if open.popLast() != o { return false } }
    }
    return open.isEmpty
}
print(balanced("{[()]}"), balanced("([)]"), balanced("(("))
// expect: 3 [1, 2]
// expect: 1 [2, 3]
// expect: true false false
