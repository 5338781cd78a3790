// Trains the 2-64-64-3 ReLU MLP of ../shared/anchors/mlp_numpy.py on the
// 3 000-point, 3-class spiral (20 epochs, batch 32, SGD 0.1) two ways — with
// `fit`, and with a hand-written valueWithGradient + update loop — and prints
// the median wall time of each and the final training accuracy — and how much
// resident memory grows per epoch of `fit` (its history included).
// Usage: learn-bench [--reps N] [--cpu-time] [--fit-only]
//        learn-bench --mnist-mlp [--reps N] | --csv-load PATH | --write-csv PATH | --history-memory
//        (the workloads of Workloads.swift)
import Foundation
import Learn

func makeModel() throws -> Sequential {
    Learn.seed(42)
    return try Sequential {
        try Dense(inputSize: 2, outputSize: 64, activation: .relu)
        try Dense(inputSize: 64, outputSize: 64, activation: .relu)
        try Dense(inputSize: 64, outputSize: 3)
    }
}

/// Wall-clock seconds of `body`, or CPU seconds of this thread with `--cpu-time`
/// (steadier on a busy machine).
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let useCPUTime = CommandLine.arguments.contains("--cpu-time")
    func now() -> Double {
        if useCPUTime {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
        }
        return Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

func trainWithFit(_ data: Dataset) throws -> (Double, Double) {
    var model = try makeModel()
    let optimizer = try SGD(for: model, learningRate: 0.1)
    let time = try seconds { _ = try model.fit(data, epochs: 20, batchSize: 32, optimizer: optimizer) }
    return (time, try model.evaluate(data).accuracy)
}

/// Resident memory of this process in bytes (from /proc/self/statm).
func residentBytes() -> Int {
    let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

/// The growth of resident memory per epoch of a 20-epoch `fit`, between the
/// ends of epochs 5 and 20 (the weight and gradient snapshots its history
/// keeps, about 74 kB per epoch for this model, included).
func fitMemoryGrowthPerEpoch(_ data: Dataset) throws -> Int {
    var model = try makeModel()
    let optimizer = try SGD(for: model, learningRate: 0.1)
    var residentAtEpoch: [Int: Int] = [:]
    residentAtEpoch.reserveCapacity(32)
    _ = try model.fit(data, epochs: 20, batchSize: 32, optimizer: optimizer,
                      progress: { if $0.isEpochEnd { residentAtEpoch[$0.epoch] = residentBytes() } })
    return ((residentAtEpoch[20] ?? 0) - (residentAtEpoch[5] ?? 0)) / 15
}

func trainByHand(_ data: Dataset) throws -> (Double, Double) {
    var model = try makeModel()
    let optimizer = try SGD(for: model, learningRate: 0.1)
    let time = try seconds {
        for _ in 0..<20 {
            let order = RandomState.withGlobal { $0.permutation(data.count) }
            for start in stride(from: 0, to: data.count, by: 32) {
                let rows = Array(order[start..<min(start + 32, data.count)])
                let x = try data.features.gathering(rows: rows)
                let y = try data.labels.gathering(rows: rows)
                let (_, grads) = try valueWithGradient(at: model) { m in
                    try softmaxCrossEntropy(logits: m(x), labels: y)
                }
                try optimizer.update(&model, along: grads)
            }
        }
    }
    return (time, try model.evaluate(data).accuracy)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

var reps = 5
if let flag = CommandLine.arguments.firstIndex(of: "--reps"), flag + 1 < CommandLine.arguments.count {
    reps = max(1, Int(CommandLine.arguments[flag + 1]) ?? reps)
}
/// Runs one of the workloads of Workloads.swift and exits.
func runWorkload(_ body: () throws -> Void) -> Never {
    do {
        try body()
        exit(0)
    } catch {
        FileHandle.standardError.write("learn-bench: \(error)\n".data(using: .utf8) ?? Data())
        exit(1)
    }
}

/// The value after `flag` on the command line, if any.
func argument(after flag: String) -> String? {
    guard let index = CommandLine.arguments.firstIndex(of: flag), index + 1 < CommandLine.arguments.count else { return nil }
    return CommandLine.arguments[index + 1]
}

if CommandLine.arguments.contains("--mnist-mlp") { runWorkload { try runMNISTMLP(reps: reps) } }
if let path = argument(after: "--csv-load") { runWorkload { try runCSVLoad(path: path) } }
if let path = argument(after: "--write-csv") { runWorkload { try writeMNISTCSV(path: path, rows: 60_000) } }
if CommandLine.arguments.contains("--history-memory") { runWorkload(runHistoryMemory) }
do {
    let data = try Dataset.spirals(count: 3000, classes: 3, noise: 0.2, seed: 0)
    var fitRuns: [(Double, Double)] = []
    var handRuns: [(Double, Double)] = []
    for _ in 0..<reps {
        fitRuns.append(try trainWithFit(data))
        if !CommandLine.arguments.contains("--fit-only") { handRuns.append(try trainByHand(data)) }
    }
    print(String(format: "fit_seconds %.4f", median(fitRuns.map(\.0))))
    print(String(format: "fit_accuracy %.4f", fitRuns.last?.1 ?? 0))
    print("fit_memory_growth_bytes_per_epoch \(try fitMemoryGrowthPerEpoch(data))")
    if !handRuns.isEmpty {
        print(String(format: "manual_seconds %.4f", median(handRuns.map(\.0))))
        print(String(format: "manual_accuracy %.4f", handRuns.last?.1 ?? 0))
    }
} catch {
    FileHandle.standardError.write("learn-bench: \(error)\n".data(using: .utf8) ?? Data())
    exit(1)
}
