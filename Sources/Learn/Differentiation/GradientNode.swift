import Platform

/// One recorded operation of a dynamic tape (micrograd / PyTorch style).
///
/// Every differentiable primitive applied to a tracked tensor makes a node
/// that remembers its tracked inputs and how to turn the gradient of its
/// output into gradients of those inputs. Because recording happens as the
/// operations run, any Swift code — or an interpreter executing a cell one
/// operation at a time, with its own functions and control flow — can be
/// differentiated.
final class GradientNode: @unchecked Sendable {
    /// Maps the gradient of this node's output to one gradient per input
    /// (`nil` for an input that needs none).
    typealias Backward = (Tensor) -> [Tensor?]

    let inputs: [GradientNode?]
    let shape: [Int]
    let backward: Backward?
    /// The differentiation this node belongs to.
    let tape: Tape
    /// The accumulated gradient of the final result with respect to this value.
    var gradient: [Double]?

    init(inputs: [GradientNode?], shape: [Int], backward: Backward?, tape: Tape) {
        self.inputs = inputs
        self.shape = shape
        self.backward = backward
        self.tape = tape
    }

    /// A leaf: a value we differentiate with respect to.
    static func leaf(shape: [Int], tape: Tape) -> GradientNode {
        GradientNode(inputs: [], shape: shape, backward: nil, tape: tape)
    }

    func accumulate(_ incoming: Tensor) {
        guard var current = gradient else {
            gradient = incoming.scalars
            return
        }
        gradient = nil
        incoming.scalars.withUnsafeBufferPointer { source in
            current.withUnsafeMutableBufferPointer { target in
                for i in 0..<target.count { target[i] += source[i] }
            }
        }
        gradient = current
    }
}

/// What one differentiation shares among its nodes: the first operation that used a tracked
/// value without a gradient (an argmax, a comparison, reading the scalars out), named in the
/// error when the result turns out not to depend on the tracked values through anything else.
final class Tape: @unchecked Sendable {
    private(set) var firstNonDifferentiableUse: String?

    func noteNonDifferentiableUse(_ operation: String) {
        if firstNonDifferentiableUse == nil { firstNonDifferentiableUse = operation }
    }

    /// Throws `'op' is not differentiable` when `result` is not tracked but a tracked value was
    /// used by an operation without a gradient: its gradient would otherwise be a silent zero.
    func check(_ result: Tensor) throws {
        if result.node == nil, let operation = firstNonDifferentiableUse {
            throw TensorError.notDifferentiable(operation)
        }
    }
}

extension Tensor {
    /// Attaches a node for `value` when any input is tracked; otherwise returns
    /// `value` untouched (so code that differentiates nothing pays nothing).
    static func record(_ value: Tensor, inputs: [Tensor], backward: @escaping GradientNode.Backward) -> Tensor {
        guard let tape = inputs.lazy.compactMap(\.node).first?.tape else { return value }
        var result = value
        result.node = GradientNode(inputs: inputs.map(\.node), shape: value.shape, backward: backward, tape: tape)
        return result
    }

    /// A copy of this tensor marked as a leaf of `tape` to differentiate with respect to.
    func trackedAsLeaf(of tape: Tape) -> (Tensor, GradientNode) {
        let leaf = GradientNode.leaf(shape: shape, tape: tape)
        return (Tensor(uncheckedShape: shape, scalars: scalars, node: leaf), leaf)
    }

    /// Notes that `operation` used this tensor's values without a gradient (an argmax, a
    /// comparison, reading the scalars out). When the differentiated result then does not
    /// depend on the tracked values, differentiation fails with `'operation' is not
    /// differentiable` instead of returning a zero gradient.
    public func noteNonDifferentiableUse(_ operation: String) {
        node?.tape.noteNonDifferentiableUse(operation)
    }
}

/// Runs the recorded operations backwards from a scalar result.
enum BackwardPass {
    /// Fills `gradient` of every node reachable from `result`'s node.
    static func run(from result: Tensor) throws {
        guard result.scalarCount == 1 else { throw TensorError.nonScalarResult(result.shape) }
        guard let root = result.node else { return }
        let order = topologicalOrder(from: root)
        root.accumulate(Tensor(uncheckedShape: root.shape, scalars: [1]))
        for node in order.reversed() {
            guard let backward = node.backward, let gradient = node.gradient else { continue }
            let inputGradients = backward(Tensor(uncheckedShape: node.shape, scalars: gradient))
            for (input, inputGradient) in zip(node.inputs, inputGradients) {
                if let input, let inputGradient { input.accumulate(inputGradient) }
            }
            if !node.inputs.isEmpty { node.gradient = nil }
            try Interrupt.check()  // a product interrupted in `backward` left its gradient incomplete
        }
    }

    /// Nodes ordered so each comes after all of its inputs (iterative DFS,
    /// so very long tapes cannot overflow the stack).
    private static func topologicalOrder(from root: GradientNode) -> [GradientNode] {
        var order: [GradientNode] = []
        var visited = Set<ObjectIdentifier>()
        var stack: [(GradientNode, Int)] = [(root, 0)]
        visited.insert(ObjectIdentifier(root))
        while let (node, next) = stack.popLast() {
            if next < node.inputs.count {
                stack.append((node, next + 1))
                if let input = node.inputs[next], visited.insert(ObjectIdentifier(input)).inserted {
                    stack.append((input, 0))
                }
            } else {
                order.append(node)
            }
        }
        return order
    }
}
