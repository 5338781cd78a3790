import Testing
import Prelude
import Script

/// Tensors from cells: constructors, members, operators, subscripts, errors and display.
@Suite struct LearnTensorTests {
    /// The text/plain of a cell's result.
    private func text(_ harness: PreludeHarness, _ source: String) throws -> String? {
        try harness.run(source).get()?.plainText
    }

    @Test func constructorsAndMembers() throws {
        let harness = PreludeHarness()
        #expect(try text(harness, "Tensor([[1, 2], [3, 4]]).shape") == "[2, 2]")
        #expect(try text(harness, "Tensor(zeros: [2, 3]).scalarCount") == "6")
        #expect(try text(harness, "Tensor(ones: [2, 3]).sum()") == "6.0")
        #expect(try text(harness, "Tensor(linspace: 0, 1, count: 5).scalars") == "[0.0, 0.25, 0.5, 0.75, 1.0]")
        #expect(try text(harness, "Tensor(randomNormal: [3, 4]).rank") == "2")
        #expect(try text(harness, "Tensor([1, 2, 3]).reshaped(to: [3, 1]).shape") == "[3, 1]")
        #expect(try text(harness, "Tensor([[1, 2, 3], [4, 5, 6]]).transposed().shape") == "[3, 2]")
        #expect(try text(harness, "Tensor([[1, 2], [3, 4]]).flattened().scalars") == "[1.0, 2.0, 3.0, 4.0]")
    }

    /// Array slices make tensors as arrays do (they keep their parent's indices, not their elements' order).
    @Test func slicesMakeTensors() throws {
        let harness = PreludeHarness()
        _ = try harness.run("let xs = [1.0, 2, 3, 4, 5]\nlet rows = [[1.0, 2], [3, 4], [5, 6]]").get()
        #expect(try text(harness, "Tensor(xs.prefix(3)).scalars") == "[1.0, 2.0, 3.0]")
        #expect(try text(harness, "Tensor(xs[2...]).shape") == "[3]")
        #expect(try text(harness, "Tensor(rows.dropFirst()).shape") == "[2, 2]")
        #expect(try text(harness, "Tensor([xs.prefix(2), xs.suffix(2)]).scalars") == "[1.0, 2.0, 4.0, 5.0]")
        #expect(try text(harness, "Tensor(stacking: [Tensor(xs.prefix(2)), Tensor([7, 8])]).shape") == "[2, 2]")
    }

    @Test func reductionsAndArgmax() throws {
        let harness = PreludeHarness()
        _ = try harness.run("let t = Tensor([[1, 5], [3, 2]])").get()
        #expect(try text(harness, "t.sum(alongAxes: 0).scalars") == "[4.0, 7.0]")
        #expect(try text(harness, "t.sum(alongAxes: 0).shape") == "[1, 2]")
        #expect(try text(harness, "t.mean(squeezingAxes: 1).scalars") == "[3.0, 2.5]")
        #expect(try text(harness, "t.max().scalarized()") == "5.0")
        #expect(try text(harness, "t.min().scalarized()") == "1.0")
        #expect(try text(harness, "Tensor([2, 4, 4, 4, 5, 5, 7, 9]).std().scalarized()") == "2.0")
        #expect(try text(harness, "t.argmax(squeezingAxis: 1).scalars") == "[1.0, 0.0]")
    }

    @Test func broadcastingOperatorsWithScalarsOnBothSides() throws {
        let harness = PreludeHarness()
        _ = try harness.run("let a = Tensor([[1, 2], [3, 4]])\nlet b = Tensor([10, 20])").get()
        #expect(try text(harness, "(a + b).scalars") == "[11.0, 22.0, 13.0, 24.0]")
        #expect(try text(harness, "(a * 2).scalars") == "[2.0, 4.0, 6.0, 8.0]")
        #expect(try text(harness, "(1 - a).scalars") == "[0.0, -1.0, -2.0, -3.0]")
        #expect(try text(harness, "(a / 2.0).scalars") == "[0.5, 1.0, 1.5, 2.0]")
        #expect(try text(harness, "(-a).scalars") == "[-1.0, -2.0, -3.0, -4.0]")
        #expect(try text(harness, "matmul(a, a).scalars") == "[7.0, 10.0, 15.0, 22.0]")
        #expect(try text(harness, "(a • a).scalars") == "[7.0, 10.0, 15.0, 22.0]")
        #expect(try text(harness, "a == Tensor([[1, 2], [3, 4]])") == "true")
    }

    @Test func activationsAreFunctionsUsableAnywhere() throws {
        let harness = PreludeHarness()
        #expect(try text(harness, "relu(Tensor([-1, 2])).scalars") == "[0.0, 2.0]")
        #expect(try text(harness, "sigmoid(Tensor([0])).scalars") == "[0.5]")
        #expect(try text(harness, "tanh(Tensor([0])).scalars") == "[0.0]")
        #expect(try text(harness, "softmax(Tensor([[1, 1]])).scalars") == "[0.5, 0.5]")
        #expect(try text(harness, "let f = relu\nf(Tensor([-3])).scalars") == "[0.0]")
        #expect(try text(harness, "[Tensor([-1]), Tensor([1])].map(relu).count") == "2")
    }

    @Test func mathFunctionsApplyElementwiseToTensorsAndStayScalarOnNumbers() throws {
        let harness = PreludeHarness()
        #expect(try text(harness, "exp(Tensor([0, 1]))[1]") == "2.718281828459045")
        #expect(try text(harness, "sqrt(Tensor([4, 9])).scalars") == "[2.0, 3.0]")
        #expect(try text(harness, "abs(Tensor([-2, 3])).scalars") == "[2.0, 3.0]")
        #expect(try text(harness, "pow(Tensor([2, 3]), 2).scalars") == "[4.0, 9.0]")
        #expect(try text(harness, "log(Tensor([1])).scalars") == "[0.0]")
        let log2 = try #require(Double(try text(harness, "log2(Tensor([8]))[0]") ?? ""))
        #expect(abs(log2 - 3) < 1e-12)
        #expect(try text(harness, "floor(Tensor([1.5, -1.5])).scalars") == "[1.0, -2.0]")
        #expect(try text(harness, "ceil(Tensor([1.5])).scalars") == "[2.0]")
        #expect(try text(harness, "round(Tensor([2.5])).scalars") == "[3.0]")
        #expect(try text(harness, "sin(Tensor([0])).scalars") == "[0.0]")
        #expect(try text(harness, "cos(Tensor([0])).scalars") == "[1.0]")
        #expect(try text(harness, "sqrt(16.0)") == "4.0")
        #expect(try text(harness, "abs(-3)") == "3")
    }

    @Test func subscriptsAndSlices() throws {
        let harness = PreludeHarness()
        _ = try harness.run("let t = Tensor([[1, 2], [3, 4], [5, 6]])").get()
        #expect(try text(harness, "t[1].scalars") == "[3.0, 4.0]")
        #expect(try text(harness, "t[2, 1]") == "6.0")
        #expect(try text(harness, "t[0..<2].shape") == "[2, 2]")
        #expect(try text(harness, "t[1...2].scalars") == "[3.0, 4.0, 5.0, 6.0]")
    }

    @Test func errorsNameShapesAndArguments() {
        let harness = PreludeHarness()
        let broadcast = harness.run("Tensor(zeros: [2, 3]) + Tensor(zeros: [4])")
        #expect(broadcastMessage(broadcast)?.contains("[2, 3]") == true)
        #expect(broadcastMessage(broadcast)?.contains("[4]") == true)
        let product = broadcastMessage(harness.run("matmul(Tensor(zeros: [2, 3]), Tensor(zeros: [2, 3]))"))
        #expect(product?.contains("[2, 3]") == true)
        #expect(broadcastMessage(harness.run("Tensor([[1, 2], [3]])"))?.contains("scalars") == true)
        #expect(broadcastMessage(harness.run("Tensor([1, 2])[5]"))?.contains("5") == true)
        #expect(broadcastMessage(harness.run("Tensor(zeros: [-2])")) != nil)
        #expect(broadcastMessage(harness.run("Tensor([1, 2]).reshaped(to: [3])")) != nil)
    }

    private func broadcastMessage(_ result: Result<DisplayBundle?, ScriptError>) -> String? {
        if case .failure(let error) = result { return error.message }
        return nil
    }

    @Test func rankTwoDisplaysAsTextAndHTMLTable() throws {
        let harness = PreludeHarness()
        let bundle = try #require(try harness.run("Tensor([[1, 2], [3, 4]])").get())
        #expect(bundle.content("text/html")?.contains("<table") == true)
        #expect(bundle.plainText == "[[1.0, 2.0],\n [3.0, 4.0]]")
        let vector = try #require(try harness.run("Tensor([1, 2, 3])").get())
        #expect(vector.content("text/html") == nil)
        #expect(vector.plainText == "[1.0, 2.0, 3.0]")
        let long = try #require(try harness.run("Tensor(zeros: [10, 2])").get()?.plainText)
        #expect(long.contains("..."))
    }
}
