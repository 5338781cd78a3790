import Testing
@testable import Learn

/// The epoch's mean gradient and its finiteness check.
@Suite struct GradientMeanTests {
    func gradients(_ values: [Double]) -> ModelGradients {
        ModelGradients(layers: [[Tensor(uncheckedShape: [values.count], scalars: values)]])
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, -Double.nan])
    func anyNonFiniteValueIsReported(bad: Double) {
        var mean = GradientMean()
        let good = mean.add(gradients([1, 2, 3, 4, 5]))
        let poisoned = mean.add(gradients([1, 2, bad, 4, 5]))
        #expect(good && !poisoned)
    }

    @Test func extremeFiniteValuesAreFinite() {
        var mean = GradientMean()
        let finite = mean.add(gradients([.greatestFiniteMagnitude, -.greatestFiniteMagnitude, -0.0, .leastNonzeroMagnitude, 0]))
        #expect(finite)
    }

    @Test func meanIsOverTheStepsSinceTheLastTake() {
        var mean = GradientMean()
        _ = mean.add(gradients([1, 2]))
        _ = mean.add(gradients([3, 6]))
        let first = mean.takeMean()
        _ = mean.add(gradients([5, 1]))
        let second = mean.takeMean()
        #expect(first.first?.first?.scalars == [2, 4])
        #expect(second.first?.first?.scalars == [5, 1])
    }
}
