import Learn
import Script

/// A `Dataset` as a cell value: `features`, `labels`, `classNames`, `featureNames`, `count`,
/// `split(ratio:seed:)`, `batches(size:)`, `shuffled(seed:)`, `standardized()` (LANGUAGE.md section 9).
final class DatasetValue: NativeObject {
    let dataset: Dataset
    let context: LearnContext

    init(_ dataset: Dataset, context: LearnContext) { self.dataset = dataset; self.context = context }

    var typeName: String { "Dataset" }
    var description: String {
        let classes = dataset.classNames.isEmpty ? "" : ", classes: \(dataset.classNames)"
        let shape = dataset.features.rank > 2 ? "images: \(dataset.exampleShape)" : "features: \(dataset.featureCount)"
        return "Dataset(count: \(dataset.count), \(shape)\(classes))"
    }
    var memberNames: [String] {
        ["features", "labels", "classNames", "featureNames", "count", "split", "batches", "shuffled", "standardized", "resized"]
    }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "features": LearnBridge.value(dataset.features)
        case "labels": LearnBridge.value(dataset.labels)
        case "classNames": .array(dataset.classNames.map(Value.string))
        case "featureNames": .array(dataset.featureNames.map(Value.string))
        case "count": .int(dataset.count)
        default: nil
        }
    }

    func method(_ name: String) -> [Builtin]? {
        let (dataset, context) = (self.dataset, self.context)
        let wrap = { (data: Dataset) in Value.native(DatasetValue(data, context: context)) }
        switch name {
        case "split":
            return [Builtin("split", [Parameter("ratio", type: "Double", default: .init("0.8") { .double(0.8) }),
                                      Parameter("seed", type: "Int?", default: .nilValue)],
                            returns: "(train: Dataset, test: Dataset)", doc: "A shuffled split into train and test parts.") {
                arguments throws(ScriptError) in
                let ratio = try arguments.double(0)
                let seed = try LearnBridge.optionalInt(arguments, 1)
                let parts = try LearnBridge.seeded(context.interpreter) { try dataset.split(ratio: ratio, seed: seed) }
                return .tuple(TupleValue(elements: [wrap(parts.train), wrap(parts.test)], labels: ["train", "test"]))
            }]
        case "batches":
            return [Builtin("batches", [Parameter("size", type: "Int")], returns: "[Dataset]", doc: "Consecutive batches of at most `size` examples.") {
                arguments throws(ScriptError) in
                let size = try arguments.int(0)
                return .array(try LearnBridge.run { try dataset.batches(size: size) }.map(wrap))
            }]
        case "shuffled":
            return [Builtin("shuffled", [Parameter("seed", type: "Int?", default: .nilValue)], returns: "Dataset",
                            doc: "The examples in a random order (from the cell's generator without a seed).") {
                arguments throws(ScriptError) in
                let seed = try LearnBridge.optionalInt(arguments, 0)
                return wrap(try LearnBridge.seeded(context.interpreter) {
                    var random = seed.map { RandomState(seed: UInt64(bitPattern: Int64($0))) } ?? RandomState.global
                    return try dataset.subset(random.permutation(dataset.count))
                })
            }]
        case "standardized":
            return [Builtin("standardized", [], returns: "Dataset", doc: "Features shifted and scaled to mean 0, std 1.") {
                _ throws(ScriptError) in wrap(try LearnBridge.run { try dataset.standardized() })
            }]
        case "resized": return [ImageDatasetConstructors.resized(dataset, wrap: wrap)]
        default: return nil
        }
    }
}
