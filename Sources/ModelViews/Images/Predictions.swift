import Charts
import Graphics
import Learn

/// `Predictions(model, data, count: 16)`: the first images of `data`, each
/// captioned with the model's prediction (and its probability) and the
/// truth; wrong predictions are framed and captioned in the alert colour.
/// `Misclassified(model, data)`: only the wrong ones, most confident first.
/// Probabilities come from the route `ConfusionMatrix` uses, so the views agree with it.
public struct Predictions: Chart {
    public var options: ChartOptions
    let tiles: [ImageTile]
    let scale: ImageScale
    /// Wrong predictions among those shown (Predictions) or in the data (Misclassified).
    public let wrongCount: Int
    /// Images looked at: shown (Predictions) or the whole data (Misclassified).
    public let examinedCount: Int
    let emptyNote: String?

    public var imageCount: Int { tiles.count }

    public init(_ model: Sequential, _ data: Dataset, count: Int = 16, title: String? = nil,
                width: Double? = nil, height: Double? = nil) throws {
        let view = "Predictions"
        try ImageSource.checkCount(count, view: view)
        let shown = Swift.min(count, data.count)
        let subset = try Self.checked(data, view: view).prefix(shown)
        let (verdicts, names) = try Self.verdicts(model, data, rows: Array(subset), view: view)
        let wrong = verdicts.filter(\.isWrong).count
        self.init(try verdicts.map { try Self.tile(data, $0, names: names, view: view) }, wrong: wrong, examined: shown, note: nil,
                  title: title ?? "Predictions: \(shown - wrong) of \(shown) right", width: width, height: height)
    }

    init(_ tiles: [ImageTile], wrong: Int, examined: Int, note: String?, title: String, width: Double?, height: Double?) {
        self.tiles = tiles
        wrongCount = wrong
        examinedCount = examined
        emptyNote = note
        scale = ImageScale.intensity(of: tiles.flatMap(\.values))
        options = ChartOptions(title: title, width: width ?? ChartOptions.defaultWidth, height: height ?? ChartOptions.defaultHeight)
    }

    /// The model's verdict on one example.
    struct Verdict {
        let row: Int
        let predicted: Int
        let truth: Int
        let probability: Double
        var isWrong: Bool { predicted != truth }
    }

    /// The rows of `data` that can be shown (all of them), after checking it holds images with class labels.
    static func checked(_ data: Dataset, view: String) throws -> Range<Int> {
        guard data.count > 0 else { throw ModelViewError.empty(view: view, argument: "data", expected: "at least one image") }
        _ = try ImageSource.imageShape(data.exampleShape, view: view, argument: "data")
        _ = try ClassData.labels(data, view: view)
        return 0..<data.count
    }

    /// The verdicts on `rows` of `data` and the class names.
    static func verdicts(_ model: Sequential, _ data: Dataset, rows: [Int], view: String) throws -> ([Verdict], [String]) {
        let classes = try ClassData.labels(data, view: view)
        let features = rows.count == data.count ? data.features : try data.features.gathering(rows: rows)
        let probabilities = try ClassData.probabilities(model, features, for: data, view: view)
        let names = classes.names + (classes.names.count..<Swift.max(classes.names.count, probabilities.classes)).map { "class \($0)" }
        let verdicts = rows.enumerated().map { position, row in
            let (predicted, probability) = probabilities.predicted(position)
            return Verdict(row: row, predicted: predicted, truth: classes.indices[row], probability: probability)
        }
        return (verdicts, names)
    }

    /// The image of `verdict` captioned with prediction, probability and truth, marked when wrong.
    static func tile(_ data: Dataset, _ verdict: Verdict, names: [String], view: String) throws -> ImageTile {
        let shape = try ImageSource.imageShape(data.exampleShape, view: view, argument: "data")
        var tile = ImageSource.tile(data.features, index: verdict.row, shape: shape)
        tile.caption = ["\(names[verdict.predicted]) · \(LossText.percent(verdict.probability))", "true \(names[verdict.truth])"]
        tile.isMarked = verdict.isWrong
        return tile
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        var grid = ImageTileGrid(tiles: tiles, scale: scale, options: options)
        grid.note = emptyNote
        return grid.nodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        ImageTileText.render(tiles, scale: scale, title: options.title, columns: columns, notes: emptyNote.map { [$0] } ?? [])
    }
}

/// `Misclassified(model, data, count: 16)`: the images the model gets wrong,
/// the most confident mistakes first (a `Predictions` view of them).
public enum Misclassified {
    public static func view(_ model: Sequential, _ data: Dataset, count: Int = 16, title: String? = nil,
                            width: Double? = nil, height: Double? = nil) throws -> Predictions {
        let view = "Misclassified"
        try ImageSource.checkCount(count, view: view)
        let rows = try Predictions.checked(data, view: view)
        let (verdicts, names) = try Predictions.verdicts(model, data, rows: Array(rows), view: view)
        let wrong = verdicts.filter(\.isWrong).sorted { $0.probability > $1.probability }
        let share = LossText.percent(Double(wrong.count) / Double(data.count))
        let heading = title ?? "Misclassified: \(wrong.count) of \(Count.text(data.count)) images (\(share))"
        let note = wrong.isEmpty ? "Every image is classified correctly." : (wrong.count > count ? "The \(count) most confident mistakes of \(wrong.count)." : nil)
        let tiles = try wrong.prefix(count).map { try Predictions.tile(data, $0, names: names, view: view) }
        return Predictions(tiles, wrong: wrong.count, examined: data.count, note: note,
                           title: heading, width: width, height: height)
    }
}
