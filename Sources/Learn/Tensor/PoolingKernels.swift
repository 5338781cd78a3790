import Platform

/// Max and average pooling over windows of channels-last images
/// (`[batch, height, width, channels]` → `[batch, outHeight, outWidth, channels]`),
/// each channel on its own. Windows take only cells inside the image:
/// padding is never a maximum and never counted in an average (TensorFlow's rule).
enum PoolingKernels {
    /// Each output is the largest input of its window; `argmax` receives the
    /// input offset it came from (the first of equal maxima; a NaN wins), or
    /// -1 for a window with no cell inside the image.
    static func maxPool(
        _ g: ImageGeometry, _ input: UnsafePointer<Double>, into output: UnsafeMutablePointer<Double>,
        argmax: UnsafeMutablePointer<Int>
    ) {
        let c = g.channels
        forEachWindow(g, inParallel: true) { image, position, rows, columns in
            let best = output + position, from = argmax + position
            guard let top = rows.first, let left = columns.first else {
                best.update(repeating: 0, count: c)
                from.update(repeating: -1, count: c)
                return
            }
            let first = ((image * g.height + top) * g.width + left) * c
            for channel in 0..<c {
                best[channel] = input[first + channel]
                from[channel] = first + channel
            }
            for y in rows {
                for x in columns where y != top || x != left {
                    keepLarger(input, at: ((image &* g.height &+ y) &* g.width &+ x) &* c, count: c, best: best, from: from)
                }
            }
        }
    }

    /// Where `input[base + i]` beats `best[i]` (is larger, or NaN over a
    /// number), takes it and its offset, for `i` in `0..<count`.
    @inline(__always)
    private static func keepLarger(
        _ input: UnsafePointer<Double>, at base: Int, count: Int,
        best: UnsafeMutablePointer<Double>, from: UnsafeMutablePointer<Int>
    ) {
        var i = 0
        while i &+ 4 <= count {
            let value = UnsafeRawPointer(input + (base &+ i)).loadUnaligned(as: SIMD4<Double>.self)
            let current = UnsafeRawPointer(best + i).loadUnaligned(as: SIMD4<Double>.self)
            let better = (value .> current) .| ((value .!= value) .& (current .== current))
            UnsafeMutableRawPointer(best + i).storeBytes(of: current.replacing(with: value, where: better), as: SIMD4<Double>.self)
            let offsets = SIMD4<Int64>(repeating: Int64(base &+ i)) &+ SIMD4<Int64>(0, 1, 2, 3)
            let previous = UnsafeRawPointer(from + i).loadUnaligned(as: SIMD4<Int64>.self)
            UnsafeMutableRawPointer(from + i).storeBytes(of: previous.replacing(with: offsets, where: better), as: SIMD4<Int64>.self)
            i &+= 4
        }
        while i < count {
            let value = input[base &+ i], current = best[i]
            if value > current || (value.isNaN && !current.isNaN) {
                best[i] = value
                from[i] = base &+ i
            }
            i &+= 1
        }
    }

    /// The input gradient of max pooling: each output's gradient goes to the
    /// cell its maximum came from, all other cells get zero. With
    /// `rectifiedBy` (the pooled outputs, when the pooled values are a
    /// ReLU's), only positive maxima pass their gradient: the ReLU's own
    /// gradient, which need not be applied again (the same numbers: a cell
    /// that is no window's positive maximum gets zero either way).
    /// `inputGradient` (the whole batch) is overwritten.
    static func maxPoolBackward(
        _ g: ImageGeometry, _ upstream: UnsafePointer<Double>, argmax: UnsafePointer<Int>,
        rectifiedBy pooled: UnsafePointer<Double>? = nil, into inputGradient: UnsafeMutablePointer<Double>
    ) {
        let outputCount = g.batch &* g.outputPixels &* g.channels
        inputGradient.update(repeating: 0, count: g.batch &* g.inputImageSize)
        if let pooled {
            for i in 0..<outputCount where argmax[i] >= 0 && pooled[i] > 0 { inputGradient[argmax[i]] += upstream[i] }
        } else {
            for i in 0..<outputCount where argmax[i] >= 0 { inputGradient[argmax[i]] += upstream[i] }
        }
    }

    /// Each output is the mean of its window's cells inside the image.
    static func averagePool(_ g: ImageGeometry, _ input: UnsafePointer<Double>, into output: UnsafeMutablePointer<Double>) {
        let c = g.channels
        forEachWindow(g) { image, position, rows, columns in
            let target = output + position
            target.update(repeating: 0, count: c)
            for y in rows {
                for x in columns {
                    let source = input + ((image * g.height + y) * g.width + x) * c
                    for channel in 0..<c { target[channel] += source[channel] }
                }
            }
            let scale = rows.isEmpty || columns.isEmpty ? 0 : 1 / Double(rows.count * columns.count)
            for channel in 0..<c { target[channel] *= scale }
        }
    }

    /// The input gradient of average pooling: each output's gradient shared
    /// equally by the cells of its window. `inputGradient` is overwritten.
    static func averagePoolBackward(
        _ g: ImageGeometry, _ upstream: UnsafePointer<Double>, into inputGradient: UnsafeMutablePointer<Double>
    ) {
        let c = g.channels
        inputGradient.update(repeating: 0, count: g.batch * g.inputImageSize)
        forEachWindow(g) { image, position, rows, columns in
            let scale = rows.isEmpty || columns.isEmpty ? 0 : 1 / Double(rows.count * columns.count)
            let source = upstream + position
            for y in rows {
                for x in columns {
                    let target = inputGradient + ((image * g.height + y) * g.width + x) * c
                    for channel in 0..<c { target[channel] += source[channel] * scale }
                }
            }
        }
    }

    /// The mean of every channel over each image's pixels: `[batch, h, w, c]` → `[batch, c]`.
    static func globalAverage(
        _ input: UnsafePointer<Double>, images: Int, pixels: Int, channels: Int, into output: UnsafeMutablePointer<Double>
    ) {
        let scale = pixels > 0 ? 1 / Double(pixels) : 0
        for image in 0..<images {
            let target = output + image * channels
            target.update(repeating: 0, count: channels)
            var source = input + image * pixels * channels
            for _ in 0..<pixels {
                for channel in 0..<channels { target[channel] += source[channel] }
                source += channels
            }
            for channel in 0..<channels { target[channel] *= scale }
        }
    }

    /// The input gradient of `globalAverage`: every pixel gets its channel's
    /// gradient divided by the pixel count.
    static func globalAverageBackward(
        _ upstream: UnsafePointer<Double>, images: Int, pixels: Int, channels: Int,
        into inputGradient: UnsafeMutablePointer<Double>
    ) {
        let scale = pixels > 0 ? 1 / Double(pixels) : 0
        var target = inputGradient
        for image in 0..<images {
            let source = upstream + image * channels
            for _ in 0..<pixels {
                for channel in 0..<channels { target[channel] = source[channel] * scale }
                target += channels
            }
        }
    }

    /// Below this many input scalars a pooling runs as one task.
    static let parallelWork = 1 << 16

    /// Calls `body(image, position, rows, columns)` for every output pixel in
    /// row-major order, with the offset of its first output and the window's
    /// rows and columns clipped to the image; `inParallel`, the images of a
    /// large batch are shared by up to four tasks (each image's outputs are its own).
    @inline(__always)
    private static func forEachWindow(
        _ g: ImageGeometry, inParallel: Bool = false, _ body: (Int, Int, Range<Int>, Range<Int>) -> Void
    ) {
        let tasks = inParallel && g.batch &* g.inputImageSize >= parallelWork ? min(g.batch, 4) : 1
        Parallel.forEach(tasks) { task in
            let images = (g.batch * task / tasks)..<(g.batch * (task + 1) / tasks)
            var position = images.lowerBound &* g.outputPixels &* g.channels
            for image in images {
                for y in 0..<g.outputHeight {
                    let top = y &* g.strideY &- g.padTop
                    let rows = max(top, 0)..<max(min(top &+ g.windowHeight, g.height), max(top, 0))
                    for x in 0..<g.outputWidth {
                        let left = x &* g.strideX &- g.padLeft
                        let columns = max(left, 0)..<max(min(left &+ g.windowWidth, g.width), max(left, 0))
                        body(image, position, rows, columns)
                        position &+= g.channels
                    }
                }
            }
        }
    }
}
