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
}
