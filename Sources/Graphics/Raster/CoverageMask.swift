/// Exact-area anti-aliasing: each edge adds its signed area and cover to the
/// cells it crosses (as font-rs's `draw_line` does), then a prefix sum along
/// each row gives the coverage. The buffer spans only the shape's clipped
/// bounding box and is reused between shapes; each row remembers the columns
/// its edges touched, so reading and clearing cost only the touched span.
final class CoverageMask {
    private(set) var box = PixelRect(x0: 0, y0: 0, x1: 0, y1: 0)
    private var accumulation: [Float] = []
    private var stride = 0
    /// Per row, the first touched cell and one past the last (`Int32.max`, 0 when untouched).
    private var rowLow: [Int32] = []
    private var rowHigh: [Int32] = []
    /// Coverage of the current row, 0...1, filled by `row(_:rule:)`.
    private(set) var coverage: [Float] = []

    /// Scan-converts polygons (device space, each implicitly closed) within `clip`.
    /// Returns false when nothing can be covered.
    func rasterize(_ polygons: [[Point]], clip: PixelRect) -> Bool {
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
        let target = bounds.intersection(clip)
        guard !target.isEmpty else { return false }
        clearTouched()
        box = target
        stride = box.width + 2
        let needed = stride * box.height
        if accumulation.count < needed { accumulation = [Float](repeating: 0, count: needed) }
        if rowLow.count < box.height {
            rowLow = [Int32](repeating: Int32.max, count: box.height)
            rowHigh = [Int32](repeating: 0, count: box.height)
        }
        if coverage.count < box.width { coverage = [Float](repeating: 0, count: box.width) }
        let ox = Double(box.x0), oy = Double(box.y0)
        let w = Double(box.width), h = Double(box.height)
        for polygon in polygons where polygon.count > 2 && polygon.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) {
            var a = polygon[polygon.count - 1]
            for b in polygon {
                addEdge(a.x - ox, a.y - oy, b.x - ox, b.y - oy, w, h)
                a = b
            }
        }
        return true
    }

    /// Clips an edge to the box rows, splits it where it crosses the left and
    /// right sides, and clamps the outside parts onto those sides.
    private func addEdge(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, _ w: Double, _ h: Double) {
        guard y0 != y1 else { return }
        var (ax, ay, bx, by) = (x0, y0, x1, y1)
        if ay > by { swap(&ax, &bx); swap(&ay, &by) }
        let flip = y0 > y1
        if by <= 0 || ay >= h { return }
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
            let xa = Swift.max(0, Swift.min(w, ax + (ya - ay) * dxdy))
            let xb = Swift.max(0, Swift.min(w, ax + (yb - ay) * dxdy))
            if flip { drawLine(Float(xb), Float(yb), Float(xa), Float(ya)) } else { drawLine(Float(xa), Float(ya), Float(xb), Float(yb)) }
            ya = yb
        }
        piece(to: cut0)
        piece(to: cut1)
        piece(to: by)
    }

    /// Port of font-rs `Raster::draw_line` (Raph Levien, Apache-2.0/MIT): accumulates
    /// the signed area a line covers in each cell of every row it crosses.
    /// Coordinates are inside the box (0...w, 0...h).
    private func drawLine(_ px0: Float, _ py0: Float, _ px1: Float, _ py1: Float) {
        if abs(py0 - py1) <= Float.ulpOfOne { return }
        let (dir, x0p, y0p, x1p, y1p): (Float, Float, Float, Float, Float) =
            py0 < py1 ? (1, px0, py0, px1, py1) : (-1, px1, py1, px0, py0)
        let dxdy = (x1p - x0p) / (y1p - y0p)
        var x = x0p
        let yStart = Swift.max(0, Int(y0p))
        let yEnd = Swift.min(box.height, Int(y1p.rounded(.up)))
        if yStart >= yEnd { return }
        let stride = self.stride
        let maxX = Float(box.width)
        x = Swift.max(0, Swift.min(maxX, x))
        accumulation.withUnsafeMutableBufferPointer { a in
          rowLow.withUnsafeMutableBufferPointer { low in
            rowHigh.withUnsafeMutableBufferPointer { high in
            for y in yStart..<yEnd {
                let line = y * stride
                let dy = Swift.min(Float(y + 1), y1p) - Swift.max(Float(y), y0p)
                let xnext = Swift.max(0, Swift.min(maxX, x + dxdy * dy))
                let d = dy * dir
                let (xa, xb) = x < xnext ? (x, xnext) : (xnext, x)
                let xaFloor = xa.rounded(.down)
                let xai = Int(xaFloor)
                let xbCeil = xb.rounded(.up)
                let xbi = Int(xbCeil)
                low[y] = Swift.min(low[y], Int32(xai))
                high[y] = Swift.max(high[y], Int32(Swift.max(xai + 2, xbi + 1)))
                if xbi <= xai + 1 {
                    let xmf = 0.5 * (x + xnext) - xaFloor
                    a[line + xai] += d - d * xmf
                    a[line + xai + 1] += d * xmf
                } else {
                    let s = 1 / (xb - xa)
                    let xaf = xa - xaFloor
                    let a0 = 0.5 * s * (1 - xaf) * (1 - xaf)
                    let xbf = xb - xbCeil + 1
                    let am = 0.5 * s * xbf * xbf
                    a[line + xai] += d * a0
                    if xbi == xai + 2 {
                        a[line + xai + 1] += d * (1 - a0 - am)
                    } else {
                        let a1 = s * (1.5 - xaf)
                        a[line + xai + 1] += d * (a1 - a0)
                        if xai + 2 < xbi - 1 {
                            for xi in (xai + 2)..<(xbi - 1) { a[line + xi] += d * s }
                        }
                        let a2 = a1 + Float(xbi - xai - 3) * s
                        a[line + xbi - 1] += d * (1 - a2 - am)
                    }
                    a[line + xbi] += d * am
                }
                x = xnext
            }
            }
          }
        }
    }

    /// Zeroes whatever the previous shape left in rows that were not read.
    private func clearTouched() {
        let rows = Swift.min(box.height, rowLow.count)
        guard rows > 0 else { return }
        accumulation.withUnsafeMutableBufferPointer { a in
            for y in 0..<rows where rowLow[y] < rowHigh[y] {
                for i in (y * stride + Int(rowLow[y]))..<(y * stride + Int(rowHigh[y])) { a[i] = 0 }
                rowLow[y] = Int32.max
                rowHigh[y] = 0
            }
        }
    }

    /// Fills `coverage` for box row `y` and clears the row for the next shape;
    /// returns the columns with any coverage (nil when the row is empty).
    func row(_ y: Int, rule: FillRule) -> Range<Int>? {
        guard y >= 0, y < box.height, rowLow[y] < rowHigh[y] else { return nil }
        let low = Int(rowLow[y]), high = Int(rowHigh[y])
        rowLow[y] = Int32.max
        rowHigh[y] = 0
        let end = Swift.min(high, box.width)
        let start = y * stride
        var first = -1, last = -1
        let evenOdd = rule == .evenOdd
        accumulation.withUnsafeMutableBufferPointer { a in
            coverage.withUnsafeMutableBufferPointer { c in
                var sum: Float = 0
                for x in low..<Swift.max(low, end) {
                    sum += a[start + x]
                    var v = Swift.abs(sum)
                    if evenOdd {
                        v = v.truncatingRemainder(dividingBy: 2)
                        v = Swift.min(v, 2 - v)
                    } else {
                        v = Swift.min(v, 1)
                    }
                    c[x] = v
                }
                for i in (start + low)..<(start + high) { a[i] = 0 }
                for x in low..<Swift.max(low, end) where c[x] >= 1.0 / 512 { first = x; break }
                guard first >= 0 else { return }
                for x in Swift.stride(from: end - 1, through: first, by: -1) where c[x] >= 1.0 / 512 { last = x; break }
            }
        }
        return first < 0 ? nil : first..<(last + 1)
    }
}
