/// Exact-area anti-aliasing: each edge adds its signed area and cover to the
/// cells it crosses (as font-rs's `draw_line` does), then a prefix sum along
/// each row gives the coverage. The buffer spans only the shape's clipped
/// bounding box and is reused between shapes; each row remembers the columns
/// its edges touched, so reading and clearing cost only the touched span.
final class CoverageMask {
    private(set) var box = PixelRect(x0: 0, y0: 0, x1: 0, y1: 0)
    /// The box rows (counted from `box.y0`) this shape is accumulated for: those the target holds.
    private(set) var rows: Range<Int> = 0..<0
    /// `rows.count` rows of `stride` cells; held as pointers so the per-cell loops pay no
    /// exclusivity checks. Row `y` of the box starts at `(y − rows.lowerBound) · stride`.
    private var accumulation = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private var accumulationCapacity = 0
    private var stride = 0
    /// Per window row, the first touched cell and one past the last (`Int32.max`, 0 when untouched).
    private var rowLow = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private var rowHigh = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private var rowCapacity = 0
    /// Coverage of the current row, 0...1, `box.width` values filled by `row(_:rule:)`.
    var coverage: UnsafePointer<Float> { UnsafePointer(coverageBuffer) }
    private var coverageBuffer = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private var coverageCapacity = 0

    deinit {
        coverageBuffer.deallocate()
        accumulation.deallocate()
        rowLow.deallocate()
        rowHigh.deallocate()
    }

    /// Scan-converts polygons (device space, each implicitly closed) within `clip`, keeping
    /// only the device rows in `targetRows`. The box and every edge's path through it are
    /// those of the whole clip, so a row comes out the same whichever window it is drawn in.
    /// Returns false when nothing can be covered.
    func rasterize(_ polygons: [[Point]], clip: PixelRect, rows targetRows: Range<Int>) -> Bool {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for polygon in polygons where polygon.count > 2 && polygon.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) {
            for p in polygon {
                minX = Swift.min(minX, p.x); maxX = Swift.max(maxX, p.x)
                minY = Swift.min(minY, p.y); maxY = Swift.max(maxY, p.y)
            }
        }
        guard minX <= maxX else { return false }
        let bounds = PixelRect(x0: Int(Swift.max(-1e9, minX.rounded(.down))), y0: Int(Swift.max(-1e9, minY.rounded(.down))),
                               x1: Int(Swift.min(1e9, maxX.rounded(.up))), y1: Int(Swift.min(1e9, maxY.rounded(.up))))
        guard begin(bounds, clip: clip, rows: targetRows) else { return false }
        for polygon in polygons where polygon.count > 2 && polygon.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) {
            addPolygon(polygon)
        }
        return true
    }

    /// Starts an empty accumulation over `bounds ∩ clip` (device pixels), keeping only the
    /// device rows in `targetRows`; false when that leaves nothing.
    func begin(_ bounds: PixelRect, clip: PixelRect, rows targetRows: Range<Int>) -> Bool {
        let target = bounds.intersection(clip)
        guard !target.isEmpty else { return false }
        let low = Swift.max(0, targetRows.lowerBound - target.y0), high = Swift.min(target.height, targetRows.upperBound - target.y0)
        guard low < high else { return false }
        clearTouched()
        box = target
        rows = low..<high
        stride = box.width + 2
        reserve(cells: stride * rows.count, rows: rows.count)
        if coverageCapacity < box.width {
            coverageBuffer.deallocate()
            coverageBuffer = .allocate(capacity: box.width)
            coverageBuffer.initialize(repeating: 0, count: box.width)
            coverageCapacity = box.width
        }
        return true
    }

    /// Accumulates one closed polygon (device space, finite points) into the box begun.
    func addPolygon(_ polygon: [Point]) {
        guard polygon.count > 2 else { return }
        let ox = Double(box.x0), oy = Double(box.y0)
        let w = Double(box.width), h = Double(box.height)
        var a = polygon[polygon.count - 1]
        for b in polygon {
            addEdge(a.x - ox, a.y - oy, b.x - ox, b.y - oy, w, h)
            a = b
        }
    }

    /// The cells the shape rasterised last left in the box, row by row, as a stamp placed at
    /// the box's corner (then cleared). Adding the stamp at another corner (`add`) gives
    /// the cells the same shape moved by whole pixels would accumulate: each row's cells
    /// depend only on the edges' pieces inside that row.
    func takeStamp() -> CoverageStamp {
        var columns: [Int] = [], spans: [Range<Int>] = [], cells: [Float] = []
        for r in 0..<rows.count {
            let low = Int(rowLow[r]), high = Int(rowHigh[r])
            guard low < high else { columns.append(0); spans.append(cells.count..<cells.count); continue }
            let line = accumulation + r * stride
            columns.append(low)
            spans.append(cells.count..<(cells.count + high - low))
            cells.append(contentsOf: UnsafeBufferPointer(start: line + low, count: high - low))
            for i in low..<high { line[i] = 0 }
            rowLow[r] = Int32.max
            rowHigh[r] = 0
        }
        return CoverageStamp(x0: box.x0, y0: box.y0 + rows.lowerBound, width: box.width + 2,
                             columns: columns, spans: spans, cells: cells)
    }

    /// Adds `stamp` moved by (`dx`, `dy`) whole pixels into the box begun, when all its
    /// cells land inside the box's columns (true); rows outside the box or the target's rows are
    /// left out, as clipped edges leave them. False (nothing added) when it would stick out sideways.
    func add(_ stamp: CoverageStamp, dx: Int, dy: Int) -> Bool {
        let left = stamp.x0 + dx - box.x0, right = stamp.x0 + dx + stamp.width - box.x0
        guard left >= 0, right <= box.width + 2 else { return false }
        let top = stamp.y0 + dy - box.y0
        let first = Swift.max(0, rows.lowerBound - top), end = Swift.min(stamp.spans.count, rows.upperBound - top)
        guard first < end else { return true }
        stamp.cells.withUnsafeBufferPointer { cells in
            guard let source = cells.baseAddress else { return }
            for k in first..<end {
                let span = stamp.spans[k]
                guard !span.isEmpty else { continue }
                let r = top + k - rows.lowerBound
                let column = left + stamp.columns[k]
                let line = accumulation + r * stride + column
                for i in 0..<span.count { line[i] += source[span.lowerBound + i] }
                rowLow[r] = Swift.min(rowLow[r], Int32(truncatingIfNeeded: column))
                rowHigh[r] = Swift.max(rowHigh[r], Int32(truncatingIfNeeded: column + span.count))
            }
        }
        return true
    }

    /// Makes room for `cells` accumulation cells and `rows` row spans, all zero / untouched.
    private func reserve(cells: Int, rows count: Int) {
        if accumulationCapacity < cells {
            accumulation.deallocate()
            accumulation = .allocate(capacity: cells)
            accumulation.initialize(repeating: 0, count: cells)
            accumulationCapacity = cells
        }
        if rowCapacity < count {
            rowLow.deallocate()
            rowHigh.deallocate()
            rowLow = .allocate(capacity: count)
            rowLow.initialize(repeating: Int32.max, count: count)
            rowHigh = .allocate(capacity: count)
            rowHigh.initialize(repeating: 0, count: count)
            rowCapacity = count
        }
    }

    /// Clips an edge to the box rows, splits it where it crosses the left and
    /// right sides, and clamps the outside parts onto those sides. Edges (and
    /// pieces) wholly above or below the window are skipped: they add nothing there.
    private func addEdge(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ w: Double, _ h: Double) {
        guard y0 != y1 else { return }
        var (ax, ay, bx, by) = (x0, y0, x1, y1)
        if ay > by { swap(&ax, &bx); swap(&ay, &by) }
        let flip = y0 > y1
        let top = Double(rows.lowerBound), bottom = Double(rows.upperBound)
        if by <= 0 || ay >= h || by <= top || ay >= bottom { return }
        let dxdy = (bx - ax) / (by - ay)
        if ay < 0 { ax += (0 - ay) * dxdy; ay = 0 }
        if by > h { bx -= (by - h) * dxdy; by = h }
        // Split where the edge crosses x = 0 and x = w (at most two points, in y order).
        var cut0 = by, cut1 = by
        if (ax - 0) * (bx - 0) < 0 { cut0 = ay + (0 - ax) / (bx - ax) * (by - ay) }
        if (ax - w) * (bx - w) < 0 { cut1 = ay + (w - ax) / (bx - ax) * (by - ay) }
        if cut1 < cut0 { swap(&cut0, &cut1) }
        var ya = ay
        func piece(to yb: Double) {
            guard yb > ya, yb <= by else { return }
            defer { ya = yb }
            guard yb > top, ya < bottom else { return }
            let xa = Swift.max(0, Swift.min(w, ax + (ya - ay) * dxdy))
            let xb = Swift.max(0, Swift.min(w, ax + (yb - ay) * dxdy))
            if flip { drawLine(Float(xb), Float(yb), Float(xa), Float(ya)) } else { drawLine(Float(xa), Float(ya), Float(xb), Float(yb)) }
        }
        piece(to: cut0)
        piece(to: cut1)
        piece(to: by)
    }

    /// The height of the part of a line from `y0` to `y1` inside row `y`.
    @inline(__always) private static func rowHeight(_ y: Int, _ y0: Float, _ y1: Float) -> Float {
        Swift.min(Float(y + 1), y1) - Swift.max(Float(y), y0)
    }

    /// Where a line at `x` with slope `dxdy` is after climbing `dy`, kept inside 0...maxX.
    @inline(__always) private static func step(_ x: Float, _ dxdy: Float, _ dy: Float, _ maxX: Float) -> Float {
        Swift.max(0, Swift.min(maxX, x + dxdy * dy))
    }

    /// `v.rounded(.down)` as an Int for a coordinate in 0...`box.width` (below 2²³), without
    /// the library call `rounded` becomes on a baseline x86-64 build or the checks of `Int(_:)`.
    @inline(__always) private static func floor(_ v: Float) -> Int {
        let nearest = nearestColumn(v)
        return Float(nearest) > v ? nearest - 1 : nearest
    }

    /// `v.rounded(.up)` as an Int for a coordinate in 0...`box.width` (below 2²³).
    @inline(__always) private static func ceiling(_ v: Float) -> Int {
        let nearest = nearestColumn(v)
        return Float(nearest) < v ? nearest + 1 : nearest
    }

    /// The whole number nearest to `v` in 0..<2²³: adding 2²³ leaves it in the low mantissa bits.
    @inline(__always) private static func nearestColumn(_ v: Float) -> Int {
        Int((v + 8_388_608).bitPattern & 0x7F_FFFF)
    }

    /// Port of font-rs `Raster::draw_line` (Raph Levien, Apache-2.0/MIT): accumulates
    /// the signed area a line covers in each cell of every row it crosses.
    /// Coordinates are inside the box (0...w, 0...h). Rows above the window only move
    /// `x` on, row by row as in a whole-box pass, so the window's rows get the same sums.
    private func drawLine(_ px0: Float, _ py0: Float, _ px1: Float, _ py1: Float) {
        if abs(py0 - py1) <= Float.ulpOfOne { return }
        let (dir, x0p, y0p, x1p, y1p): (Float, Float, Float, Float, Float) =
            py0 < py1 ? (1, px0, py0, px1, py1) : (-1, px1, py1, px0, py0)
        let dxdy = (x1p - x0p) / (y1p - y0p)
        let yStart = Swift.max(0, Int(y0p))
        let yEnd = Swift.min(box.height, Int(y1p.rounded(.up)))
        let first = Swift.max(yStart, rows.lowerBound), end = Swift.min(yEnd, rows.upperBound)
        if first >= end { return }
        let stride = self.stride
        let maxX = Float(box.width)
        var x = Swift.max(0, Swift.min(maxX, x0p))
        // Rows strictly between the first and last are crossed whole: there `rowHeight` is
        // (y + 1) − y, exactly 1, so it is not worked out again.
        let lastRow = yEnd - 1
        for y in yStart..<first {
            x = Self.step(x, dxdy, y == yStart || y == lastRow ? Self.rowHeight(y, y0p, y1p) : 1, maxX)
        }
        let top = rows.lowerBound
        let low = rowLow, high = rowHigh
        for y in first..<end {
            let r = y - top
            let a = accumulation + r * stride
            let dy = y == yStart || y == lastRow ? Self.rowHeight(y, y0p, y1p) : 1
            let xnext = Self.step(x, dxdy, dy, maxX)
            let d = dy * dir
            let (xa, xb) = x < xnext ? (x, xnext) : (xnext, x)
            let xai = Self.floor(xa), xbi = Self.ceiling(xb)
            let xaFloor = Float(xai), xbCeil = Float(xbi)
            low[r] = Swift.min(low[r], Int32(truncatingIfNeeded: xai))
            high[r] = Swift.max(high[r], Int32(truncatingIfNeeded: Swift.max(xai + 2, xbi + 1)))
            if xbi <= xai + 1 {
                let xmf = 0.5 * (x + xnext) - xaFloor
                a[xai] += d - d * xmf
                a[xai + 1] += d * xmf
            } else {
                let s = 1 / (xb - xa)
                let xaf = xa - xaFloor
                let a0 = 0.5 * s * (1 - xaf) * (1 - xaf)
                let xbf = xb - xbCeil + 1
                let am = 0.5 * s * xbf * xbf
                a[xai] += d * a0
                if xbi == xai + 2 {
                    a[xai + 1] += d * (1 - a0 - am)
                } else {
                    let a1 = s * (1.5 - xaf)
                    a[xai + 1] += d * (a1 - a0)
                    if xai + 2 < xbi - 1 {
                        for xi in (xai + 2)..<(xbi - 1) { a[xi] += d * s }
                    }
                    let a2 = a1 + Float(xbi - xai - 3) * s
                    a[xbi - 1] += d * (1 - a2 - am)
                }
                a[xbi] += d * am
            }
            x = xnext
        }
    }

    /// Zeroes whatever the previous shape left in rows that were not read.
    private func clearTouched() {
        for r in 0..<Swift.min(rows.count, rowCapacity) where rowLow[r] < rowHigh[r] {
            let line = accumulation + r * stride
            for i in Int(rowLow[r])..<Int(rowHigh[r]) { line[i] = 0 }
            rowLow[r] = Int32.max
            rowHigh[r] = 0
        }
    }

    /// Fills `coverage` for box row `y` (one of `rows`), clears the row for the next shape,
    /// and calls `body` with each run of columns that has visible coverage. Stretches of
    /// eight or more untouched cells where the running sum covers nothing (the gaps between
    /// thin shapes sharing a row) are skipped without being read or written, so a run never
    /// spans them; every column left out blends to nothing.
    func forEachRun(_ y: Int, rule: FillRule, _ body: (Range<Int>) -> Void) {
        guard rows.contains(y) else { return }
        let r = y - rows.lowerBound
        guard rowLow[r] < rowHigh[r] else { return }
        let low = Int(rowLow[r]), high = Int(rowHigh[r])
        rowLow[r] = Int32.max
        rowHigh[r] = 0
        let end = Swift.max(low, Swift.min(high, box.width))
        let a = accumulation + r * stride, c = coverageBuffer
        let threshold: Float = 1.0 / 512
        let evenOdd = rule == .evenOdd
        var first = -1, last = -1
        var sum: Float = 0
        var quiet = true
        var x = low
        while x < end {
            if quiet, x + 8 <= end, Self.untouched(a + x) {
                if first >= 0 { body(first..<(last + 1)); first = -1 }
                x += 8
                continue
            }
            sum += a[x]
            a[x] = 0
            var v = Swift.abs(sum)
            if evenOdd {
                v = v.truncatingRemainder(dividingBy: 2)
                v = Swift.min(v, 2 - v)
            } else {
                v = Swift.min(v, 1)
            }
            c[x] = v
            quiet = v < threshold
            if !quiet { if first < 0 { first = x }; last = x }
            x += 1
        }
        if first >= 0 { body(first..<(last + 1)) }
        for i in end..<high { a[i] = 0 }
    }

    /// Whether the eight cells from `p` are all +0 (as cleared; no sum makes −0 from +0).
    @inline(__always) private static func untouched(_ p: UnsafeMutablePointer<Float>) -> Bool {
        let raw = UnsafeRawPointer(p)
        return raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self) == 0
    }
}

/// A shape's accumulation cells (before the prefix sum), kept to be added again at whole-pixel
/// offsets (`CoverageMask.add`): row `k` is device row `y0 + k`, its cells `cells[spans[k]]`
/// from column `x0 + columns[k]`; all columns lie in `x0 ..< x0 + width`.
struct CoverageStamp {
    let x0: Int, y0: Int, width: Int
    let columns: [Int]
    let spans: [Range<Int>]
    let cells: [Float]
}
