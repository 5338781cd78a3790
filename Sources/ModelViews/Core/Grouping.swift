/// Thousands separators for counts shown to people ("4,547").
enum Count {
    static func text(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// "1 parameter", "4,547 parameters".
    static func noun(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(text(value)) " + (value == 1 ? singular : plural ?? singular + "s")
    }
}
