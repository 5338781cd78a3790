import Testing
import Prelude
import Script

/// Differentiation of cell closures (user functions, control flow) against finite differences.
@Suite struct LearnGradientTests {
    private func doubles(_ harness: PreludeHarness, _ source: String) throws -> [Double] {
        let text = try #require(try harness.run(source).get()?.plainText)
        return text.trimmingCharacters(in: ["[", "]"]).split(separator: ",").compactMap {
            Double($0.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func tensorGradientOfAUserFunctionWithControlFlowMatchesFiniteDifferences() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            func f(_ x: Tensor) -> Tensor {
                var y = x * x
                for _ in 0..<2 { y = y + sigmoid(x) }
                if true { y = y * 0.5 }
                return y.sum()
            }
            let x = Tensor([0.3, -1.2, 2.0])
            """).get()
        let gradient = try doubles(harness, "gradient(at: x) { x in f(x) }.scalars")
        let h = 1e-5
        let numeric = try (0..<3).map { index -> Double in
            let shift = (0..<3).map { $0 == index ? "\(h)" : "0" }.joined(separator: ", ")
            let up = try doubles(harness, "[f(x + Tensor([\(shift)])).scalarized()]")[0]
            let down = try doubles(harness, "[f(x - Tensor([\(shift)])).scalarized()]")[0]
            return (up - down) / (2 * h)
        }
        #expect(gradient.count == 3)
        for (analytic, estimate) in zip(gradient, numeric) {
            #expect(abs(analytic - estimate) < 1e-6)
        }
    }

    @Test func modelGradientFromACellClosureMatchesFiniteDifferences() throws {
        let harness = PreludeHarness()
        _ = try harness.run("""
            seed(3)
            var model = Sequential { Dense(inputSize: 2, outputSize: 3) }
            let x = Tensor([[0.5, -1.0], [1.5, 0.25]])
            let y = Tensor([2, 0])
            let (loss, grads) = valueWithGradient(at: model) { m in softmaxCrossEntropy(logits: m(x), labels: y) }
            let w = model[0].weight
            let b = model[0].bias
            func lossAt(_ w: Tensor) -> Double { softmaxCrossEntropy(logits: x • w + b, labels: y).scalarized() }
            """).get()
        let analytic = try doubles(harness, "grads[0][0].scalars")
        #expect(analytic.count == 6)
        let direct = try doubles(harness, "[loss, lossAt(w)]")
        #expect(abs(direct[0] - direct[1]) < 1e-12)
        let h = 1e-5
        for index in 0..<6 {
            let shift = (0..<6).map { $0 == index ? "\(h)" : "0" }.joined(separator: ", ")
            let pair = try doubles(harness, "let d = Tensor([\(shift)]).reshaped(to: [2, 3])\n[lossAt(w + d), lossAt(w - d)]")
            #expect(abs((pair[0] - pair[1]) / (2 * h) - analytic[index]) < 1e-6)
        }
    }

    @Test func gradientErrorsAreClear() {
        let harness = PreludeHarness()
        guard case .failure(let error) = harness.run("gradient(at: Tensor([1, 2])) { x in x * 2 }") else {
            Issue.record("a non-scalar result must be an error"); return
        }
        #expect(error.message.contains("scalar"))
        guard case .failure(let other) = harness.run("gradient(at: Tensor([1])) { x in \"text\" }") else {
            Issue.record("a String result must be an error"); return
        }
        #expect(other.message.contains("String"))
    }

    @Test func indexingSlicingAndJoiningInACellDifferentiate() throws {
        let harness = PreludeHarness()
        _ = try harness.run("let x = Tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])").get()
        #expect(try doubles(harness, "gradient(at: x) { x in x[0, 1] * 3 }.scalars") == [0, 3, 0, 0, 0, 0])
        #expect(try doubles(harness, "gradient(at: x) { x in (x[1] * x[1]).sum() }.scalars") == [0, 0, 0, 8, 10, 12])
        #expect(try doubles(harness, "gradient(at: x) { x in x[0..<1, 1..<3].sum() }.scalars") == [0, 1, 1, 0, 0, 0])
        #expect(try doubles(harness, "gradient(at: x) { x in Tensor([x[0, 0], x[1, 2] * 2]).sum() }.scalars") == [1, 0, 0, 0, 0, 2])
        #expect(try doubles(harness, "gradient(at: x) { x in (x * (x .> 2.5)).sum() }.scalars") == [0, 0, 1, 1, 1, 1])
        #expect(try doubles(harness, """
            gradient(at: x) { x in
                let wide = x.padded(forSizes: [(0, 0), (1, 1)]).concatenated(with: x * 2, alongAxis: 1)
                return Tensor(stacking: [wide, wide], alongAxis: 0).expandingShape(at: 0).squeezingShape(at: 0).sum()
            }.scalars
            """) == [6, 6, 6, 6, 6, 6])
        #expect(try doubles(harness, "x[1]") == [4, 5, 6])
        #expect(try harness.run("x[1, 2]").get()?.plainText == "6.0")
    }

    @Test func aResultReachedOnlyWithoutAGradientIsAnError() throws {
        let harness = PreludeHarness()
        _ = try harness.run("let x = Tensor([[1.0, 2.0], [3.0, 4.0]])").get()
        for (source, operation) in [("gradient(at: x) { x in Tensor(x.scalars).sum() }", "scalars"),
                                    ("gradient(at: x) { x in x.sum().scalarized() * 2 }", "scalarized"),
                                    ("gradient(at: x) { x in x.argmax(squeezingAxis: 1).sum() }", "argmax"),
                                    ("gradient(at: x) { x in (x .>= 2).sum() }", ".>=")] {
            guard case .failure(let error) = harness.run(source) else {
                Issue.record("\(source) must be an error"); continue
            }
            #expect(error.message == "'\(operation)' is not differentiable", "\(source)")
        }
        #expect(try doubles(harness, "gradient(at: x) { x in x.sum() * Double(x.scalars.count) }.scalars") == [4, 4, 4, 4])
    }
}
