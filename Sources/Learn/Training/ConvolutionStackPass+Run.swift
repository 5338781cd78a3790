/// One step of `ConvolutionStackPass`: gather, forward, loss, backward.
extension ConvolutionStackPass {
    /// Runs the examples at `rows` of `data` (at most the batch size) through
    /// `model` and fills `gradients`; returns the mean loss and how many rows
    /// the model classified correctly. `model` must be the one the pass was made for.
    mutating func run(_ model: Sequential, data: Dataset, rows: ArraySlice<Int>) -> (loss: Double, correct: Int) {
        let m = rows.count
        gather(data, rows: rows, into: batchInput)
        for index in stages.indices {
            forward(index, layer: model.layers[index], rows: m)
        }
        guard let last = stages.last else { return (0, 0) }
        let result = DirectPassLoss.softmaxCrossEntropy(logits: last.output.pointer, width: last.outputSize, rows: rows,
                                                        labels: labels, gradient: last.delta.pointer, scores: &scores)
        for index in stages.indices.reversed() {
            backward(index, layer: model.layers[index], rows: m)
        }
        return result
    }

    private func input(of index: Int) -> UnsafeMutablePointer<Double> {
        index == 0 ? batchInput.pointer : stages[index - 1].output.pointer
    }

    private func forward(_ index: Int, layer: any Layer, rows m: Int) {
        let stage = stages[index]
        let input = UnsafePointer(input(of: index))
        let target = stage.preActivation?.pointer ?? stage.output.pointer
        switch stage.operation {
        case let .convolution(plan, workspace):
            guard let conv = layer as? Conv2D else { return }
            let batchPlan = Self.plan(plan, batch: m)
            Storage.read(conv.filter, conv.bias) { filter, bias in
                ConvolutionKernels.forward(batchPlan, workspace: workspace, input: input, filter: filter, bias: bias,
                                           rectify: stage.rectified, output: target)
            }
        case let .maxPool(geometry, argmax):
            var g = geometry
            g.batch = m
            PoolingKernels.maxPool(g, input, into: target, argmax: argmax.pointer)
        case let .averagePool(geometry):
            var g = geometry
            g.batch = m
            PoolingKernels.averagePool(g, input, into: target)
        case let .globalAverage(pixels, channels):
            PoolingKernels.globalAverage(input, images: m, pixels: pixels, channels: channels, into: target)
        case .reshape:
            return
        case let .dense(k, n, _):
            guard let dense = layer as? Dense else { return }
            Storage.read(dense.weight, dense.bias) { weight, bias in
                MatrixKernels.gemm(m: m, n: n, k: k, a: input, aRowStride: k, aColumnStride: 1, b: weight, c: target,
                                   accumulate: false, rowBias: bias, rectify: stage.rectified)
            }
        }
        if let function = stage.function {
            for i in 0..<(m * stage.outputSize) { stage.output.pointer[i] = function.value(target[i]) }
        }
    }

    /// From the gradient of layer `index`'s output (in its delta): through
    /// its activation, then its parameters' gradients and, when a layer below
    /// has parameters, the gradient of its input (the delta of the layer below).
    private mutating func backward(_ index: Int, layer: any Layer, rows m: Int) {
        let stage = stages[index]
        let g = stage.delta.pointer, count = m * stage.outputSize
        let rectifiedAbove = index + 1 < stages.count && stages[index + 1].appliesRectifierBelow
        if stage.rectified, !rectifiedAbove {
            RectifierKernels.mask(g, byPositive: stage.output.pointer, into: g, count: count)
        } else if let function = stage.function, let x = stage.preActivation?.pointer {
            let y = stage.output.pointer
            for i in 0..<count { g[i] = g[i] * function.derivative(x: x[i], y: y[i]) }
        }
        let input = UnsafePointer(input(of: index))
        let below = stage.needsInputGradient && index > 0 ? stages[index - 1].delta.pointer : nil
        switch stage.operation {
        case let .convolution(plan, workspace):
            guard let conv = layer as? Conv2D else { return }
            let batchPlan = Self.plan(plan, batch: m)
            withGradients(of: index) { filterGradient, biasGradient in
                Storage.read(conv.filter) { filter in
                    ConvolutionKernels.backward(batchPlan, workspace: workspace, input: input, filter: filter, outputGradient: g,
                                                filterGradient: filterGradient, biasGradient: biasGradient, inputGradient: below)
                }
            }
        case let .maxPool(geometry, argmax):
            guard let below else { return }
            var batchGeometry = geometry
            batchGeometry.batch = m
            PoolingKernels.maxPoolBackward(batchGeometry, g, argmax: argmax.pointer,
                                           rectifiedBy: stage.appliesRectifierBelow ? stage.output.pointer : nil, into: below)
        case let .averagePool(geometry):
            guard let below else { return }
            var batchGeometry = geometry
            batchGeometry.batch = m
            PoolingKernels.averagePoolBackward(batchGeometry, g, into: below)
        case let .globalAverage(pixels, channels):
            guard let below else { return }
            PoolingKernels.globalAverageBackward(g, images: m, pixels: pixels, channels: channels, into: below)
        case .reshape:
            return
        case let .dense(k, n, transposedWeight):
            guard let dense = layer as? Dense else { return }
            withGradients(of: index) { weightGradient, biasGradient in
                MatrixKernels.gemm(m: k, n: n, k: m, a: input, aRowStride: 1, aColumnStride: k, b: g, c: weightGradient,
                                   accumulate: false)
                MatrixKernels.columnSums(g, rows: m, columns: n, into: biasGradient)
            }
            guard let below else { return }
            Storage.read(dense.weight) { weight in
                MatrixKernels.transpose(weight, rows: k, columns: n, into: transposedWeight.pointer)
            }
            MatrixKernels.gemm(m: m, n: k, k: n, a: g, aRowStride: n, aColumnStride: 1, b: transposedWeight.pointer,
                               c: below, accumulate: false)
        }
    }

    /// `body(weightGradient, biasGradient)` on the storage of layer `index`'s
    /// two gradients (moved out of `gradients` meanwhile, so neither is copied).
    private mutating func withGradients(
        of index: Int, _ body: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) -> Void
    ) {
        var weight: [Double] = [], bias: [Double] = []
        swap(&weight, &gradients.layers[index][0].scalars)
        swap(&bias, &gradients.layers[index][1].scalars)
        weight.withUnsafeMutableBufferPointer { weight in
            bias.withUnsafeMutableBufferPointer { bias in
                body(MatrixKernels.mutableBase(weight), MatrixKernels.mutableBase(bias))
            }
        }
        swap(&weight, &gradients.layers[index][0].scalars)
        swap(&bias, &gradients.layers[index][1].scalars)
    }

    /// The plan of a batch of `m` images (the last batch may be smaller).
    private static func plan(_ plan: ConvolutionKernels.Plan, batch m: Int) -> ConvolutionKernels.Plan {
        guard plan.geometry.batch != m else { return plan }
        var geometry = plan.geometry
        geometry.batch = m
        return ConvolutionKernels.Plan(geometry: geometry, outputChannels: plan.outputChannels)
    }
}
