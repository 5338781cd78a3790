import Platform

/// Reading a `Dataset` from CSV with a header row.
extension Dataset {
    /// Reads `path`: every column but `label` must hold numbers (the
    /// features); the `label` column holds class names (turned into indices
    /// in order of first appearance) or numbers: class indices when they are
    /// whole numbers (see `init(features:labels:classNames:featureNames:task:)`),
    /// regression targets otherwise; `task` decides instead when given.
    /// Errors name the file, line and column.
    public init(csv path: String, label: String, task: Task? = nil) throws {
        guard let data = FileBytes.read(path) else {
            throw LearnError.fileNotFound(path: path)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw LearnError.invalidArgument(name: "csv", reason: "\(path) is not UTF-8 text")
        }
        try self.init(csvText: text, label: label, fileName: path, task: task)
    }

    /// Parses CSV text as `init(csv:label:)` does; `fileName` is used in errors.
    public init(csvText text: String, label: String, fileName: String = "data.csv", task: Task? = nil) throws {
        let records = CSVReader.records(in: text)
        guard let header = records.first else { throw LearnError.emptyDataset(fileName) }
        guard let labelColumn = header.fields.firstIndex(of: label) else {
            throw LearnError.missingColumn(file: fileName, column: label)
        }
        let rows = records.dropFirst()
        guard !rows.isEmpty else { throw LearnError.emptyDataset(fileName) }
        var features: [Double] = []
        var labelTexts: [String] = []
        features.reserveCapacity(rows.count * (header.fields.count - 1))
        for row in rows {
            guard row.fields.count == header.fields.count else {
                throw LearnError.raggedRow(file: fileName, line: row.line, expected: header.fields.count, actual: row.fields.count)
            }
            for (column, field) in row.fields.enumerated() {
                if column == labelColumn {
                    labelTexts.append(field)
                } else if let value = Double(field) {
                    features.append(value)
                } else {
                    throw LearnError.badNumber(file: fileName, line: row.line, column: column + 1,
                                               name: header.fields[column], text: field)
                }
            }
        }
        let (labels, classNames) = Self.encodeLabels(labelTexts)
        if task == .regression, !classNames.isEmpty, let text = labelTexts.first(where: { Double($0) == nil }) {
            throw LearnError.invalidArgument(name: "task", reason: "\(fileName): the label column '\(label)' holds '\(text)', not a number, so it cannot be a regression target")
        }
        var featureNames = header.fields
        featureNames.remove(at: labelColumn)
        try self.init(features: Tensor(uncheckedShape: [rows.count, featureNames.count], scalars: features),
                      labels: Tensor(labels), classNames: classNames, featureNames: featureNames, task: task)
    }

    /// Numbers as they are; otherwise class indices in order of first appearance.
    private static func encodeLabels(_ texts: [String]) -> ([Double], [String]) {
        let numbers = texts.compactMap(Double.init)
        if numbers.count == texts.count { return (numbers, []) }
        var names: [String] = []
        var indexOf: [String: Int] = [:]
        let indices = texts.map { text -> Double in
            if let index = indexOf[text] { return Double(index) }
            indexOf[text] = names.count
            names.append(text)
            return Double(names.count - 1)
        }
        return (indices, names)
    }
}
