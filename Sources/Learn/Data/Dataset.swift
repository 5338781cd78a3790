/// Examples for training: `features` `[n, d]` (or images `[n, height, width,
/// channels]`, any rank from 2), `labels` `[n]` (class indices or regression
/// targets), the names of classes and of features.
public struct Dataset: Sendable, Equatable {
    /// What the labels are.
    public enum Task: String, Sendable {
        /// Class indices `0..<classNames.count`.
        case classification
        /// Real-valued targets.
        case regression
    }

    /// Whole-number labels up to this are read as classes when the task is not given.
    public static let maximumInferredClassCount = 10_000

    public let features: Tensor
    public let labels: Tensor
    /// Class names by index; empty for regression targets.
    public let classNames: [String]
    public let featureNames: [String]
    /// Whether the labels are class indices or regression targets.
    public let task: Task

    /// Checks that features are `[n, d]` and labels `[n]` (missing feature
    /// names become `x1`, `x2`, …). The labels are class indices when `task` says so or
    /// `classNames` are given, or — without either — when they are all whole numbers from 0 to
    /// `maximumInferredClassCount − 1`; the class count is then the largest label + 1 and the
    /// classes are named "0", "1", …. Other labels are regression targets.
    public init(features: Tensor, labels: Tensor, classNames: [String] = [], featureNames: [String] = [],
                task: Task? = nil) throws {
        guard features.rank >= 2 else {
            throw LearnError.invalidArgument(name: "features", reason: "expected shape [examples, features] or [examples, height, width, channels], got \(features.shape)")
        }
        guard labels.rank == 1, labels.scalarCount == features.shape[0] else {
            throw LearnError.invalidArgument(name: "labels", reason: "expected shape [\(features.shape[0])], got \(labels.shape)")
        }
        let names = try Self.classNames(classNames, for: labels, task: task)
        let width = features.rank == 2 ? features.shape[1] : 0
        guard featureNames.isEmpty || featureNames.count == width else {
            throw LearnError.invalidArgument(name: "featureNames", reason: "\(featureNames.count) names for \(width) features")
        }
        self.features = features.detached
        self.labels = labels.detached
        self.classNames = names
        self.task = task ?? (names.isEmpty ? .regression : .classification)
        self.featureNames = featureNames.isEmpty ? (1...max(width, 1)).prefix(width).map { "x\($0)" } : featureNames
    }

    /// True when the labels are class indices.
    public var isClassification: Bool { task == .classification }

    /// The number of examples.
    public var count: Int { features.shape[0] }

    /// The number of features per example (all of an image's scalars).
    public var featureCount: Int { exampleShape.reduce(1, *) }

    /// One example's shape: `[d]`, or `[height, width, channels]` for images.
    public var exampleShape: [Int] { Array(features.shape.dropFirst()) }
    /// The class names of `labels` for `task` (empty for regression), checking the labels.
    private static func classNames(_ given: [String], for labels: Tensor, task: Task?) throws -> [String] {
        switch task {
        case .regression?:
            guard given.isEmpty else {
                throw LearnError.invalidArgument(name: "classNames", reason: "a regression dataset has no classes")
            }
            return []
        case .classification?, nil:
            if !given.isEmpty {
                _ = try classIndices(labels, classes: given.count)
                return given
            }
            let limit = Double(maximumInferredClassCount)
            let largest = labels.scalars.max() ?? -1
            let wholeNumbers = labels.scalars.allSatisfy { $0 >= 0 && $0 < limit && $0 == $0.rounded() }
            if task == nil, !wholeNumbers { return [] }
            _ = try classIndices(labels, classes: maximumInferredClassCount)
            return (0..<(Int(largest) + 1)).map(String.init)
        }
    }

    /// The number of classes: the class names, or else one more than the largest label.
    public var classCount: Int {
        if !classNames.isEmpty { return classNames.count }
        return Int((labels.scalars.max() ?? -1) + 1)
    }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) throws -> Dataset {
        try Dataset(features: features.gathering(rows: indices), labels: labels.gathering(rows: indices),
                    classNames: classNames, featureNames: featureNames, task: task)
    }

    /// A shuffled split: the first `ratio` of the examples for training, the rest for testing.
    public func split(ratio: Double, seed: Int? = nil) throws -> (train: Dataset, test: Dataset) {
        guard ratio.isFinite, ratio > 0, ratio < 1 else {
            throw LearnError.invalidArgument(name: "ratio", reason: "must be between 0 and 1 (exclusive), got \(Tensor.format(ratio))")
        }
        var random = RandomState.seeded(seed)
        let order = random.permutation(count)
        let cut = Int((Double(count) * ratio).rounded())
        return (try subset(Array(order[..<cut])), try subset(Array(order[cut...])))
    }

    /// Consecutive batches of `size` examples (the last may be smaller).
    public func batches(size: Int) throws -> [Dataset] {
        guard size > 0 else {
            throw LearnError.invalidArgument(name: "size", reason: "a batch size must be positive, got \(size)")
        }
        return try stride(from: 0, to: count, by: size).map { start in
            try subset(Array(start..<min(start + size, count)))
        }
    }

    /// Features shifted and scaled to mean 0 and standard deviation 1 per
    /// column (constant columns are only shifted).
    public func standardized() throws -> Dataset {
        guard count > 0 else { throw LearnError.emptyDataset("data") }
        let mean = try features.mean(alongAxes: 0)
        let std = try features.std(alongAxes: 0)
        let safeStd = Tensor(uncheckedShape: std.shape, scalars: std.scalars.map { $0 > 0 ? $0 : 1 })
        return try Dataset(features: (features - mean) / safeStd, labels: labels,
                           classNames: classNames, featureNames: featureNames, task: task)
    }
}

extension RandomState {
    /// A generator from `seed`, or from the next value of the global generator when `seed` is nil.
    static func seeded(_ seed: Int?) -> RandomState {
        if let seed { return RandomState(seed: UInt64(bitPattern: Int64(seed))) }
        return RandomState(seed: RandomState.withGlobal { $0.next() })
    }
}
