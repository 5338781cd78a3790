import Learn

extension ClassData {
    /// The class index of each example, or nil when the labels are not class indices.
    static func indices(_ data: Dataset) -> [Int]? {
        try? labels(data, view: "").indices
    }

    /// The class names of a classification dataset (indices past `classNames` as "class k").
    static func names(_ data: Dataset) -> [String] {
        (try? labels(data, view: "").names) ?? []
    }
}
