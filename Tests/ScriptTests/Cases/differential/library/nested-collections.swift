var graph: [String: [String]] = ["a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []]
func bfs(_ start: String) -> [String] {
    var visited: [String] = [start], queue = [start]
    while !queue.isEmpty {
        let node = queue.removeFirst()
        for next in graph[node] ?? [] where !visited.contains(next) { visited.append(next); queue.append(next) }
    }
    return visited
}
print(bfs("a"))
graph["d"]!.append("a")
print(graph["d"]!)
// expect: ["a", "b", "c", "d"]
// expect: ["a"]
