import Learn
import Script

/// `Dataset.mnist(directory:split:)` and `Dataset(imagesIn:size:grayscale:)` (LANGUAGE.md section 9, images).
enum ImageDatasetConstructors {
    static func imagesIn(_ context: LearnContext) -> Builtin {
        Builtin("Dataset", [
            Parameter("imagesIn", "directory", type: "String"),
            Parameter("size", type: "(Int, Int)", default: .init("(28, 28)") { .tuple(TupleValue(elements: [.int(28), .int(28)])) }),
            Parameter("grayscale", type: "Bool", default: .init("false") { .bool(false) }),
        ], returns: "Dataset", doc: "PNG images from one sub-folder per class, resized to size (height, width), scaled to 0…1.") {
            arguments throws(ScriptError) in
            let directory = try arguments.string(0)
            let size = try ImageLayerConstructors.sizes(arguments, 1, count: 2)
            let grayscale = try arguments.bool(2)
            return .native(DatasetValue(try LearnBridge.run {
                try Dataset(imagesIn: directory, size: (size[0], size[1]), grayscale: grayscale)
            }, context: context))
        }
    }

    static func mnist(_ context: LearnContext) -> [Builtin] {
        [Builtin("mnist", [
            Parameter("directory", type: "String"),
            Parameter("split", type: "MNISTSplit", default: .init(".train") { .symbol("train") }),
        ], returns: "Dataset", doc: "The MNIST (or Fashion-MNIST) IDX files in a folder, gzipped or not: images [n, 28, 28, 1].") {
            arguments throws(ScriptError) in
            let directory = try arguments.string(0)
            let name = try ChartArguments.choice(arguments, 1, among: Dataset.MNISTSplit.allCases.map(\.rawValue))
            let split = Dataset.MNISTSplit(rawValue: name) ?? .train
            return .native(DatasetValue(try LearnBridge.run { try Dataset.mnist(directory: directory, split: split) }, context: context))
        }]
    }

    /// `data.resized(to: (28, 28))`: the images resized (bilinear, as Pillow).
    static func resized(_ dataset: Dataset, wrap: @escaping (Dataset) -> Value) -> Builtin {
        Builtin("resized", [Parameter("to", "size", type: "(Int, Int)")], returns: "Dataset",
                doc: "The images resized to (height, width) with a bilinear filter.") { arguments throws(ScriptError) in
            let size = try ImageLayerConstructors.sizes(arguments, 0, count: 2)
            return wrap(try LearnBridge.run { try dataset.resized(to: (size[0], size[1])) })
        }
    }
}
