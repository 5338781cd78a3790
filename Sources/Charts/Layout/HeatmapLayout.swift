import Platform
import Graphics

/// Draws a `Heatmap`: cells in a band × band frame, optional annotations,
/// and its `ColorBar` on the right.
/// Past `imageCells` cells, the cells are one embedded image (as matplotlib's
/// imshow draws them) instead of a rectangle each.
struct HeatmapLayout {
    let chart: Heatmap
    let size: Size
    let measurer: any TextMeasurer

    /// The most cells drawn as rectangles of their own.
    static let imageCells = 4096

    func nodes() -> [Node] {
        let theme = chart.options.theme.theme
        var spec = CartesianSpec(x: .band(chart.xLabels, padding: 0), y: .band(chart.yLabels, padding: 0))
        spec.horizontalGrid = false; spec.verticalGrid = false; spec.spines = false
        spec.colorBar = chart.colorBar
        spec.note = chart.droppedCount > 0 ? ChartMessages.nonFiniteNote(chart.droppedCount) : nil
        return CartesianRenderer.render(spec: spec, options: chart.options, size: size, measurer: measurer) { frame in
            var layer = MarkLayer()
            guard let xb = frame.x.scale.band, let yb = frame.y.scale.band else { return layer }
            let w = abs(xb.bandwidth), h = abs(yb.bandwidth)
            let annotation = TextStyle(size: Swift.min(theme.tickSize, Swift.max(8, h * 0.45)), color: theme.text)
            let columns = chart.xLabels.count
            let dense = chart.matrix.count * columns > Self.imageCells
            let titled = chart.matrix.count * columns <= TitledMarks.limit
            // Dense cells under 8 px hold no annotation (the smallest text is 8 px).
            let annotating = chart.annotate && (!dense || (w >= 8 && h >= 8))
            let texts = annotating ? NumberFormat.annotations(chart.matrix.flatMap { $0 }) : []
            let left = (frame.plot.minX + xb.start(0)).rounded(), right = (frame.plot.minX + xb.start(columns)).rounded()
            let top = (frame.plot.minY + yb.start(0)).rounded(), bottom = (frame.plot.minY + yb.start(chart.matrix.count)).rounded()
            if dense { layer.nodes.append(cellImage(Rect(x: left, y: top, width: right - left, height: bottom - top), theme: theme)) }
            for (r, row) in chart.matrix.enumerated() where !dense || annotating {
                if Interrupt.isRequested { break }  // the scene's owner checks (Platform.Interrupt)
                let y0 = (frame.plot.minY + yb.start(r)).rounded(), y1 = (frame.plot.minY + yb.start(r + 1)).rounded()
                for (c, v) in row.enumerated() {
                    let x0 = (frame.plot.minX + xb.start(c)).rounded(), x1 = (frame.plot.minX + xb.start(c + 1)).rounded()
                    let rect = Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
                    let color = v.isFinite ? chart.colormap.color(at: chart.fraction(v)) : theme.grid
                    if !dense {
                        let title = titled ? "\(chart.yLabels[r]), \(chart.xLabels[c]): \(v.isFinite ? NumberFormat.short(v) : "missing")" : nil
                        layer.nodes.append(.shape(Shape(PathKit.rect(rect), fill: .solid(color), title: title)))
                    }
                    guard annotating, v.isFinite else { continue }
                    let text = texts[r * columns + c]
                    let m = annotation.metrics(text, measurer)
                    guard m.width + 4 <= w, m.height <= h else { continue }
                    var style = annotation; style.color = color.contrastingText
                    layer.overlay.append(style.run(text, x: rect.center.x, centerY: rect.center.y, anchor: .middle, measurer: measurer))
                }
            }
            return layer
        }
    }

    /// The cells as one nearest-neighbour image over `area`: palette indices for 255 colour
    /// levels plus one for missing values. When there are more cells along an axis than two
    /// pixels per user unit can show, blocks of cells are averaged first (missing values left
    /// out), so nothing is decimated; the last block may cover fewer cells, so the image then
    /// reaches past `area` by under a block and is clipped to it.
    private func cellImage(_ area: Rect, theme: Theme) -> Node {
        let rows = chart.matrix.count, columns = chart.xLabels.count
        func factor(_ cells: Int, _ length: Double) -> Int {
            Swift.max(1, Swift.min(cells, Int(safe: (Double(cells) / Swift.max(1, 2 * length)).rounded(.up))))
        }
        let fx = factor(columns, area.width), fy = factor(rows, area.height)
        let width = (columns + fx - 1) / fx, height = (rows + fy - 1) / fy
        let missing = UInt8(Self.levels)
        var indices = [UInt8](repeating: missing, count: width * height)
        var sums = [Double](repeating: 0, count: width), counts = [Int](repeating: 0, count: width)
        for y in 0..<height {
            if Interrupt.isRequested { break }  // the scene's owner checks (Platform.Interrupt)
            for i in 0..<width { sums[i] = 0; counts[i] = 0 }
            for r in (y * fy)..<Swift.min(rows, y * fy + fy) {
                for (c, v) in chart.matrix[r].enumerated() where v.isFinite {
                    sums[c / fx] += v
                    counts[c / fx] += 1
                }
            }
            for x in 0..<width where counts[x] > 0 {
                let t = chart.fraction(sums[x] / Double(counts[x]))
                let level = t.isFinite ? Swift.max(0, Swift.min(Double(Self.levels - 1), (t * Double(Self.levels - 1)).rounded())) : 0
                indices[y * width + x] = UInt8(level)
            }
        }
        let palette = (0..<Self.levels).map { chart.colormap.color(at: Double($0) / Double(Self.levels - 1)) } + [theme.grid]
        let frame = Rect(x: area.minX, y: area.minY, width: area.width * Double(width * fx) / Double(columns),
                         height: area.height * Double(height * fy) / Double(rows))
        guard let image = RasterImage(width: width, height: height, pixels: .indexed(indices, palette: palette), frame: frame) else {
            return .group(Group())
        }
        if frame == area { return .image(image) }
        return .group(Group([.image(image)], clip: area))
    }

    /// Colour levels of a dense heatmap's image (one palette entry is left for missing values).
    static let levels = 255
}
