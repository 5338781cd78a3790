import Charts
import Graphics

/// Draws a `DecisionBoundary`: the field as one smoothly interpolated image (class colour,
/// stronger where the model is surer) on axes with equal units per pixel, the points by
/// class on top, and a key right of the plot that names each class and its confidence ramp.
struct BoundaryPicture {
    let chart: DecisionBoundary

    /// The data points' opacity, which the key's dots repeat.
    static let pointAlpha = 0.9
    /// How far the field's colour goes from the background toward the class colour, at chance and at certainty.
    static let tint = (chance: 0.1, certain: 0.52)
    /// Side of one field image pixel in CSS pixels, at most (the model is run every `cellSize` pixels).
    static let imagePixel = 1.0

    func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        let theme = chart.options.theme.theme
        let key = BoundaryKey(classNames: chart.classNames, theme: theme)
        let (axes, settings) = layout(size: size, measurer: measurer)
        return PlotCanvas.render(x: axes.x, y: axes.y, settings: settings, options: chart.options, size: size,
                                 measurer: measurer) { frame in
            var marks = PlotCanvas.Marks()
            marks.under = field(frame: frame, theme: theme) + points(frame: frame, theme: theme)
            marks.over = key.nodes(at: Point(frame.plot.maxX + BoundaryKey.gap, frame.plot.minY), measurer: measurer)
            return marks
        }
    }

    /// The axes (equal units on both) and the frame settings (room for the key) for a canvas of `size`.
    func layout(size: Size, measurer: any TextMeasurer) -> (axes: (x: PlotCanvas.Axis, y: PlotCanvas.Axis), settings: PlotCanvas.Settings) {
        let key = BoundaryKey(classNames: chart.classNames, theme: chart.options.theme.theme)
        var settings = PlotCanvas.Settings()
        settings.extraRight = key.reach(measurer: measurer)
        let e = chart.extent
        let axes = Self.equalUnits(x: .linear(lo: e.x.lo, hi: e.x.hi, margin: AxisDomain.pointMargin),
                                   y: .linear(lo: e.y.lo, hi: e.y.hi, margin: AxisDomain.pointMargin)) { x, y in
            var plot = Rect(x: 0, y: 0, width: 0, height: 0)
            var domain = (x: (lo: 0.0, hi: 1.0), y: (lo: 0.0, hi: 1.0))
            _ = PlotCanvas.render(x: x, y: y, settings: settings, options: chart.options, size: size, measurer: measurer) { frame in
                plot = frame.plot
                domain = Self.domain(of: frame)
                return PlotCanvas.Marks()
            }
            return (plot, domain)
        }
        return (axes, settings)
    }

    typealias Domain = (lo: Double, hi: Double)

    /// The data values at the plot's edges.
    static func domain(of frame: PlotCanvas.Frame) -> (x: Domain, y: Domain) {
        let x0 = frame.px(0), x1 = frame.px(1), y0 = frame.py(0), y1 = frame.py(1)
        guard x1 != x0, y1 != y0 else { return ((0, 1), (0, 1)) }
        let p = frame.plot
        return (((p.minX - x0) / (x1 - x0), (p.maxX - x0) / (x1 - x0)),
                ((p.maxY - y0) / (y1 - y0), (p.minY - y0) / (y1 - y0)))
    }

    /// Fixed axes over the domains `layout` gives for `x` and `y`, the one with fewer units per
    /// pixel widened about its centre so a unit is as long on both axes (the data keep their
    /// shape, as matplotlib's `set_aspect("equal", adjustable="datalim")`). `layout` lays out the
    /// frame for a pair of axes and returns the plot and its domains; it runs again while the
    /// plot changes size (the new tick labels may be wider), at most three times.
    static func equalUnits(x: PlotCanvas.Axis, y: PlotCanvas.Axis,
                           layout: (PlotCanvas.Axis, PlotCanvas.Axis) -> (plot: Rect, domain: (x: Domain, y: Domain)))
        -> (x: PlotCanvas.Axis, y: PlotCanvas.Axis) {
        let first = layout(x, y)
        let data = first.domain
        var plot = first.plot
        var axes = (x: x, y: y)
        for _ in 0..<3 {
            guard plot.width > 0, plot.height > 0 else { return (x, y) }
            let unit = Swift.max((data.x.hi - data.x.lo) / plot.width, (data.y.hi - data.y.lo) / plot.height)
            guard unit.isFinite, unit > 0 else { return (x, y) }
            func widened(_ d: Domain, _ pixels: Double) -> PlotCanvas.Axis {
                let middle = d.lo / 2 + d.hi / 2, half = unit * pixels / 2
                return .fixed(lo: middle - half, hi: middle + half)
            }
            axes = (widened(data.x, plot.width), widened(data.y, plot.height))
            let next = layout(axes.x, axes.y).plot
            if next == plot { break }
            plot = next
        }
        return axes
    }

    /// The field over the plot as one image, about `imagePixel` CSS pixels per image pixel, drawn
    /// with bilinear interpolation so class edges are smooth at any scale; the model runs every
    /// `cellSize` pixels and class probabilities are interpolated between.
    private func field(frame: PlotCanvas.Frame, theme: Theme) -> [Node] {
        let plot = frame.plot
        let pixel = Swift.min(chart.cellSize, Self.imagePixel)
        func count(_ x: Double) -> Int { Int(Swift.max(1, Swift.min(8192, x.isFinite ? x.rounded() : 1))) }
        let columns = count(plot.width / pixel), rows = count(plot.height / pixel)
        let stride = count(chart.cellSize / pixel)
        let d = Self.domain(of: frame)
        guard let cells = try? chart.field(columns: columns, rows: rows, xs: d.x, ys: d.y, stride: stride) else { return [] }
        let palette = FieldPalette(classes: chart.classNames.count, theme: theme)
        let indices = cells.map { palette.index(class: $0.0, probability: $0.1) }
        let pixels: RasterImage.Pixels = palette.colors.count <= 256
            ? .indexed(indices.map { UInt8(truncatingIfNeeded: $0) }, palette: palette.colors)
            : .rgb(indices.flatMap { i -> [UInt8] in let c = palette.colors[i]; return [c.r, c.g, c.b] })
        guard let image = RasterImage(width: columns, height: rows, pixels: pixels, frame: plot, interpolation: .bilinear) else {
            return []
        }
        return [.image(image)]
    }

    private func points(frame: PlotCanvas.Frame, theme: Theme) -> [Node] {
        let n = chart.x.count
        let radius = n > 10_000 ? 1.5 : n > 1000 ? 2.5 : 3.5
        let style = StrokeStyle(width: 2 * radius, cap: .round)
        guard n <= TitledMarks.limit else {
            var groups = [[Path.Element]](repeating: [], count: chart.classNames.count)
            for i in 0..<n where chart.x[i].isFinite && chart.y[i].isFinite && chart.labels[i] < groups.count {
                let p = Point(frame.px(chart.x[i]), frame.py(chart.y[i]))
                groups[chart.labels[i]] += [.move(p), .line(p)]
            }
            return groups.enumerated().compactMap { g, elements in
                elements.isEmpty ? nil : .shape(Shape(Path(elements: elements), stroke: .solid(theme.color(g).withAlpha(Self.pointAlpha)),
                                                      strokeStyle: style))
            }
        }
        // Few points: each its own titled mark, opaque inside one translucent group per class.
        var marks = [[(path: Path, title: String)]](repeating: [], count: chart.classNames.count)
        for i in 0..<n where chart.x[i].isFinite && chart.y[i].isFinite && chart.labels[i] < marks.count {
            let p = Point(frame.px(chart.x[i]), frame.py(chart.y[i]))
            marks[chart.labels[i]].append((Path(elements: [.move(p), .line(p)]),
                                           "\(chart.classNames[chart.labels[i]]) · x \(NumberFormat.short(chart.x[i])), y \(NumberFormat.short(chart.y[i]))"))
        }
        return marks.enumerated().compactMap { g, list in
            list.isEmpty ? nil : .group(Group(TitledMarks.shapes(list, fill: nil, stroke: .solid(theme.color(g)), strokeStyle: style),
                                              opacity: Self.pointAlpha))
        }
    }
}

/// The field's colours: for each class, `levels` steps from the background tinted a little
/// (the model at chance, 1/k) to the class colour at `BoundaryPicture.tint.certain` (certain).
struct FieldPalette {
    let classes: Int
    let levels: Int
    let colors: [Color]

    init(classes: Int, theme: Theme) {
        self.classes = Swift.max(1, classes)
        levels = Swift.max(2, Swift.min(32, 256 / self.classes))
        var colors: [Color] = []
        for k in 0..<self.classes {
            for l in 0..<levels {
                colors.append(FieldPalette.color(class: k, confidence: Double(l) / Double(levels - 1), theme: theme))
            }
        }
        self.colors = colors
    }

    /// The field colour of `class` at `confidence` (0 at chance, 1 certain).
    static func color(class k: Int, confidence: Double, theme: Theme) -> Color {
        let tint = BoundaryPicture.tint
        return theme.background.mixed(with: theme.color(k), tint.chance + (tint.certain - tint.chance) * confidence)
    }

    /// Confidence 0…1 of a top-class probability among `classes` (1/k is chance).
    static func confidence(_ probability: Double, classes: Int) -> Double {
        let k = Double(Swift.max(2, classes))
        let c = (probability - 1 / k) / (1 - 1 / k)
        return c.isFinite ? Swift.max(0, Swift.min(1, c)) : 0
    }

    /// The palette index of a cell whose top class is `class` with `probability`.
    func index(class k: Int, probability: Double) -> Int {
        let c = FieldPalette.confidence(probability, classes: classes)
        return Swift.min(classes - 1, Swift.max(0, k)) * levels + Int((c * Double(levels - 1)).rounded())
    }
}
