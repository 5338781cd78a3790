// The larger workloads of learn-bench, each run alone in its own process so its peak
// resident memory (VmHWM) is its own:
//   --mnist-mlp: the seed's Keras example of ../shared/anchors/mnist_mlp_torch.py — a
//     784-64-64-10 ReLU MLP, Adam 0.001, batch 32, 5 epochs on 60,000 MNIST-shaped rows (the
//     8×8 digits upscaled to 28×28 as the anchor does, tiled, with seeded noise of σ 0.05);
//   --csv-load PATH: Dataset(csv:label:) on a file (bench/train writes one of 60,000 × 785);
//   --history-memory: a 2M-parameter model trained 100 epochs (its History's snapshots).
import Foundation
import Learn

/// Peak resident memory of this process so far, in bytes (VmHWM of /proc/self/status).
func peakResidentBytes() -> Int {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
}

/// The anchor's data: each 8 × 8 digit upscaled to 28 × 28 (3 × 3 blocks, 2 pixels of zeros
/// around) as a row of 784, tiled to `rows` rows, plus normal noise of σ 0.05.
func mnistShaped(rows: Int) throws -> Dataset {
    let digits = try Dataset.digits
    let n = digits.count
    var scalars = [Double](repeating: 0, count: rows * 784)
    var labels = [Double](repeating: 0, count: rows)
    let pixels = digits.features.scalars
    Learn.seed(0)
    let noise = try Tensor(randomNormal: [rows * 784]).scalars
    for row in 0..<rows {
        let image = row % n
        labels[row] = digits.labels.scalars[image]
        for y in 0..<24 {
            for x in 0..<24 {
                scalars[row * 784 + (y + 2) * 28 + (x + 2)] = pixels[image * 64 + (y / 3) * 8 + x / 3]
            }
        }
    }
    for i in scalars.indices { scalars[i] += 0.05 * noise[i] }
    return try Dataset(features: Tensor(shape: [rows, 784], scalars: scalars), labels: Tensor(labels), classNames: digits.classNames)
}

/// Trains the MNIST-shaped MLP `reps` times; prints the median training time and accuracy.
func runMNISTMLP(reps: Int) throws {
    let data = try mnistShaped(rows: 60_000)
    var times: [Double] = [], accuracies: [Double] = []
    var steps = 0
    for _ in 0..<reps {
        Learn.seed(0)
        var model = try Sequential {
            try Dense(inputSize: 784, outputSize: 64, activation: .relu)
            try Dense(inputSize: 64, outputSize: 64, activation: .relu)
            try Dense(inputSize: 64, outputSize: 10)
        }
        let optimizer = try Adam(for: model, learningRate: 0.001)
        steps = 0
        times.append(try seconds {
            _ = try model.fit(data, epochs: 5, batchSize: 32, optimizer: optimizer, progress: { if !$0.isEpochEnd { steps += 1 } })
        })
        accuracies.append(try model.evaluate(data).accuracy)
    }
    let time = median(times)
    print(String(format: "mnist_mlp_seconds %.4f", time))
    print(String(format: "mnist_mlp_step_us %.1f", time / Double(max(steps, 1)) * 1e6))
    print(String(format: "mnist_mlp_accuracy %.4f", median(accuracies)))
}

/// Loads the CSV at `path` (label column "label"); prints the time and the peak memory.
func runCSVLoad(path: String) throws {
    let before = peakResidentBytes()
    var data: Dataset?
    let time = try seconds { data = try Dataset(csv: path, label: "label") }
    let numbers = (data?.features.scalarCount ?? 0) + (data?.count ?? 0)
    print(String(format: "csv_seconds %.4f", time))
    print("csv_rows \(data?.count ?? 0)")
    print("csv_doubles_bytes \(numbers * 8)")
    print("csv_peak_bytes \(peakResidentBytes() - before)")
}

/// Trains a 2,000,000-parameter model (Dense 1000 → 2000) 100 epochs on 32 rows; prints the
/// snapshots kept and the peak memory.
func runHistoryMemory() throws {
    Learn.seed(1)
    let before = peakResidentBytes()
    let data = try Dataset(features: Tensor(randomNormal: [32, 1000]), labels: Tensor((0..<32).map { Double($0 % 2) }))
    var model = try Sequential { try Dense(inputSize: 1000, outputSize: 2000, activation: .relu); try Dense(inputSize: 2000, outputSize: 2) }
    let history = try model.fit(data, epochs: 100, batchSize: 32, optimizer: SGD(for: model, learningRate: 0.01))
    print("history_parameters \(model.parameterCount)")
    print("history_snapshots \(history.snapshotEpochs.count)")
    print("history_peak_bytes \(peakResidentBytes() - before)")
    print("history_process_peak_bytes \(peakResidentBytes())")
}

/// Writes an MNIST-style CSV (Kaggle's layout: `label,pixel0,…,pixel783`, whole numbers 0…255)
/// of `rows` rows of the upscaled digits to `path`.
func writeMNISTCSV(path: String, rows: Int) throws {
    let data = try mnistShaped(rows: min(rows, 1797))
    guard let file = FileHandle(forWritingAtPath: path) ?? {
        FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
    }() else { throw LearnError.unreadableFile(path: path, reason: "cannot be written") }
    defer { try? file.close() }
    try file.truncate(atOffset: 0)
    var text = "label," + (0..<784).map { "pixel\($0)" }.joined(separator: ",") + "\n"
    let pixels = data.features.scalars, labels = data.labels.scalars
    for row in 0..<rows {
        let image = row % data.count
        text += String(Int(labels[image]))
        for i in 0..<784 { text += "," + String(Int((min(max(pixels[image * 784 + i], 0), 1) * 255).rounded())) }
        text += "\n"
        if text.utf8.count > 1 << 20 || row == rows - 1 {
            try file.write(contentsOf: Array(text.utf8))
            text = ""
        }
    }
}
