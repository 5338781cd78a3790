/// Reading a `Dataset` from CSV with a header row.
extension Dataset {
    /// Reads `path`: every column but `label` must hold numbers (the
    /// features); the `label` column holds class names (turned into indices
    /// in order of first appearance) or numbers: class indices when they are
    /// whole numbers (see `init(features:labels:classNames:featureNames:task:)`),
    /// regression targets otherwise; `task` decides instead when given.
    /// Errors name the file, line and column. The file is parsed as it is read, a chunk at a
    /// time; a directory, a named pipe, a device or a file over `maximumCSVBytes` is an error.
    public init(csv path: String, label: String, task: Task? = nil) throws {
        try self.init(csv: path, label: label, task: task, sizeLimit: Dataset.maximumCSVBytes)
    }

    /// The largest CSV file `init(csv:label:task:)` reads: 2 GiB.
    public static let maximumCSVBytes = 1 << 31

    init(csv path: String, label: String, task: Task?, sizeLimit: Int) throws {
        var parser = CSVTableParser(fileName: path, label: label)
        try DataFile.forEachChunk(path, limit: sizeLimit, size: { parser.expect(bytes: $0) }) { try parser.feed($0) }
        try self.init(table: parser.finish(), fileName: path, label: label, task: task)
    }

    /// Parses CSV text as `init(csv:label:)` does; `fileName` is used in errors.
    public init(csvText text: String, label: String, fileName: String = "data.csv", task: Task? = nil) throws {
        var parser = CSVTableParser(fileName: fileName, label: label)
        var text = text
        try text.withUTF8 { try parser.feed($0) }
        try self.init(table: parser.finish(), fileName: fileName, label: label, task: task)
    }

    private init(table: CSVTableParser.Table, fileName: String, label: String, task: Task?) throws {
        var featureNames = table.header
        featureNames.remove(at: table.labelColumn)
        let features = Tensor(uncheckedShape: [table.rows, featureNames.count], scalars: table.features)
        switch table.labels {
        case .numbers(let numbers):
            try self.init(features: features, labels: Tensor(numbers), featureNames: featureNames, task: task)
        case .names(let indices, let names):
            guard task != .regression else {
                throw LearnError.invalidArgument(name: "task", reason: "\(fileName): the label column '\(label)' holds names such as '\(names[0])', so it cannot be a regression target")
            }
            try self.init(features: features, labels: Tensor(indices), classNames: names, featureNames: featureNames, task: task)
        }
    }
}
