import Charts
import Graphics

/// Lays out and draws the tiles of an image view: a title, the tiles in the
/// grid of columns that makes them largest, each scaled to its cell with
/// square pixels (one embedded raster each), captions under them, and a
/// colour bar on the right for scales that need one.
struct ImageTileGrid {
    let tiles: [ImageTile]
    let scale: ImageScale
    let options: ChartOptions
    var colorBar = false
    /// A fixed number of columns (e.g. one per input channel), else chosen to fit.
    var columns: Int?
    /// Smaller text under the grid (what was left out).
    var note: String?

    static let padding = 14.0
    static let gap = 10.0
    static let barWidth = 14.0

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = options.theme.theme
        var out: [Node] = []
        var top = Self.padding
        if let title = options.title {
            let style = Label.title(theme)
            out.append(style.run(style.truncated(title, width: size.width - 2 * Self.padding, measurer),
                                 x: size.width / 2, top: top, anchor: .middle, measurer: measurer))
            top += style.lineHeight(measurer) + 8
        }
        let caption = Label(size: theme.tickSize, color: theme.text)
        let captionLines = tiles.map(\.caption.count).max() ?? 0
        let captionHeight = captionLines == 0 ? 0 : Double(captionLines) * (caption.lineHeight(measurer) + 1) + 3
        let noteStyle = Label.note(theme)
        let bottom = size.height - Self.padding - (note == nil ? 0 : noteStyle.lineHeight(measurer) + 6)
        let barSpace = colorBar ? Self.barWidth + 12 + barLabelWidth(theme, measurer) + Self.gap : 0
        let area = Rect(x: Self.padding, y: top, width: Swift.max(10, size.width - 2 * Self.padding - barSpace),
                        height: Swift.max(10, bottom - top))
        let layout = bestLayout(in: area, captionHeight: captionHeight)
        let (gap, captionSpace) = (layout.gap, layout.captions ? captionHeight : 0)
        let gridWidth = Double(layout.columns) * layout.cell.width + Double(layout.columns - 1) * gap
        let gridHeight = Double(layout.rows) * (layout.cell.height + captionSpace) + Double(layout.rows - 1) * gap
        let left = area.minX + (area.width - gridWidth) / 2
        let gridTop = area.minY + Swift.max(0, (area.height - gridHeight) / 2).rounded()
        for (index, tile) in tiles.enumerated() {
            let column = index % layout.columns, row = index / layout.columns
            let cell = Rect(x: left + Double(column) * (layout.cell.width + gap),
                            y: gridTop + Double(row) * (layout.cell.height + captionSpace + gap),
                            width: layout.cell.width, height: layout.cell.height)
            out += draw(tile, in: cell, theme: theme)
            guard layout.captions else { continue }
            for (line, text) in tile.caption.enumerated() {
                let style = Label(size: caption.size, weight: tile.isMarked ? .bold : .regular,
                                  color: tile.isMarked ? theme.color(3) : theme.text)
                let y = cell.maxY + 3 + Double(line) * (caption.lineHeight(measurer) + 1)
                out.append(style.run(style.truncated(text, width: cell.width + gap - 2, measurer),
                                     x: cell.center.x, top: y, anchor: .middle, measurer: measurer))
            }
        }
        if colorBar {
            let barHeight = Swift.max(60, Swift.min(gridHeight - captionSpace, area.height))
            let bar = Rect(x: left + gridWidth + Self.gap + 4, y: gridTop + Swift.min(0, (gridHeight - captionSpace - barHeight) / 2),
                           width: Self.barWidth, height: barHeight)
            out += colorBarNodes(bar, theme: theme, measurer: measurer)
        }
        if let note {
            out.append(noteStyle.run(noteStyle.truncated(note, width: size.width - 2 * Self.padding, measurer),
                                     x: size.width / 2, top: bottom + 6, anchor: .middle, measurer: measurer))
        }
        return out
    }

    /// The tile's pixels fitted to `cell` with square pixels, centred; its heat over it; a frame if marked.
    private func draw(_ tile: ImageTile, in cell: Rect, theme: Theme) -> [Node] {
        let pixel = Swift.min(cell.width / Double(tile.width), cell.height / Double(tile.height))
        let snapped = pixel >= 2 ? pixel.rounded(.down) : pixel
        let frame = Rect(x: (cell.center.x - snapped * Double(tile.width) / 2).rounded(),
                         y: (cell.center.y - snapped * Double(tile.height) / 2).rounded(),
                         width: snapped * Double(tile.width), height: snapped * Double(tile.height))
        var out: [Node] = []
        if let image = RasterImage(width: tile.width, height: tile.height, pixels: .rgb(scale.rgb(tile)), frame: frame) {
            out.append(.image(image))
        }
        if let heat = tile.heat, let overlay = RasterImage(width: tile.width, height: tile.height,
                                                           pixels: .rgba(Self.heatPixels(heat)), frame: frame) {
            out.append(.image(overlay))
        }
        if tile.isMarked {
            out.append(.shape(Shape(Path.rect(frame.insetBy(-1.5)), stroke: .solid(theme.color(3)), strokeStyle: StrokeStyle(width: 2))))
        } else {
            out.append(.shape(Shape(Path.rect(frame), stroke: .solid(theme.grid), strokeStyle: StrokeStyle(width: 0.5))))
        }
        return out
    }

    /// Heat 0…1 as magma colours whose opacity grows with the heat.
    static func heatPixels(_ heat: [Double]) -> [UInt8] {
        heat.flatMap { value -> [UInt8] in
            let t = value.isFinite ? Swift.max(0, Swift.min(1, value)) : 0
            let color = Colormap.magma.color(at: 0.35 + 0.65 * t)
            return [color.r, color.g, color.b, UInt8((t * 0.8 * 255).rounded())]
        }
    }

    /// The columns (and rows) that give the largest pixels, the cell size and
    /// the gap between cells (narrower for many small cells); captions are
    /// dropped when there is no room for them.
    private func bestLayout(in area: Rect, captionHeight: Double) -> (columns: Int, rows: Int, cell: Size, gap: Double, captions: Bool) {
        let width = Double(tiles.map(\.width).max() ?? 1), height = Double(tiles.map(\.height).max() ?? 1)
        let count = Swift.max(1, tiles.count)
        let candidates = columns.map { [Swift.max(1, Swift.min($0, count))] } ?? Array(1...count)
        var best = (columns: 1, rows: count, cell: Size(width: 1, height: 1), gap: 1.0, captions: false), bestPixel = -1.0
        for captions in captionHeight > 0 ? [true, false] : [false] {
            for c in candidates {
                let r = (count + c - 1) / c
                let gap = Swift.max(2, Swift.min(Self.gap, 0.12 * Swift.min(area.width / Double(c), area.height / Double(r))))
                let cellWidth = (area.width - Double(c - 1) * gap) / Double(c)
                let cellHeight = (area.height - Double(r - 1) * gap) / Double(r) - (captions ? captionHeight : 0)
                guard cellWidth > 0, cellHeight > 0 else { continue }
                let pixel = Swift.min(cellWidth / width, cellHeight / height, 24)
                if pixel > bestPixel + 1e-9 {
                    bestPixel = pixel
                    best = (c, r, Size(width: pixel * width, height: pixel * height), gap, captions)
                }
            }
            // Captions stay unless dropping them is the only way to show the tiles at a visible size.
            if bestPixel >= 2 { break }
        }
        return best
    }

    private var barTicks: (values: [Double], labels: [String]) {
        let (lo, hi) = scale.range
        let values = Ticks.values(lo, hi, count: 5)
        return (values, NumberFormat.tickLabels(values, step: Ticks.step(lo, hi, count: 5)))
    }

    private func barLabelWidth(_ theme: Theme, _ measurer: any TextMeasurer) -> Double {
        barTicks.labels.map { Label.tick(theme).width($0, measurer) }.max() ?? 0
    }

    private func colorBarNodes(_ bar: Rect, theme: Theme, measurer: any TextMeasurer) -> [Node] {
        let gradient = LinearGradient(start: Point(bar.minX, bar.maxY), end: Point(bar.minX, bar.minY),
                                      stops: scale.colormap.stops())
        var nodes: [Node] = [.shape(Shape(Path.rect(bar), fill: .linearGradient(gradient),
                                          stroke: .solid(theme.grid), strokeStyle: StrokeStyle(width: 0.5)))]
        let (lo, hi) = scale.range
        let position = LinearScale(domain: (lo, hi), range: (bar.maxY, bar.minY))
        var marks = Path()
        let style = Label.tick(theme)
        for (value, label) in zip(barTicks.values, barTicks.labels) {
            let y = position(value)
            marks.move(to: Point(bar.maxX, y))
            marks.line(to: Point(bar.maxX + 4, y))
            nodes.append(style.run(label, x: bar.maxX + 7, centerY: y, measurer: measurer))
        }
        nodes.append(.shape(Shape(marks, stroke: .solid(theme.axis), strokeStyle: StrokeStyle(width: 1))))
        return nodes
    }
}

extension Rect {
    /// The rectangle grown (negative `amount`) or shrunk on every side.
    func insetBy(_ amount: Double) -> Rect {
        Rect(x: minX + amount, y: minY + amount, width: width - 2 * amount, height: height - 2 * amount)
    }
}
