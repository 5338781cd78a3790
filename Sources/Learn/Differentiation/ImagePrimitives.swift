import Platform

/// The differentiable primitives of image layers: convolution, pooling and
/// batch normalisation, each a kernel of `ConvolutionKernels`,
/// `PoolingKernels` or `NormalizationKernels` with its gradient rule (the
/// same kernels `ConvolutionStackPass` runs without a tape).
extension Primitives {
    /// `x ⊛ filter + bias` (ReLU'd with `rectified`): x `[n, h, w, in]`,
    /// filter `[fh, fw, in, out]`, bias `[out]`, shapes already checked into `geometry`.
    static func convolution(_ x: Tensor, _ filter: Tensor, _ bias: Tensor, geometry: ImageGeometry, rectified: Bool) throws -> Tensor {
        let outputChannels = bias.scalarCount
        let plan = ConvolutionKernels.Plan(geometry: geometry, outputChannels: outputChannels)
        let outputShape = [geometry.batch] + geometry.outputShape(channels: outputChannels)
        let output = try Storage.filled(outputShape) { out in
            Storage.read(x, filter, bias) { px, pf, pb in
                ConvolutionKernels.forward(plan, workspace: ConvolutionKernels.Workspace(plan: plan), input: px, filter: pf,
                                           bias: pb, rectify: rectified, output: out)
            }
        }
        try Interrupt.check()  // an interrupted convolution is incomplete
        return Tensor.record(output, inputs: [x, filter, bias]) { upstream in
            let g = rectified ? RectifierKernels.mask(upstream.scalars, byPositive: output.scalars) : upstream.scalars
            var filterGradient = [Double](repeating: 0, count: filter.scalarCount)
            var biasGradient = [Double](repeating: 0, count: outputChannels)
            var inputGradient = [Double](repeating: 0, count: x.node == nil ? 0 : x.scalarCount)
            Storage.read(x.detached, filter.detached, Tensor(g)) { px, pf, pg in
                filterGradient.withUnsafeMutableBufferPointer { df in
                    biasGradient.withUnsafeMutableBufferPointer { db in
                        inputGradient.withUnsafeMutableBufferPointer { dx in
                            ConvolutionKernels.backward(
                                plan, workspace: ConvolutionKernels.Workspace(plan: plan), input: px, filter: pf, outputGradient: pg,
                                filterGradient: MatrixKernels.mutableBase(df), biasGradient: MatrixKernels.mutableBase(db),
                                inputGradient: x.node == nil ? nil : MatrixKernels.mutableBase(dx))
                        }
                    }
                }
            }
            return [x.node == nil ? nil : Tensor(uncheckedShape: x.shape, scalars: inputGradient),
                    Tensor(uncheckedShape: filter.shape, scalars: filterGradient),
                    Tensor(uncheckedShape: bias.shape, scalars: biasGradient)]
        }
    }

    /// The largest value of each window; the gradient goes to where it came from.
    static func maxPool(_ x: Tensor, geometry: ImageGeometry) throws -> Tensor {
        let shape = [geometry.batch] + geometry.outputShape(channels: geometry.channels)
        var argmax = [Int](repeating: -1, count: try TensorLimits.scalarCount(shape))
        let output = try Storage.filled(shape) { out in
            Storage.read(x) { px in
                argmax.withUnsafeMutableBufferPointer { indices in
                    guard let indices = indices.baseAddress else { return }
                    PoolingKernels.maxPool(geometry, px, into: out, argmax: indices)
                }
            }
        }
        return Tensor.record(output, inputs: [x]) { upstream in
            let gradient = (try? Storage.filled(x.shape) { dx in
                Storage.read(upstream) { pg in
                    argmax.withUnsafeBufferPointer { indices in
                        guard let indices = indices.baseAddress else { return dx.update(repeating: 0, count: x.scalarCount) }
                        PoolingKernels.maxPoolBackward(geometry, pg, argmax: indices, into: dx)
                    }
                }
            }) ?? x.detached
            return [gradient]
        }
    }

    /// The mean of each window (cells inside the image only).
    static func averagePool(_ x: Tensor, geometry: ImageGeometry) throws -> Tensor {
        let shape = [geometry.batch] + geometry.outputShape(channels: geometry.channels)
        let output = try Storage.filled(shape) { out in
            Storage.read(x) { px in PoolingKernels.averagePool(geometry, px, into: out) }
        }
        return Tensor.record(output, inputs: [x]) { upstream in
            let gradient = (try? Storage.filled(x.shape) { dx in
                Storage.read(upstream) { pg in PoolingKernels.averagePoolBackward(geometry, pg, into: dx) }
            }) ?? x.detached
            return [gradient]
        }
    }

    /// `[n, h, w, c]` → `[n, c]`: the mean of each channel over the pixels.
    static func globalAveragePool(_ x: Tensor) throws -> Tensor {
        let (images, pixels, channels) = (x.shape[0], x.shape[1] * x.shape[2], x.shape[3])
        let output = try Storage.filled([images, channels]) { out in
            Storage.read(x) { px in PoolingKernels.globalAverage(px, images: images, pixels: pixels, channels: channels, into: out) }
        }
        return Tensor.record(output, inputs: [x]) { upstream in
            let gradient = (try? Storage.filled(x.shape) { dx in
                Storage.read(upstream) { pg in
                    PoolingKernels.globalAverageBackward(pg, images: images, pixels: pixels, channels: channels, into: dx)
                }
            }) ?? x.detached
            return [gradient]
        }
    }

    /// Batch normalisation along the last axis with the given statistics
    /// (`mean`, `variance`: `[c]`, plain values); `batchStatistics` says they
    /// are the batch's own, so the gradient flows through them too.
    static func batchNormalization(
        _ x: Tensor, scale: Tensor, offset: Tensor, mean: [Double], variance: [Double], epsilon: Double, batchStatistics: Bool
    ) throws -> Tensor {
        let channels = scale.scalarCount
        let rows = channels == 0 ? 0 : x.scalarCount / channels
        let inverseDeviation = variance.map { 1 / ($0 + epsilon).squareRoot() }
        var normalized = [Double](repeating: 0, count: x.scalarCount)
        let output = try Storage.filled(x.shape) { y in
            Storage.read(x, scale, offset) { px, ps, po in
                normalized.withUnsafeMutableBufferPointer { pn in
                    NormalizationKernels.normalize(px, rows: rows, channels: channels, mean: mean, inverseDeviation: inverseDeviation,
                                                   scale: ps, offset: po, normalized: MatrixKernels.mutableBase(pn), y: y)
                }
            }
        }
        return Tensor.record(output, inputs: [x, scale, offset]) { upstream in
            var scaleGradient = [Double](repeating: 0, count: channels)
            var offsetGradient = [Double](repeating: 0, count: channels)
            var inputGradient = [Double](repeating: 0, count: x.node == nil ? 0 : x.scalarCount)
            Storage.read(upstream, Tensor(normalized), scale.detached) { pg, pn, ps in
                scaleGradient.withUnsafeMutableBufferPointer { dscale in
                    offsetGradient.withUnsafeMutableBufferPointer { doffset in
                        inputGradient.withUnsafeMutableBufferPointer { dx in
                            NormalizationKernels.backward(
                                pg, normalized: pn, rows: rows, channels: channels, scale: ps, inverseDeviation: inverseDeviation,
                                batchStatistics: batchStatistics, scaleGradient: MatrixKernels.mutableBase(dscale),
                                offsetGradient: MatrixKernels.mutableBase(doffset),
                                inputGradient: x.node == nil ? nil : MatrixKernels.mutableBase(dx))
                        }
                    }
                }
            }
            return [x.node == nil ? nil : Tensor(uncheckedShape: x.shape, scalars: inputGradient),
                    Tensor(uncheckedShape: scale.shape, scalars: scaleGradient),
                    Tensor(uncheckedShape: offset.shape, scalars: offsetGradient)]
        }
    }
}

/// Reading tensors' storage as pointers and making tensors from kernels that
/// write through one, for the image primitives.
enum Storage {
    /// A tensor of `shape` whose scalars `body` writes (all of them).
    static func filled(_ shape: [Int], _ body: (UnsafeMutablePointer<Double>) -> Void) throws -> Tensor {
        let count = try TensorLimits.scalarCount(shape)
        let scalars = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = MatrixKernels.mutableBase(buffer)
            base.initialize(repeating: 0, count: count)
            body(base)
            initialized = count
        }
        return Tensor(uncheckedShape: shape, scalars: scalars)
    }

    static func read<R>(_ a: Tensor, _ body: (UnsafePointer<Double>) -> R) -> R {
        a.scalars.withUnsafeBufferPointer { body(MatrixKernels.base($0)) }
    }

    static func read<R>(_ a: Tensor, _ b: Tensor, _ body: (UnsafePointer<Double>, UnsafePointer<Double>) -> R) -> R {
        read(a) { pa in read(b) { pb in body(pa, pb) } }
    }

    static func read<R>(_ a: Tensor, _ b: Tensor, _ c: Tensor,
                        _ body: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafePointer<Double>) -> R) -> R {
        read(a) { pa in read(b) { pb in read(c) { pc in body(pa, pb, pc) } } }
    }
}
