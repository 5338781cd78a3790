// Trains the digits CNN of ../shared/anchors/cnn_torch.py with Loupe's Learn:
// Conv2D(1→16, 3×3 same, relu) MaxPool2D Conv2D(16→32, 3×3 same, relu)
// MaxPool2D Flatten Dense(→10), softmax cross-entropy, SGD 0.05 momentum 0.9,
// batch 32, on the bundled digits (÷ 16) split 80/20 — or, with --size 28, the
// same digits upscaled to 28 × 28 (each pixel a 3 × 3 block, padded by 2).
// Prints the median training time of `fit` over the repetitions, the time
// per step and the test accuracy.
// Usage: cnn-bench [--size 8|28] [--epochs E] [--reps N]
import Foundation
import Learn

func option(_ name: String, _ fallback: Int) -> Int {
    guard let flag = CommandLine.arguments.firstIndex(of: name), flag + 1 < CommandLine.arguments.count else { return fallback }
    return Int(CommandLine.arguments[flag + 1]) ?? fallback
}

/// Each 8 × 8 digit as a 28 × 28 image: pixels repeated 3 × 3, then 2 pixels of zeros around.
func upscaled(_ data: Dataset) throws -> Dataset {
    let n = data.count
    var scalars = [Double](repeating: 0, count: n * 28 * 28)
    for image in 0..<n {
        for y in 0..<24 {
            for x in 0..<24 {
                scalars[image * 784 + (y + 2) * 28 + (x + 2)] = data.features.scalars[image * 64 + (y / 3) * 8 + x / 3]
            }
        }
    }
    return try Dataset(features: Tensor(shape: [n, 28, 28, 1], scalars: scalars), labels: data.labels, classNames: data.classNames)
}

func makeModel(size: Int) throws -> Sequential {
    Learn.seed(0)
    return try Sequential {
        try Conv2D(filterShape: (3, 3, 1, 16), padding: .same, activation: .relu)
        try MaxPool2D(poolSize: (2, 2), strides: (2, 2))
        try Conv2D(filterShape: (3, 3, 16, 32), padding: .same, activation: .relu)
        try MaxPool2D(poolSize: (2, 2), strides: (2, 2))
        Flatten()
        try Dense(inputSize: 32 * (size / 4) * (size / 4), outputSize: 10)
    }
}

let size = option("--size", 8), epochs = option("--epochs", 10), reps = max(1, option("--reps", 3))
do {
    let digits = size == 28 ? try upscaled(try Dataset.digits) : try Dataset.digits
    let (train, test) = try digits.split(ratio: 0.8, seed: 0)
    var times: [Double] = [], accuracies: [Double] = []
    var steps = 0
    for _ in 0..<reps {
        var model = try makeModel(size: size)
        let optimizer = try SGD(for: model, learningRate: 0.05, momentum: 0.9)
        steps = 0
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try model.fit(train, epochs: epochs, batchSize: 32, optimizer: optimizer,
                          progress: { if !$0.isEpochEnd { steps += 1 } })
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        accuracies.append(try model.evaluate(test).accuracy)
    }
    let median = times.sorted()[times.count / 2]
    print("cnn_loupe size=\(size) epochs=\(epochs) train=\(train.count) steps=\(steps)")
    print(String(format: "train_s median=%.4f min=%.4f per_step_us=%.1f test_accuracy=%.4f",
                 median, times.min() ?? 0, median / Double(max(steps, 1)) * 1e6, accuracies.sorted()[accuracies.count / 2]))
} catch {
    FileHandle.standardError.write("cnn-bench: \(error)\n".data(using: .utf8) ?? Data())
    exit(1)
}
