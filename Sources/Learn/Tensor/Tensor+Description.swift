import Platform

/// Text and HTML renderings of a tensor.
///
/// Text is numpy-like with Swift's commas: nested brackets, columns aligned,
/// numbers with up to 6 significant digits (`1.0`, `0.333333`, `1e-08`);
/// along any axis longer than 6 only the first 3 and last 3 entries are
/// shown, with `...` between.
extension Tensor: CustomStringConvertible {
    public var description: String {
        if rank == 0 { return scalars.first.map(Self.format) ?? "[]" }
        // Only the shown entries are formatted: a tensor of millions prints at once.
        var texts: [Int: String] = [:]
        formatVisible(axis: 0, offset: 0, into: &texts)
        let width = texts.values.map(\.count).max() ?? 0
        return render(axis: 0, offset: 0, texts: texts, width: width, indent: 1)
    }

    private func formatVisible(axis: Int, offset: Int, into texts: inout [Int: String]) {
        let stride = shape[(axis + 1)...].reduce(1, *)
        for case let index? in Self.visibleIndices(shape[axis]) {
            if axis == rank - 1 {
                texts[offset + index] = Self.format(scalars[offset + index])
            } else {
                formatVisible(axis: axis + 1, offset: offset + index * stride, into: &texts)
            }
        }
    }

    private func render(axis: Int, offset: Int, texts: [Int: String], width: Int, indent: Int) -> String {
        let length = shape[axis]
        let stride = shape[(axis + 1)...].reduce(1, *)
        let shown = Self.visibleIndices(length)
        if axis == rank - 1 {
            let items = shown.map { index in
                index.map { String(repeating: " ", count: width - texts[offset + $0, default: ""].count) + texts[offset + $0, default: ""] } ?? "..."
            }
            return "[" + items.joined(separator: ", ") + "]"
        }
        let separator = ",\n" + String(repeating: "\n", count: rank - axis - 2) + String(repeating: " ", count: indent)
        let items = shown.map { index in
            index.map { render(axis: axis + 1, offset: offset + $0 * stride, texts: texts, width: width, indent: indent + 1) } ?? "..."
        }
        return "[" + items.joined(separator: separator) + "]"
    }

    /// Indices to show along an axis; `nil` stands for the elided middle.
    static func visibleIndices(_ length: Int, limit: Int = 6) -> [Int?] {
        guard length > limit else { return Array(0..<length) }
        let half = limit / 2
        return Array(0..<half) + [nil] + Array((length - half)..<length)
    }

    /// A number in at most 6 significant digits, integral values keeping `.0`.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == value.rounded(), Swift.abs(value) < 1e16 { return CFormat.string("%.1f", value) }
        return CFormat.string("%.6g", value)
    }

    /// An HTML table of a rank-2 tensor (row and column indices as headers,
    /// same elision as the text past `maxRows` rows and columns); `nil` for other ranks.
    public func htmlTable(maxRows: Int = 20) -> String? {
        guard rank == 2 else { return nil }
        let rows = Self.visibleIndices(shape[0], limit: maxRows)
        let columns = Self.visibleIndices(shape[1], limit: maxRows)
        var html = "<table class=\"loupe-tensor\">\n<thead><tr><th></th>"
        for column in columns { html += "<th>\(column.map(String.init) ?? "…")</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr><th>\(row.map(String.init) ?? "…")</th>"
            for column in columns {
                if let row, let column {
                    html += "<td>\(Self.format(scalars[row * shape[1] + column]))</td>"
                } else {
                    html += "<td>…</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
