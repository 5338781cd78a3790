#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// Turns a premultiplied `Pixmap` into PNG scanlines one row at a time:
/// straight RGB (opaque images) or RGBA, then the filter byte and filtered
/// bytes chosen by `PNGFilter`'s minimum-sum heuristic.
enum PNGRowFilter {
    /// Writes each filtered row of `rows` (all rows when nil; filter byte first, `width * channels + 1` bytes)
    /// to `destination`, then calls `rowDone`. A range that starts below the top filters its first row against
    /// the image row above it, so any band of rows filters exactly as in a whole-image pass.
    ///
    /// `rowDone`'s argument is true when the row just passed is byte for byte the one passed before it: both
    /// rows equal the image row above them, so both filter to Up and all zeros. The destination then already
    /// holds the row, and nothing is converted, scored or written for it (the inside of a chart's bars, its
    /// blank margins).
    static func filterRows(of pixmap: Pixmap, opaque: Bool, rows: Range<Int>? = nil,
                           into destination: UnsafeMutablePointer<UInt8>, rowDone: (_ repeatsLast: Bool) -> Void) {
        let rows = (rows ?? 0..<pixmap.height).clamped(to: 0..<pixmap.height)
        let channels = opaque ? 3 : 4
        let rowBytes = pixmap.width * channels
        // Four bytes of slack: the opaque path stores whole words.
        var previous = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes + 4)
        var current = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes + 4)
        defer { previous.deallocate(); current.deallocate() }
        previous.initialize(repeating: 0, count: rowBytes + 4)
        current.initialize(repeating: 0, count: rowBytes + 4)
        let output = UnsafeMutableBufferPointer(start: destination, count: rowBytes + 1)
        pixmap.pixels.withUnsafeBufferPointer { px in
            guard let pixels = px.baseAddress else { return }
            func unpremultiply(_ y: Int, into target: UnsafeMutablePointer<UInt8>) {
                let row = pixels + y * pixmap.width * 4
                if opaque { dropAlpha(row, pixmap.width, into: target) } else { straighten(row, pixmap.width, into: target) }
            }
            let pixelRowBytes = pixmap.width * 4
            func equalsRowAbove(_ y: Int) -> Bool {
                y > 0 && memcmp(pixels + y * pixelRowBytes, pixels + (y - 1) * pixelRowBytes, pixelRowBytes) == 0
            }
            if rows.lowerBound > 0 { unpremultiply(rows.lowerBound - 1, into: previous) }
            var lastWasUpZeros = false
            for y in rows {
                // An interrupted cell's picture is not used (its owner checks): stop encoding it.
                if Interrupt.isRequested { return }
                let upZeros = equalsRowAbove(y)
                defer { lastWasUpZeros = upZeros }
                if upZeros && lastWasUpZeros {
                    rowDone(true)
                    continue
                }
                unpremultiply(y, into: current)
                let cur = UnsafeBufferPointer(start: current, count: rowBytes)
                let prev = UnsafeBufferPointer(start: previous, count: rowBytes)
                let filter = PNGFilter.bestFilter(cur, prev, channels)
                output[0] = filter
                PNGFilter.apply(filter, cur, prev, channels, output)
                rowDone(false)
                swap(&previous, &current)
            }
        }
    }

    /// Opaque premultiplied RGBA is straight RGB: copy three bytes of each pixel
    /// (as whole words, each overwriting the previous word's spare byte).
    static func dropAlpha(_ src: UnsafePointer<UInt8>, _ count: Int, into dst: UnsafeMutablePointer<UInt8>) {
        let source = UnsafeRawPointer(src), target = UnsafeMutableRawPointer(dst)
        for i in 0..<count {
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self), toByteOffset: i * 3, as: UInt32.self)
        }
    }

    /// One row of premultiplied RGBA to straight RGBA; opaque and clear pixels skip the division.
    static func straighten(_ src: UnsafePointer<UInt8>, _ count: Int, into dst: UnsafeMutablePointer<UInt8>) {
        for i in 0..<count {
            let a = Int(src[i * 4 + 3])
            if a == 255 {
                UnsafeMutableRawPointer(dst + i * 4).storeBytes(of: UnsafeRawPointer(src + i * 4).loadUnaligned(as: UInt32.self), as: UInt32.self)
            } else if a == 0 {
                UnsafeMutableRawPointer(dst + i * 4).storeBytes(of: 0, as: UInt32.self)
            } else {
                for k in 0..<3 { dst[i * 4 + k] = UInt8(Swift.min(255, (Int(src[i * 4 + k]) * 255 + a / 2) / a)) }
                dst[i * 4 + 3] = UInt8(a)
            }
        }
    }
}
