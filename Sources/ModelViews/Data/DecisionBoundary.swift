#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Charts
import Graphics
import Learn

/// `DecisionBoundary(model, data)`: for data with two features, the class
/// the model predicts over the plane as a soft colour field (the class colour,
/// stronger where the model is surer), with the data points on top.
public struct DecisionBoundary: Chart {
    public var options: ChartOptions
    public let model: Sequential
    public let x: [Double]
    public let y: [Double]
    public let labels: [Int]
    public let classNames: [String]
    /// Side of one field cell in CSS pixels.
    public let cellSize: Double
    /// The loss the model's outputs are read by (chosen for the data, as `fit` would).
    public let loss: LossKind

    public init(_ model: Sequential, _ data: Dataset, cellSize: Double = 4, title: String? = nil,
                width: Double = ChartOptions.defaultWidth, height: Double = ChartOptions.defaultHeight) throws {
        let view = "DecisionBoundary"
        guard data.featureCount == 2 else {
            throw ModelViewError.featureCount(view: view, argument: "data", expected: 2, actual: data.featureCount)
        }
        if let inputs = model.inputFeatures, inputs != 2 {
            throw ModelViewError.featureCount(view: view, argument: "model", expected: 2, actual: inputs)
        }
        guard cellSize.isFinite, cellSize >= 1, cellSize <= 50 else {
            throw ModelViewError.unsuitable(view: view, argument: "cellSize", reason: "must be between 1 and 50 pixels")
        }
        let classes = try ClassData.labels(data, view: view)
        let probe = try ClassData.probabilities(model, data.features[0..<1], for: data, view: view)
        guard probe.classes >= classes.names.count || classes.names.count <= 2 else {
            throw ModelViewError.unsuitable(view: view, argument: "model",
                                            reason: "outputs \(probe.classes) classes but data has \(classes.names.count)")
        }
        let columns = data.features.scalars
        self.model = model
        x = stride(from: 0, to: columns.count, by: 2).map { columns[$0] }
        y = stride(from: 1, to: columns.count, by: 2).map { columns[$0] }
        guard x.contains(where: \.isFinite), y.contains(where: \.isFinite) else {
            throw ModelViewError.unsuitable(view: view, argument: "data", reason: "has no finite feature values")
        }
        labels = classes.indices
        let names = classes.names
        classNames = probe.classes > names.count ? names + (names.count..<probe.classes).map { "class \($0)" } : names
        self.cellSize = cellSize
        loss = probe.loss
        options = ChartOptions(title: title, xLabel: data.featureNames.first, yLabel: data.featureNames.last,
                               width: width, height: height)
    }

    /// The predicted class and its probability at each point of a `columns × rows`
    /// grid spanning `xs` × `ys` (row 0 at the top, `ys.hi`). With `stride` > 1
    /// the model runs on every `stride`-th point only and the class log-probabilities
    /// between are interpolated bilinearly (log-odds, not probabilities: a sure model's
    /// probabilities jump from 0 to 1 between two nodes, which would put every edge at the
    /// middle of its cell, a staircase; its log-odds cross zero where the edge really is).
    func field(columns: Int, rows: Int, xs: (lo: Double, hi: Double), ys: (lo: Double, hi: Double),
               stride: Int = 1) throws -> [(Int, Double)] {
        let step = Swift.max(1, stride)
        let nodeColumns = (columns - 1) / step + 2, nodeRows = (rows - 1) / step + 2
        func x(_ c: Double) -> Double { xs.lo + (xs.hi - xs.lo) * (c + 0.5) / Double(columns) }
        func y(_ r: Double) -> Double { ys.hi - (ys.hi - ys.lo) * (r + 0.5) / Double(rows) }
        var grid = [Double](repeating: 0, count: nodeColumns * nodeRows * 2)
        for r in 0..<nodeRows {
            for c in 0..<nodeColumns {
                let i = (r * nodeColumns + c) * 2
                grid[i] = x(Double(c * step)); grid[i + 1] = y(Double(r * step))
            }
        }
        let p = try ClassData.probabilities(model, Tensor(shape: [nodeColumns * nodeRows, 2], scalars: grid),
                                            loss: loss, view: "DecisionBoundary")
        let k = p.classes
        let logs = p.values.map { $0 > 0 ? Swift.max(Self.logFloor, log($0)) : Self.logFloor }
        var out: [(Int, Double)] = []
        out.reserveCapacity(columns * rows)
        var mixed = [Double](repeating: 0, count: k)
        logs.withUnsafeBufferPointer { logs in
            mixed.withUnsafeMutableBufferPointer { mixed in
                for r in 0..<rows {
                    let r0 = r / step, ty = Double(r % step) / Double(step)
                    for c in 0..<columns {
                        let c0 = c / step, tx = Double(c % step) / Double(step)
                        let top = (r0 * nodeColumns + c0) * k, bottom = top + nodeColumns * k
                        // The corners in this order, those of weight 0 left out (as the sum always did).
                        for j in 0..<k { mixed[j] = 0 }
                        Self.accumulate(&mixed, logs, at: top, weight: (1 - ty) * (1 - tx))
                        Self.accumulate(&mixed, logs, at: top + k, weight: (1 - ty) * tx)
                        Self.accumulate(&mixed, logs, at: bottom, weight: ty * (1 - tx))
                        Self.accumulate(&mixed, logs, at: bottom + k, weight: ty * tx)
                        out.append(Self.topClass(mixed))
                    }
                }
            }
        }
        return out
    }

    /// Adds `weight` × the `mixed.count` log-probabilities of the node starting at `base` (nothing when the weight is 0).
    @inline(__always) private static func accumulate(_ mixed: inout UnsafeMutableBufferPointer<Double>,
                                                     _ logs: UnsafeBufferPointer<Double>, at base: Int, weight: Double) {
        guard weight > 0 else { return }
        for j in mixed.indices { mixed[j] += weight * logs[base + j] }
    }

    /// The top class of interpolated log-probabilities and its share once they are renormalised
    /// ((0, 0) when that is not finite; the top class's own term, e⁰, is 1 without a call to `exp`).
    @inline(__always) private static func topClass(_ mixed: UnsafeMutableBufferPointer<Double>) -> (Int, Double) {
        guard !mixed.isEmpty else { return (0, 0) }
        var best = 0
        for j in 1..<mixed.count where mixed[j] > mixed[best] { best = j }
        let top = mixed[best]
        var total = 0.0
        for j in mixed.indices { total += j == best && top.isFinite ? 1 : exp(mixed[j] - top) }
        let share = 1 / total
        return share.isFinite ? (best, share) : (0, 0)
    }

    /// Log-probabilities below this (e^-60 ≈ 1e-26) count as this, so a probability of 0 stays finite.
    static let logFloor = -60.0

    var extent: (x: (lo: Double, hi: Double), y: (lo: Double, hi: Double)) {
        (CurvePanel.extent(x), CurvePanel.extent(y))
    }

    public func nodes(size: Size, measurer: any TextMeasurer) -> [Node] {
        BoundaryPicture(chart: self).nodes(size: size, measurer: measurer)
    }

    public func text(columns: Int) -> String {
        BoundaryText.render(self, columns: columns)
    }
}
