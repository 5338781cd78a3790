#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Charts
import Graphics
import Learn

/// The neuron view: a column of circles per layer (left to right), every
/// weight a line — blue positive, orange negative, as TensorFlow Playground —
/// whose width and colour strength grow with its magnitude. Lines are bucketed by
/// sign and strength so thousands of weights stay a few dozen shapes.
struct NeuronPicture {
    let diagram: ModelDiagram

    static let levels = 6
    static let positive = Color(hex: 0x0072B2)
    static let negative = Color(hex: 0xE69F00)

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = diagram.options.theme.theme
        let widths = [diagram.dense.first?.weight.shape.first ?? 0] + diagram.dense.map { $0.bias.scalarCount }
        let pad = PanelStack.padding
        let title = Label.title(theme), tick = Label.tick(theme), note = Label.note(theme)
        var out: [Node] = []
        var top = pad
        if let text = diagram.options.title {
            out.append(title.run(title.truncated(text, width: size.width - 2 * pad, measurer), x: size.width / 2, top: pad,
                                 anchor: .middle, measurer: measurer))
            top += title.lineHeight(measurer) + 10
        }
        let headerHeight = tick.lineHeight(measurer) + 6
        let footerHeight = note.lineHeight(measurer) * 2 + 10
        let inputLabels = names(diagram.inputNames, count: widths.first ?? 0)
        let outputLabels = names(diagram.outputNames, count: widths.last ?? 0)
        let headings = widths.indices.map { layer in
            let name = layer == 0 ? "input" : layer == widths.count - 1 ? "output" : diagram.denseTitles[layer - 1]
            return "\(name) (\(widths[layer]))"
        }
        let leftRoom = Swift.max((inputLabels.map { tick.width($0, measurer) }.max() ?? 0) + 8,
                                 tick.width(headings.first ?? "", measurer) / 2)
        let rightRoom = Swift.max((outputLabels.map { tick.width($0, measurer) }.max() ?? 0) + 8,
                                  tick.width(headings.last ?? "", measurer) / 2)
        let area = Rect(x: pad + leftRoom, y: top + headerHeight, width: size.width - 2 * pad - leftRoom - rightRoom,
                        height: size.height - top - headerHeight - footerHeight - pad)
        let columnX = widths.indices.map { area.minX + area.width * Double($0) / Double(Swift.max(1, widths.count - 1)) }
        let widest = Double(widths.max() ?? 1)
        let spacing = Swift.min(28, area.height / Swift.max(1, widest))
        let radius = Swift.max(1.5, Swift.min(9, spacing * 0.36))
        func center(_ layer: Int, _ unit: Int) -> Point {
            let n = Double(widths[layer])
            return Point(columnX[layer], area.center.y + (Double(unit) - (n - 1) / 2) * spacing)
        }
        let largest = diagram.dense.flatMap { $0.weight.scalars.map(abs) }.filter(\.isFinite).max() ?? 1
        out += weightLines(center: center, largest: largest, maxWidth: Swift.max(1, radius * 0.9), background: theme.background)
        out += neurons(widths: widths, center: center, radius: radius, theme: theme)
        for (layer, x) in columnX.enumerated() {
            out.append(tick.run(headings[layer], x: x, top: top, anchor: .middle, measurer: measurer))
        }
        if spacing >= tick.lineHeight(measurer) {
            for (i, name) in inputLabels.enumerated() {
                out.append(tick.run(name, x: center(0, i).x - radius - 4, centerY: center(0, i).y, anchor: .end, measurer: measurer))
            }
            let last = widths.count - 1
            for (i, name) in outputLabels.enumerated() {
                out.append(tick.run(name, x: center(last, i).x + radius + 4, centerY: center(last, i).y, anchor: .start, measurer: measurer))
            }
        }
        let legend = "blue: positive · orange: negative · lines: weights, darker and thicker for larger |w| (max "
            + NumberFormat.short(largest) + ") · fill: bias"
        out.append(note.run(note.truncated(legend, width: size.width - 2 * pad, measurer), x: size.width / 2,
                            top: size.height - pad - footerHeight + 6, anchor: .middle, measurer: measurer))
        out.append(note.run(diagram.caption, x: size.width / 2, top: size.height - pad - footerHeight / 2 + 4,
                            anchor: .middle, measurer: measurer))
        return out
    }

    private func names(_ given: [String], count: Int) -> [String] {
        given.count == count ? given : []
    }

    private func weightLines(center: (Int, Int) -> Point, largest: Double, maxWidth: Double, background: Color) -> [Node] {
        var out: [Node] = []
        for (layer, pair) in diagram.dense.enumerated() {
            var buckets = [[Path]](repeating: [Path](repeating: Path(), count: Self.levels), count: 2)
            let inputs = pair.weight.shape[0], outputs = pair.weight.shape[1]
            for i in 0..<inputs {
                for j in 0..<outputs {
                    let w = pair.weight.scalars[i * outputs + j]
                    guard w.isFinite, w != 0 else { continue }
                    let level = Swift.min(Self.levels - 1, Int((abs(w) / largest).squareRoot() * Double(Self.levels)))
                    let sign = w > 0 ? 0 : 1
                    buckets[sign][level].move(to: center(layer, i))
                    buckets[sign][level].line(to: center(layer + 1, j))
                }
            }
            // Dense layer pairs fade their weak lines so the strong ones still read. The lines are
            // opaque, tinted toward the background instead of translucent, and drawn weakest first:
            // a crossing takes the stronger line's colour rather than a blend of every line under it
            // (which gave the 2× PNG of the tour's 320 weights 30,000 colours and 549 KB).
            let crowding = Swift.min(1, (600 / Double(Swift.max(1, inputs * outputs))).squareRoot())
            for level in 0..<Self.levels {
                let strength = Double(level + 1) / Double(Self.levels)
                let fade = crowding + (1 - crowding) * strength * strength
                for sign in 0..<2 where !buckets[sign][level].isEmpty {
                    let color = background.mixed(with: sign == 0 ? Self.positive : Self.negative, (0.08 + 0.72 * strength * strength) * fade)
                    out.append(.shape(Shape(buckets[sign][level], stroke: .solid(color),
                                            strokeStyle: StrokeStyle(width: 0.4 + (maxWidth - 0.4) * strength))))
                }
            }
        }
        return out
    }

    /// Neurons as circles filled by their bias (blue positive, orange
    /// negative, stronger for larger |b|; inputs have none), each titled with
    /// its layer, unit and bias (one path per shade past `TitledMarks.limit`).
    private func neurons(widths: [Int], center: (Int, Int) -> Point, radius: Double, theme: Theme) -> [Node] {
        let shades = 4
        let largest = diagram.dense.flatMap { $0.bias.scalars.map(abs) }.filter(\.isFinite).max() ?? 0
        var groups: [Int: [(path: Path, title: String)]] = [:]
        for (layer, count) in widths.enumerated() {
            for unit in 0..<count {
                var key = 0
                var title = "input \(unit)"
                if layer > 0 {
                    let b = diagram.dense[layer - 1].bias.scalars[unit]
                    title = "layer \(layer - 1), unit \(unit): bias \(NumberFormat.short(b))"
                    if largest > 0 {
                        let level = b.isFinite ? Swift.min(shades, Int((abs(b) / largest * Double(shades)).rounded(.up))) : 0
                        key = level == 0 ? 0 : (b > 0 ? level : shades + level)
                    }
                }
                groups[key, default: []].append((Path.circle(center: center(layer, unit), radius: radius), title))
            }
        }
        return groups.keys.sorted().flatMap { key -> [Node] in
            guard let marks = groups[key] else { return [] }
            let level = key > shades ? key - shades : key
            let hue = key > shades ? Self.negative : Self.positive
            let fill = key == 0 ? theme.background : theme.background.mixed(with: hue, 0.15 + 0.65 * Double(level) / Double(shades))
            return TitledMarks.shapes(marks, fill: .solid(fill), stroke: .solid(theme.axis),
                                      strokeStyle: StrokeStyle(width: radius > 3 ? 1.2 : 0.8))
        }
    }
}

extension ModelDiagram {
    /// "relu", "dense" … for the dense layers, for column headings.
    var denseTitles: [String] {
        facts.filter { $0.kind == "Dense" }.map { $0.activation ?? "linear" }
    }
}
