import Testing
import Prelude
import ScalingTestSupport
import Script

/// Writes from cells (LANGUAGE.md 7 and 8a, #17 point 0): `t[i, j] = v`, `t[0..<2] = other`, `model[0].weight = …`,
/// `model[0].bias[2] = 0`, `model[0] = layer`, `optimizer.learningRate = …`, with value semantics and errors
/// naming both shapes.
@Suite struct LearnAssignmentTests {
    private func text(_ harness: PreludeHarness, _ source: String) throws -> String? {
        try harness.run(source).get()?.plainText
    }

    private func message(_ harness: PreludeHarness, _ source: String) -> String? {
        guard case .failure(let error) = harness.run(source) else { return nil }
        return error.message
    }

    @Test func elementsRowsAndSlicesAreSetAndACopyKeepsItsValue() throws {
        let harness = PreludeHarness()
        _ = try harness.run("var t = Tensor(zeros: [3, 3])\nlet before = t\nvar alias = t").get()
        _ = try harness.run("t[1, 2] = 5\nt[0] = Tensor([1, 2, 3])\nt[2] = 7\nt[1, 0] += 0.5").get()
        #expect(try text(harness, "t.scalars") == "[1.0, 2.0, 3.0, 0.5, 0.0, 5.0, 7.0, 7.0, 7.0]")
        #expect(try text(harness, "before.scalars") == "[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]")
        _ = try harness.run("alias[0..<2] = Tensor([9, 8, 7])").get()
        #expect(try text(harness, "alias.scalars") == "[9.0, 8.0, 7.0, 9.0, 8.0, 7.0, 0.0, 0.0, 0.0]")
        #expect(try text(harness, "t.scalars") == "[1.0, 2.0, 3.0, 0.5, 0.0, 5.0, 7.0, 7.0, 7.0]")
        #expect(try text(harness, "before.sum()") == "0.0")
        _ = try harness.run("var images = Tensor(zeros: [2, 2, 2, 1])\nlet kept = images\nimages[1, 0, 1, 0] = 3\nimages[0, 1] = Tensor([[4], [5]])").get()
        #expect(try text(harness, "images.scalars") == "[0.0, 0.0, 4.0, 5.0, 0.0, 3.0, 0.0, 0.0]")
        #expect(try text(harness, "kept.sum()") == "0.0")
    }

    @Test func aFunctionsParameterAndATensorInAnArrayKeepValueSemantics() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            var t = Tensor([1, 2, 3])
            func zeroed(_ x: Tensor) -> Tensor { var y = x; y[0] = 0; return y }
            let z = zeroed(t)
            var list = [t, t]
            list[0][1] = 10
            """).get()
        #expect(try text(harness, "t.scalars") == "[1.0, 2.0, 3.0]")
        #expect(try text(harness, "z.scalars") == "[0.0, 2.0, 3.0]")
        #expect(try text(harness, "list[0].scalars") == "[1.0, 10.0, 3.0]")
        #expect(try text(harness, "list[1].scalars") == "[1.0, 2.0, 3.0]")
    }

    @Test func badWritesAreErrorsAndLeaveTheTensorAlone() throws {
        let harness = PreludeHarness()
        _ = try harness.run("var t = Tensor(zeros: [2, 3])\nlet c = Tensor([1, 2])").get()
        #expect(message(harness, "t[0] = Tensor([1, 2])") == "cannot assign a tensor of shape [2] to elements of shape [3]")
        #expect(message(harness, "t[2, 0] = 1")?.contains("index 2 is out of range") == true)
        #expect(message(harness, "t[0, 1] = \"a\"")?.contains("cannot convert value of type 'String'") == true)
        #expect(message(harness, "c[0] = 5")?.contains("'c' is a 'let' constant") == true)
        #expect(try text(harness, "t.scalars") == "[0.0, 0.0, 0.0, 0.0, 0.0, 0.0]")
        #expect(try text(harness, "c.scalars") == "[1.0, 2.0]")
    }

    @Test func layersOfAModelAreEditableWithValueSemantics() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            seed(1)
            var model = Sequential {
                Dense(inputSize: 2, outputSize: 3, activation: relu)
                Dense(inputSize: 3, outputSize: 2)
            }
            let before = model
            model[0].bias[2] = 4
            model[1].weight = Tensor(ones: [3, 2])
            """).get()
        #expect(try text(harness, "model[0].bias.scalars") == "[0.0, 0.0, 4.0]")
        #expect(try text(harness, "model[1].weight.scalars") == "[1.0, 1.0, 1.0, 1.0, 1.0, 1.0]")
        #expect(try text(harness, "before[0].bias.scalars") == "[0.0, 0.0, 0.0]")
        #expect(try text(harness, "before[1].weight.sum().scalarized() == 6") == "false")
        #expect(try text(harness, "model(Tensor([[0, 0]])).scalars") == "[4.0, 4.0]")
        _ = try harness.run("model[0] = Dense(inputSize: 2, outputSize: 3, activation: tanh)").get()
        #expect(try text(harness, "model[0].activation") == "\"tanh\"")
        #expect(message(harness, "model[0].bias = Tensor([1, 2])") == "cannot set 'bias' of shape [3] to a tensor of shape [2]")
        #expect(message(harness, "model[0] = Dense(inputSize: 2, outputSize: 4)")?
                    .hasPrefix("cannot replace layer 0, Dense(inputSize: 2, outputSize: 3, activation: tanh) (parameters [[2, 3], [3]]), with Dense(inputSize: 2, outputSize: 4") == true)
        #expect(message(harness, "model[1] = 3")?.contains("cannot assign value of type 'Int' to a layer") == true)
        #expect(message(harness, "model[5] = model[0]")?.contains("layer index 5 is out of range") == true)
        #expect(try text(harness, "model[0].bias.scalars") == "[0.0, 0.0, 0.0]")
    }

    @Test func anOptimizersLearningRateIsSetThroughALet() throws {
        let harness = PreludeHarness()
        _ = try harness.run("var model = Sequential { Dense(inputSize: 2, outputSize: 1) }\nlet optimizer = Adam(for: model, learningRate: 0.01)\nlet same = optimizer").get()
        _ = try harness.run("optimizer.learningRate = 0.001").get()
        #expect(try text(harness, "same.learningRate") == "0.001")
        #expect(message(harness, "optimizer.learningRate = -1")?.contains("invalid 'learningRate'") == true)
        #expect(message(harness, "optimizer.learningRate = \"fast\"")?.contains("cannot assign value of type 'String'") == true)
        #expect(try text(harness, "optimizer.learningRate") == "0.001")
    }
}

#if DEBUG
private let isUnoptimizedBuild = true
#else
private let isUnoptimizedBuild = false
#endif

/// `t[i] = v` in a loop is O(1) per write when the tensor is not shared: the storage stays where it is, and four
/// times the writes take about four times as long (a copy per write would take sixteen times as long; the bound of
/// eight leaves room for a loaded machine). Optimised builds only (a debug build keeps extra
/// temporaries alive, so values look shared and writes copy); times are the cell thread's CPU time, the fastest of
/// five runs, small and large alternating (CellCPUClock).
@Suite(.disabled(if: isUnoptimizedBuild, "timings need an optimised build")) struct TensorWriteScalingTests {
    static let forms: [(name: String, setup: String, work: String)] = [
        ("t[i] = v", "var t = Tensor(zeros: [N])", "for i in 0..<N { t[i] = Double(i) }"),
        ("t[i, j] += v", "var t = Tensor(zeros: [N / 100, 100])", "for i in 0..<N { t[i / 100, i % 100] += 1 }"),
        ("t[i] = row", "var t = Tensor(zeros: [N, 2])\nlet row = Tensor([1, 2])", "for i in 0..<N { t[i] = row }"),
        ("in a function", "func fill(_ n: Int) -> Double { var t = Tensor(zeros: [n]); for i in 0..<n { t[i] = 1 }; return t.sum().scalarized() }",
         "_ = fill(N)"),
    ]

    static func seconds(_ setup: String, _ work: String, _ n: Int) -> Double {
        let harness = PreludeHarness()
        guard case .success = harness.run(setup.replacingN(n)) else { return .infinity }
        return CellCPUClock.seconds(on: harness.interpreter) {
            if case .success = harness.run(work.replacingN(n)) { return true }
            return false
        }
    }

    @Test(arguments: forms.map(\.name))
    func fourTimesTheWritesTakeAboutFourTimesAsLong(_ name: String) {
        guard let form = Self.forms.first(where: { $0.name == name }) else { return }
        let (small, large) = CellCPUClock.fastest(small: 25_000, large: 100_000) { Self.seconds(form.setup, form.work, $0) }
        #expect(small.isFinite && large.isFinite, "\(name): the cells ran")
        #expect(large / small < 8, "\(name): 25 000 writes \(small) s, 100 000 writes \(large) s of CPU")
    }

    /// The address of the storage of the tensor in the variable `name`.
    private func storage(_ harness: PreludeHarness, _ name: String) -> UnsafeRawPointer? {
        guard case .value(.native(let object as TensorValue)?) = harness.interpreter.run(name, cell: 1000) else { return nil }
        return object.tensor.scalars.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func writesToAnUnsharedTensorKeepItsStorage() throws {
        let harness = PreludeHarness()
        _ = try harness.run("var t = Tensor(zeros: [100, 100])\nfor i in 0..<100 { t[i, i] = 1 }").get()
        let before = try #require(storage(harness, "t"))
        _ = try harness.run("for i in 0..<100 { t[i, 0] = 2; t[i] += 1 }\nt[0..<2] = Tensor(ones: [2, 100])").get()
        let after = try #require(storage(harness, "t"))
        #expect(before == after)
        _ = try harness.run("let copy = t\nt[0, 0] = 5").get()
        #expect(try #require(storage(harness, "t")) != after)
        #expect(try #require(storage(harness, "copy")) == after)
    }
}

private extension String {
    func replacingN(_ n: Int) -> String {
        split(separator: "N", omittingEmptySubsequences: false).joined(separator: String(n))
    }
}
