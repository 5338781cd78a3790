/// A Sugiyama-style layered layout of a directed graph, without geometry:
/// back edges found by DFS are reversed, layers come from the longest path,
/// long edges get dummy vertices, and barycenter sweeps reduce crossings.
struct LayeredGraph {
    /// Vertices per layer, top first; ids `>= nodeCount` are dummy vertices.
    var layers: [[Int]]
    let nodeCount: Int
    /// Per input edge (self-loops excluded), its vertices from source to target.
    var chains: [[Int]]
    /// Input edges that were reversed to break cycles.
    var reversedEdges: Set<Int>

    static let sweeps = 12

    init(nodeCount: Int, edges: [(Int, Int)]) {
        self.nodeCount = nodeCount
        let reversed = Self.backEdges(nodeCount: nodeCount, edges: edges)
        reversedEdges = reversed
        let dag: [(Int, Int, Int)] = edges.enumerated().compactMap { i, e in
            e.0 == e.1 ? nil : (reversed.contains(i) ? (e.1, e.0, i) : (e.0, e.1, i))
        }
        let layerOf = Self.longestPathLayers(nodeCount: nodeCount, edges: dag.map { ($0.0, $0.1) })
        let depth = (layerOf.max() ?? 0) + 1
        var layers = [[Int]](repeating: [], count: depth)
        for v in 0..<nodeCount { layers[layerOf[v]].append(v) }
        var chains: [[Int]] = []
        var next = nodeCount
        for (a, b, i) in dag {
            var chain = [a]
            if layerOf[b] - layerOf[a] > 1 {
                for layer in (layerOf[a] + 1)..<layerOf[b] { layers[layer].append(next); chain.append(next); next += 1 }
            }
            chain.append(b)
            chains.append(reversed.contains(i) ? chain.reversed() : chain)
        }
        self.chains = chains
        self.layers = layers
        reduceCrossings()
    }

    /// Edges whose target is on the DFS stack when the edge is followed (iterative DFS in node order).
    static func backEdges(nodeCount: Int, edges: [(Int, Int)]) -> Set<Int> {
        var outgoing = [[Int]](repeating: [], count: nodeCount)
        for (i, e) in edges.enumerated() where e.0 != e.1 { outgoing[e.0].append(i) }
        var state = [UInt8](repeating: 0, count: nodeCount)  // 0 new, 1 on stack, 2 done
        var back = Set<Int>()
        for root in 0..<nodeCount where state[root] == 0 {
            var stack: [(vertex: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                if top.next < outgoing[top.vertex].count {
                    stack[stack.count - 1].next += 1
                    let edge = outgoing[top.vertex][top.next]
                    let target = edges[edge].1
                    if state[target] == 1 { back.insert(edge) } else if state[target] == 0 {
                        state[target] = 1; stack.append((target, 0))
                    }
                } else {
                    state[top.vertex] = 2; stack.removeLast()
                }
            }
        }
        return back
    }

    /// Layer of each vertex: 0 for sources, else one more than its deepest predecessor.
    static func longestPathLayers(nodeCount: Int, edges: [(Int, Int)]) -> [Int] {
        var indegree = [Int](repeating: 0, count: nodeCount)
        var outgoing = [[Int]](repeating: [], count: nodeCount)
        for (a, b) in edges { outgoing[a].append(b); indegree[b] += 1 }
        var layer = [Int](repeating: 0, count: nodeCount)
        var queue = (0..<nodeCount).filter { indegree[$0] == 0 }
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for w in outgoing[v] {
                layer[w] = Swift.max(layer[w], layer[v] + 1)
                indegree[w] -= 1
                if indegree[w] == 0 { queue.append(w) }
            }
        }
        return layer
    }

    /// Neighbour pairs between consecutive layers, from the chains.
    var segments: [(Int, Int)] {
        chains.flatMap { chain in zip(chain, chain.dropFirst()).map { ($0, $1) } }
    }

    /// Barycenter sweeps down and up, keeping the ordering with the fewest crossings.
    mutating func reduceCrossings() {
        let segments = self.segments
        var up = [Int: [Int]](), down = [Int: [Int]]()
        for (a, b) in segments {
            let (upper, lower) = layerIndex(a) < layerIndex(b) ? (a, b) : (b, a)
            down[upper, default: []].append(lower); up[lower, default: []].append(upper)
        }
        var best = layers, bestCrossings = crossings(segments)
        for sweep in 0..<Self.sweeps where bestCrossings > 0 {
            let downward = sweep % 2 == 0
            let order = downward ? Array(layers.indices.dropFirst()) : Array(layers.indices.dropLast().reversed())
            for l in order {
                let reference = layers[downward ? l - 1 : l + 1]
                let position = Dictionary(uniqueKeysWithValues: reference.enumerated().map { ($1, Double($0)) })
                let current = layers[l]
                let keyed = current.enumerated().map { i, v -> (Double, Int, Int) in
                    let neighbours = (downward ? up[v] : down[v]) ?? []
                    let ps = neighbours.compactMap { position[$0] }
                    return (ps.isEmpty ? Double(i) : ps.reduce(0, +) / Double(ps.count), i, v)
                }
                layers[l] = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            }
            let c = crossings(segments)
            if c < bestCrossings { best = layers; bestCrossings = c }
        }
        layers = best
    }

    func layerIndex(_ v: Int) -> Int { layers.firstIndex { $0.contains(v) } ?? 0 }

    /// Number of crossing segment pairs between consecutive layers.
    func crossings(_ segments: [(Int, Int)]) -> Int {
        var where_ = [Int: (layer: Int, position: Int)]()
        for (l, layer) in layers.enumerated() { for (p, v) in layer.enumerated() { where_[v] = (l, p) } }
        var byLayer = [Int: [(Int, Int)]]()
        for (a, b) in segments {
            guard let pa = where_[a], let pb = where_[b] else { continue }
            let (upper, lower) = pa.layer < pb.layer ? (pa, pb) : (pb, pa)
            byLayer[upper.layer, default: []].append((upper.position, lower.position))
        }
        var total = 0
        for (_, pairs) in byLayer {
            for i in pairs.indices {
                for j in pairs.indices where j > i {
                    let (a, b) = (pairs[i], pairs[j])
                    if (a.0 < b.0 && a.1 > b.1) || (a.0 > b.0 && a.1 < b.1) { total += 1 }
                }
            }
        }
        return total
    }
}
