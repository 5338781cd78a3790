import Testing
@testable import Learn

/// Issue 7 for tensors: random shapes, axes, indices and ranges fed to every
/// operation either work or throw — a trap would end the test process.
@Suite(.isolatedRandom) struct TensorFuzzTests {
    @Test func randomArgumentsNeverTrap() throws {
        var random = RandomState(seed: 2024)
        func shape() -> [Int] { (0..<random.nextIndex(below: 4)).map { _ in random.nextIndex(below: 4) } }
        func tensor() throws -> Tensor { try Tensor(randomUniform: shape()) }
        func small() -> Int { random.nextIndex(below: 9) - 4 }
        var outcomes = (succeeded: 0, threw: 0)
        func attempt(_ body: () throws -> Any) {
            do {
                _ = try body()
                outcomes.succeeded += 1
            } catch {
                #expect(!String(describing: error).isEmpty)
                outcomes.threw += 1
            }
        }
        for _ in 0..<400 {
            let a = try tensor(), b = try tensor()
            attempt { try a + b }
            attempt { try a - b }
            attempt { try a * b }
            attempt { try a / b }
            attempt { try matmul(a, b) }
            attempt { try atan2(a, b) }
            attempt { try max(a, b) }
            attempt { try a.sum(alongAxes: small()) }
            attempt { try a.mean(alongAxes: small(), small()) }
            attempt { try a.std(alongAxes: small()) }
            attempt { try a.max(squeezingAxes: small()) }
            attempt { try a.min() }
            attempt { try a.argmax(squeezingAxis: small()) }
            attempt { try a.reshaped(to: shape().map { $0 == 3 ? -1 : $0 }) }
            attempt { try a[small()] }
            attempt { try a[small(), small()] }
            let low = small()
            attempt { try a[low..<(low + random.nextIndex(below: 4))] }
            attempt { try a.gathering(rows: [small(), small()]) }
            attempt { softmax(a).description + logSoftmax(a).description + (a.htmlTable() ?? "") }
            attempt { try softmaxCrossEntropy(logits: a, labels: b) }
            attempt { try meanSquaredError(predicted: a, expected: b) }
            attempt { try sigmoidCrossEntropy(logits: a, labels: b) }
            attempt { try gradient(at: a) { try ($0 * b).sum() } }
            attempt { try gradient(at: a) { x in try matmul(x, b).mean() } }
        }
        #expect(outcomes.succeeded > 1000 && outcomes.threw > 1000)
    }

    @Test func randomModelsDataAndSettingsNeverTrap() throws {
        var random = RandomState(seed: 7)
        func pick<T>(_ values: [T]) -> T { values[random.nextIndex(below: values.count)] }
        /// Mostly `good`, now and then one of `bad`.
        func rarely<T>(_ good: T, _ bad: [T]) -> T { random.nextUniform() < 0.06 ? pick(bad) : good }
        var threw = 0
        for _ in 0..<200 {
            do {
                let features = rarely(pick([1, 2, 3]), [0])
                let hidden = rarely(pick([1, 4]), [0, -1])
                let classes = rarely(pick([2, 3, 4]), [0, 1])
                var model = try Sequential {
                    try Dense(inputSize: rarely(features, [features + 1]), outputSize: hidden, activation: pick([.relu, .tanh, .softmax]))
                    try Dropout(probability: rarely(pick([0, 0.5]), [1, -0.1, .nan]))
                    Flatten()
                    try Dense(inputSize: hidden, outputSize: classes)
                }
                let count = rarely(pick([1, 5, 12]), [0])
                var labels = (0..<count).map { _ in Double(pick([0, 1, 2])) }
                if count > 0, random.nextUniform() < 0.15 { labels[0] = pick([3, -1, 0.5]) }
                let data = try Dataset(features: Tensor(randomNormal: [count, features]), labels: Tensor(labels),
                                       classNames: rarely(["a", "b", "c", "d"], [[]]))
                let optimizer: any Optimizer
                switch random.nextIndex(below: 3) {
                case 0: optimizer = try SGD(for: model, learningRate: rarely(0.1, [.nan, -1, .infinity]), momentum: rarely(pick([0, 0.9]), [1]))
                case 1: optimizer = try Adam(for: model, learningRate: rarely(0.01, [1e300]))
                default: optimizer = try RMSProp(for: model, learningRate: 0.01)
                }
                _ = try model.fit(data, epochs: rarely(pick([0, 2]), [-1]), batchSize: rarely(pick([1, 4, 100]), [0, -3]), optimizer: optimizer,
                                  validation: pick([nil, data]))
                _ = try model.evaluate(data)
                _ = try model.predict(data.features)
                _ = model.summary()
            } catch {
                #expect(!String(describing: error).isEmpty)
                threw += 1
            }
        }
        #expect(threw > 20 && threw < 180, "\(threw) of 200 threw")
    }
}
