import Testing
@testable import Script

/// A model-like native: a chain of `Vec` layers, read with `chain[i]` (the layer object itself, shared with the
/// chain) and written with `chain[i] = layer`; copied shallowly, as a Swift struct of copy-on-write layers.
final class Chain: NativeObject {
    var layers: [Vec]
    init(_ layers: [Vec]) { self.layers = layers }
    var typeName: String { "Chain" }
    var description: String { "Chain(\(layers.map(\.description).joined(separator: ", ")))" }

    func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value? {
        let index = try arguments.int(0)
        guard layers.indices.contains(index) else { throw ScriptError(kind: .runtime, message: "layer \(index) out of range") }
        return .native(layers[index])
    }

    func subscriptSet(_ arguments: Arguments, to newValue: Value, isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        let index = try arguments.int(0)
        guard layers.indices.contains(index) else { throw ScriptError(kind: .runtime, message: "layer \(index) out of range") }
        guard case .native(let object) = newValue, let layer = object as? Vec else {
            throw ScriptError(kind: .type, message: "cannot assign value of type '\(newValue.typeName)' to a layer")
        }
        let target = isUniquelyReferenced ? self : Chain(layers)
        target.layers[index] = layer
        return target
    }

    static func install(into interpreter: Interpreter) {
        interpreter.register(Builtin("Chain", [Parameter(nil, "layers", type: "Vec", variadic: true)], returns: "Chain",
                                     doc: "A chain of layers.") { args throws(ScriptError) in
            guard case .array(let items) = args[0] else { throw args.mismatch(0, "[Vec]") }
            var layers: [Vec] = []
            for item in items {
                guard case .native(let object) = item, let layer = object as? Vec else { throw args.mismatch(0, "Vec") }
                layers.append(layer)
            }
            return .native(Chain(layers))
        })
    }
}

#if DEBUG
let isUnoptimizedBuild = true
#else
let isUnoptimizedBuild = false
#endif

/// Assignments through native values (`t[i] = v`, `model[0].weights = …`, `optimizer.rate = …`) with value semantics.
/// The copy counts hold for optimised builds (how `make test` builds): without optimisation Swift keeps extra
/// temporaries alive, so objects look shared and writes copy (still correct, only slower).
@Suite(.disabled(if: isUnoptimizedBuild, "copy counts need an optimised build")) struct NativeWriteTests {
    @Test func aSubscriptWriteOfAnUnsharedValueIsInPlace() {
        let run = FakePrelude.run([
            "var v = Vec([1, 2, 3])\nv[1] = 5\nv[2] += 0.5\nfor _ in 0..<1000 { v[0] += 1 }\nprint(v, v.copies)",
        ])
        #expect(run.errors.isEmpty)
        #expect(run.lines == ["Vec([1001.0, 5.0, 3.5]) 0"])
    }

    @Test func aSharedValueIsCopiedOnceAndTheOtherKeepsItsValue() {
        let run = FakePrelude.run([
            "var v = Vec([1, 2])\nlet w = v\nv[0] = 9\nv[1] = 8\nprint(v, w, v.copies)",
            "var a = [Vec([1]), Vec([2])]\nlet b = a\na[1][0] = 5\nprint(a, b, a[1].copies)",
            "func bump(_ x: inout Vec) { x[0] += 1 }\nvar u = Vec([0])\nfor _ in 0..<100 { bump(&u) }\nprint(u, u.copies)",
        ])
        #expect(run.errors.isEmpty)
        #expect(run.lines == ["Vec([9.0, 8.0]) Vec([1.0, 2.0]) 1",
                              "[Vec([1.0]), Vec([5.0])] [Vec([1.0]), Vec([2.0])] 1",
                              "Vec([100.0]) 0"])
    }

    @Test func nestedPathsReadChangeAndWriteBack() {
        let run = FakePrelude.run([
            "var c = Chain(Vec([1, 2]), Vec([3]))\nlet before = c\nc[0].values = [7, 8]\nc[1][0] = 4\nc[0][1] *= 10\nprint(c)\nprint(before)",
            "func scale(_ x: inout Double) { x *= 3 }\nscale(&c[1][0])\nprint(c[1])",
        ])
        #expect(run.errors.isEmpty)
        #expect(run.lines == ["Chain(Vec([7.0, 80.0]), Vec([4.0]))", "Chain(Vec([1.0, 2.0]), Vec([3.0]))", "Vec([12.0])"])
    }

    @Test func aReferenceTypeIsSetThroughALetAndSharesTheChange() {
        let run = FakePrelude.run(["let s = stepper()\nlet t = s\ns.rate = 0.5\nprint(s.rate, t.rate)"])
        #expect(run.errors.isEmpty)
        #expect(run.lines == ["0.5 0.5"])
    }

    @Test func unsupportedWritesAreSwiftErrorsAndLeaveTheValueIntact() throws {
        let run = FakePrelude.run([
            "var s = stepper()\ns[0] = 1",
            "var v = Vec([1, 2])\nv.count = 3",
            "v.nope = 1",
            "let w = Vec([1])\nw[0] = 2",
            "let l = Vec([1])\nl.values = [2]",
            "v[5] = 1",
            "v[0] = \"x\"",
            "print(v)",
        ])
        #expect(run.errors.map(\.message) == [
            "cannot assign through subscript: subscript is get-only",
            "cannot assign to property: 'count' is a get-only property",
            "value of type 'Vec' has no member 'nope'",
            "cannot assign through subscript: 'w' is a 'let' constant",
            "cannot assign to property: 'l' is a 'let' constant",
            "Vec index 5 out of range",
            "cannot assign value of type 'String' to subscript of type 'Double'",
        ])
        #expect(run.lines == ["Vec([1.0, 2.0])"])
        let located = try #require(run.errors.dropFirst(5).first)
        #expect(located.traceback(color: false) == ["cell 6, line 1, column 1: error: Vec index 5 out of range", "    v[5] = 1", "    ^~~~"])
    }
}
