import Platform

/// 2-D convolution of channels-last images through the matrix kernel
/// (im2col): the window under each output pixel is copied into a row of a
/// patch matrix `[pixels, h·w·in]`, and the filter `(h, w, in, out)` read as
/// the matrix `[h·w·in, out]` multiplies it, giving the output `[pixels, out]`
/// in place. The gradients are the transposed products, the input's copied
/// back window by window (col2im).
///
/// The batch is cut into chunks of whole images small enough for a patch
/// matrix to stay in cache; chunks go to a fixed number of tasks that run on
/// both cores. How the work is cut depends only on the shapes, never on the
/// machine, so results are the same everywhere, and the tape and the direct
/// training pass (which call these same functions) agree bit for bit.
enum ConvolutionKernels {
    /// How a convolution's batch is cut into chunks and tasks.
    struct Plan: Equatable {
        let geometry: ImageGeometry
        let outputChannels: Int
        /// Whole images per chunk.
        let imagesPerChunk: Int
        let chunkCount: Int
        /// Tasks run in parallel; task `t` takes chunks `t, t + taskCount, …`.
        let taskCount: Int

        /// At most this many patch scalars per chunk (256 KiB, about a core's L2 share).
        static let chunkScalars = 32_768
        /// The most tasks a convolution is cut into.
        static let maximumTasks = 4
        /// Below this many multiply-adds a convolution runs as one task.
        static let parallelWork = 1 << 18

        init(geometry: ImageGeometry, outputChannels: Int) {
            self.geometry = geometry
            self.outputChannels = outputChannels
            let perImage = max(geometry.outputPixels * geometry.patchSize, 1)
            imagesPerChunk = max(1, Self.chunkScalars / perImage)
            chunkCount = (geometry.batch + imagesPerChunk - 1) / imagesPerChunk
            let work = geometry.batch * perImage * max(outputChannels, 1)
            taskCount = work < Self.parallelWork ? min(chunkCount, 1) : min(chunkCount, Self.maximumTasks)
        }

        /// Output rows (pixels) per full chunk.
        var chunkRows: Int { imagesPerChunk * geometry.outputPixels }

        /// The images of chunk `index`.
        func images(ofChunk index: Int) -> Range<Int> {
            let start = index * imagesPerChunk
            return start..<min(start + imagesPerChunk, geometry.batch)
        }

        /// True when the patch matrix is the input itself (a 1×1 window, stride 1, no padding).
        var isPointwise: Bool {
            geometry.windowHeight == 1 && geometry.windowWidth == 1 && geometry.strideY == 1 && geometry.strideX == 1
        }
    }

    /// Working storage for one convolution: a patch matrix and a weight
    /// gradient per task, and the transposed filter.
    final class Workspace {
        let plan: Plan
        let patches: ScratchBuffer
        let partialGradients: ScratchBuffer
        let transposedFilter: ScratchBuffer

        /// Storage for `plan` and any smaller batch of the same images.
        init(plan: Plan) {
            self.plan = plan
            let tasks = max(plan.taskCount, 1)
            let filterSize = plan.geometry.patchSize * plan.outputChannels
            patches = ScratchBuffer(capacity: tasks * plan.chunkRows * plan.geometry.patchSize)
            partialGradients = ScratchBuffer(capacity: tasks * filterSize)
            transposedFilter = ScratchBuffer(capacity: filterSize)
        }

        func patches(forTask task: Int) -> UnsafeMutablePointer<Double> {
            patches.pointer + task * plan.chunkRows * plan.geometry.patchSize
        }

        func partialGradient(forTask task: Int) -> UnsafeMutablePointer<Double> {
            partialGradients.pointer + task * plan.geometry.patchSize * plan.outputChannels
        }
    }

    /// `output = input ⊛ filter + bias` (then ReLU with `rectify`):
    /// input `[batch, height, width, in]`, filter `[h·w·in, out]`, bias `[out]`,
    /// output `[batch, outHeight, outWidth, out]`.
    static func forward(
        _ plan: Plan, workspace: Workspace, input: UnsafePointer<Double>, filter: UnsafePointer<Double>,
        bias: UnsafePointer<Double>, rectify: Bool, output: UnsafeMutablePointer<Double>
    ) {
        let (g, n) = (plan.geometry, plan.outputChannels)
        forEachChunk(plan) { task, _, images in
            let rows = images.count * g.outputPixels
            let firstRow = images.lowerBound * g.outputPixels
            let patches = patchMatrix(plan, workspace: workspace, task: task, input: input, images: images)
            MatrixKernels.gemm(m: rows, n: n, k: g.patchSize, a: patches, aRowStride: g.patchSize, aColumnStride: 1,
                               b: filter, c: output + firstRow * n, accumulate: false, rowBias: bias, rectify: rectify)
        }
    }

    /// From the gradient of the output (`[batch·outPixels, out]`, already
    /// through the ReLU if there is one): the filter's gradient `[h·w·in, out]`,
    /// the bias's `[out]`, and, when `inputGradient` is given, the input's.
    static func backward(
        _ plan: Plan, workspace: Workspace, input: UnsafePointer<Double>, filter: UnsafePointer<Double>,
        outputGradient: UnsafePointer<Double>, filterGradient: UnsafeMutablePointer<Double>,
        biasGradient: UnsafeMutablePointer<Double>, inputGradient: UnsafeMutablePointer<Double>?
    ) {
        let (g, n, k) = (plan.geometry, plan.outputChannels, plan.geometry.patchSize)
        if inputGradient != nil {
            MatrixKernels.transpose(filter, rows: k, columns: n, into: workspace.transposedFilter.pointer)
        }
        guard plan.taskCount > 0 else {
            filterGradient.update(repeating: 0, count: k * n)
            biasGradient.update(repeating: 0, count: n)
            return
        }
        let byChannel = takesGradientByChannel(plan)
        forEachChunk(plan) { task, chunk, images in
            let rows = images.count * g.outputPixels
            let upstream = outputGradient + images.lowerBound * g.outputPixels * n
            let patches = patchMatrix(plan, workspace: workspace, task: task, input: input, images: images)
            // A task's first chunk is the chunk of its own number; later ones add to its sums.
            if byChannel {
                MatrixKernels.gemm(m: n, n: k, k: rows, a: upstream, aRowStride: 1, aColumnStride: n, b: patches,
                                   c: workspace.partialGradient(forTask: task), accumulate: chunk != task)
            } else {
                MatrixKernels.gemm(m: k, n: n, k: rows, a: patches, aRowStride: 1, aColumnStride: k, b: upstream,
                                   c: workspace.partialGradient(forTask: task), accumulate: chunk != task)
            }
            guard let inputGradient else { return }
            let patchGradient = workspace.patches(forTask: task)
            MatrixKernels.gemm(m: rows, n: k, k: n, a: upstream, aRowStride: n, aColumnStride: 1,
                               b: workspace.transposedFilter.pointer, c: patchGradient, accumulate: false)
            let image = g.inputImageSize
            (inputGradient + images.lowerBound * image).update(repeating: 0, count: images.count * image)
            addPatches(g, patchGradient, images: images, into: inputGradient)
        }
        let total = workspace.partialGradient(forTask: 0)
        for task in 1..<plan.taskCount {
            let partial = workspace.partialGradient(forTask: task)
            for i in 0..<(k * n) { total[i] += partial[i] }
        }
        if byChannel {
            MatrixKernels.transpose(total, rows: n, columns: k, into: filterGradient)
        } else {
            filterGradient.update(from: total, count: k * n)
        }
        MatrixKernels.columnSums(outputGradient, rows: g.batch * g.outputPixels, columns: n, into: biasGradient)
    }

    /// Whether the filter's gradient is made as `outputGradientᵀ · patches`
    /// (`[out, h·w·in]`, transposed at the end) rather than `patchesᵀ · outputGradient`:
    /// for wide patches, so that the patch matrix is read once per four
    /// channels instead of once per four patch columns. Both sum every
    /// element's products in the same order, so the results are identical.
    private static func takesGradientByChannel(_ plan: Plan) -> Bool {
        plan.geometry.patchSize % 8 == 0 && plan.geometry.patchSize >= plan.outputChannels
    }

    /// Runs `body(task, chunk, images)` for every chunk, the tasks in parallel. When the running cell
    /// is interrupted the remaining chunks are skipped, leaving the result incomplete: whoever owns it
    /// calls `Interrupt.check()` (see `Platform.Interrupt`).
    private static func forEachChunk(_ plan: Plan, _ body: (Int, Int, Range<Int>) -> Void) {
        let tasks = plan.taskCount
        guard tasks > 0 else { return }
        Parallel.forEach(tasks) { task in
            for chunk in stride(from: task, to: plan.chunkCount, by: tasks) {
                if Interrupt.isRequested { return }
                body(task, chunk, plan.images(ofChunk: chunk))
            }
        }
    }

    /// The patch matrix of `images`: the task's scratch filled by im2col, or
    /// the input itself for a pointwise convolution.
    private static func patchMatrix(
        _ plan: Plan, workspace: Workspace, task: Int, input: UnsafePointer<Double>, images: Range<Int>
    ) -> UnsafePointer<Double> {
        let g = plan.geometry
        if plan.isPointwise { return input + images.lowerBound * g.inputImageSize }
        let patches = workspace.patches(forTask: task)
        gatherPatches(g, input, images: images, into: patches)
        return UnsafePointer(patches)
    }

    /// im2col: row `(image, y, x)` of `patches` holds the window under output
    /// pixel `(y, x)`, window rows after one another, zeros outside the image.
    static func gatherPatches(
        _ g: ImageGeometry, _ input: UnsafePointer<Double>, images: Range<Int>, into patches: UnsafeMutablePointer<Double>
    ) {
        let c = g.channels, span = g.windowWidth &* c, lineSize = g.width &* c
        let (inside, outputWidth) = (insideColumns(g), g.outputWidth)
        var row = patches
        for image in images {
            let source = input + image &* g.inputImageSize
            for y in 0..<g.outputHeight {
                for wy in 0..<g.windowHeight {
                    let sourceY = y &* g.strideY &+ wy &- g.padTop
                    var target = row + wy &* span
                    guard sourceY >= 0, sourceY < g.height else {
                        for _ in 0..<outputWidth {
                            target.update(repeating: 0, count: span)
                            target += g.patchSize
                        }
                        continue
                    }
                    let line = source + sourceY &* lineSize
                    for x in 0..<outputWidth {
                        let left = x &* g.strideX &- g.padLeft
                        if inside.contains(x) {
                            copy(line + left &* c, to: target, count: span)
                        } else {
                            for wx in 0..<g.windowWidth {
                                let sourceX = left &+ wx
                                if sourceX >= 0, sourceX < g.width {
                                    copy(line + sourceX &* c, to: target + wx &* c, count: c)
                                } else {
                                    (target + wx &* c).update(repeating: 0, count: c)
                                }
                            }
                        }
                        target += g.patchSize
                    }
                }
                row += outputWidth &* g.patchSize
            }
        }
    }

    /// The output columns whose window lies wholly inside the image's width.
    private static func insideColumns(_ g: ImageGeometry) -> Range<Int> {
        let first = (g.padLeft + g.strideX - 1) / g.strideX
        let last = g.width >= g.windowWidth ? (g.width - g.windowWidth + g.padLeft) / g.strideX : -1
        return first..<max(first, min(last + 1, g.outputWidth))
    }

    /// Copies `count` doubles; window rows (a few to a few hundred) without a call to `memmove`.
    @inline(__always)
    private static func copy(_ source: UnsafePointer<Double>, to target: UnsafeMutablePointer<Double>, count: Int) {
        guard count < 512 else { return target.update(from: source, count: count) }
        var i = 0
        while i &+ 4 <= count {
            UnsafeMutableRawPointer(target + i).storeBytes(of: UnsafeRawPointer(source + i).loadUnaligned(as: SIMD4<Double>.self),
                                                           as: SIMD4<Double>.self)
            i &+= 4
        }
        if i < count { target[i] = source[i] }
        if i + 1 < count { target[i + 1] = source[i + 1] }
        if i + 2 < count { target[i + 2] = source[i + 2] }
    }

    /// col2im: adds each row of `patches` back onto the pixels its window
    /// covers (the adjoint of `gatherPatches`); `gradient` holds whole images.
    static func addPatches(
        _ g: ImageGeometry, _ patches: UnsafePointer<Double>, images: Range<Int>, into gradient: UnsafeMutablePointer<Double>
    ) {
        let c = g.channels, span = g.windowWidth &* c, lineSize = g.width &* c
        let inside = insideColumns(g)
        var row = patches
        for image in images {
            let target = gradient + image &* g.inputImageSize
            for y in 0..<g.outputHeight {
                for x in 0..<g.outputWidth {
                    let left = x &* g.strideX &- g.padLeft
                    for wy in 0..<g.windowHeight {
                        let targetY = y &* g.strideY &+ wy &- g.padTop
                        guard targetY >= 0, targetY < g.height else { continue }
                        let line = target + targetY &* lineSize
                        let source = row + wy &* span
                        if inside.contains(x) {
                            add(source, to: line + left &* c, count: span)
                            continue
                        }
                        for wx in 0..<g.windowWidth {
                            let targetX = left &+ wx
                            guard targetX >= 0, targetX < g.width else { continue }
                            add(source + wx &* c, to: line + targetX &* c, count: c)
                        }
                    }
                    row += g.patchSize
                }
            }
        }
    }

    /// `target[i] += source[i]` for `count` doubles.
    @inline(__always)
    private static func add(_ source: UnsafePointer<Double>, to target: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        while i &+ 4 <= count {
            let sum = UnsafeRawPointer(target + i).loadUnaligned(as: SIMD4<Double>.self)
                + UnsafeRawPointer(source + i).loadUnaligned(as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(target + i).storeBytes(of: sum, as: SIMD4<Double>.self)
            i &+= 4
        }
        while i < count {
            target[i] += source[i]
            i &+= 1
        }
    }
}
