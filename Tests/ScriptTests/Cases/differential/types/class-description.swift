class Node: CustomStringConvertible {
    var value: Int
    var children: [Node] = []
    init(_ value: Int) { self.value = value }
    func add(_ child: Node) { children.append(child) }
    var description: String {
        children.isEmpty ? "\(value)" : "\(value) -> \(children)"
    }
}
let root = Node(1)
let child = Node(2)
root.add(child)
child.add(Node(3))
root.add(Node(4))
print(root)
print("tree: \(root)")
print([root, child])
// expect: 1 -> [2 -> [3], 4]
// expect: tree: 1 -> [2 -> [3], 4]
// expect: [1 -> [2 -> [3], 4], 2 -> [3]]
