import Testing
@testable import Learn

/// Every tensor operation a cell can apply, on tensors of rank up to 4: its value against a
/// naive reference and its gradient against finite differences (`checkGradient`); and the
/// operations without a gradient, which make differentiation fail instead of returning zero.
@Suite(.isolatedRandom) struct TensorOpGradientTests {
    /// The element of `x` at a full index, computed from strides by hand.
    func element(_ x: Tensor, _ index: [Int]) -> Double {
        var offset = 0
        for (axis, i) in index.enumerated() { offset = offset * x.shape[axis] + i }
        return x.scalars[offset]
    }

    /// A tensor of `shape` whose element at each full index is `value(index)`.
    func build(_ shape: [Int], _ value: ([Int]) -> Double) throws -> Tensor {
        var scalars: [Double] = []
        var index = [Int](repeating: 0, count: shape.count)
        for _ in 0..<shape.reduce(1, *) {
            scalars.append(value(index))
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return try Tensor(shape: shape, scalars: scalars)
    }

    @Test func indexingAndSlicingRankFour() throws {
        let x = try samplePoint([3, 4, 2, 2])
        try checkGradient(of: { try $0[1] }, at: x, expectedValue: try build([4, 2, 2]) { element(x, [1] + $0) })
        try checkGradient(of: { try $0[2, 3] }, at: x, expectedValue: try build([2, 2]) { element(x, [2, 3] + $0) })
        try checkGradient(of: { try $0[0, 1, 1, 0] }, at: x, expectedValue: Tensor(element(x, [0, 1, 1, 0])))
        try checkGradient(of: { try $0[1..<3] }, at: x, expectedValue: try build([2, 4, 2, 2]) { element(x, [$0[0] + 1] + $0.dropFirst()) })
        try checkGradient(of: { try $0.indexed([.at(2), .range(1..<3), .at(1)]) }, at: x,
                          expectedValue: try build([2, 2]) { element(x, [2, $0[0] + 1, 1, $0[1]]) })
        try checkGradient(of: { try $0.indexed([.range(0..<2), .range(2..<4), .range(1..<2)]) }, at: x,
                          expectedValue: try build([2, 2, 1, 2]) { element(x, [$0[0], $0[1] + 2, 1, $0[3]]) })
        try checkGradient(of: { try $0.gathering(rows: [2, 0, 2]) }, at: x)
        let gradient = try gradient(at: try samplePoint([2, 3])) { x in try x[0, 1] * 3 }
        #expect(gradient.scalars == [0, 3, 0, 0, 0, 0])
    }

    @Test func reshapingExpandingSqueezing() throws {
        let x = try samplePoint([2, 3, 4])
        try checkGradient(of: { try $0.reshaped(to: [-1, 4]) }, at: x, expectedValue: Tensor(uncheckedShape: [6, 4], scalars: x.scalars))
        try checkGradient(of: { $0.flattened() }, at: x)
        #expect(try x.expandingShape(at: 0).shape == [1, 2, 3, 4])
        #expect(try x.expandingShape(at: -1).shape == [2, 3, 4, 1])
        #expect(try x.expandingShape(at: 1, 3).shape == [2, 1, 3, 1, 4])
        try checkGradient(of: { try $0.expandingShape(at: 1) }, at: x)
        let y = try samplePoint([1, 3, 1, 2])
        #expect(try y.squeezingShape(at: 0).shape == [3, 1, 2])
        #expect(try y.squeezingShape(at: []).shape == [3, 2])
        try checkGradient(of: { try $0.squeezingShape(at: 2) }, at: y, expectedValue: Tensor(uncheckedShape: [1, 3, 2], scalars: y.scalars))
        #expect(throws: TensorError.self) { try y.squeezingShape(at: 1) }
        #expect(throws: TensorError.invalidAxis(axis: 5, rank: 5)) { try x.expandingShape(at: 5, 0) }
    }

    @Test func transposingAnyPermutation() throws {
        let x = try samplePoint([2, 3, 4])
        try checkGradient(of: { $0.transposed() }, at: x, expectedValue: try build([4, 3, 2]) { element(x, $0.reversed()) })
        try checkGradient(of: { try $0.transposed(permutation: [1, 2, 0]) }, at: x,
                          expectedValue: try build([3, 4, 2]) { element(x, [$0[2], $0[0], $0[1]]) })
        let images = try samplePoint([2, 2, 3, 2])
        try checkGradient(of: { try $0.transposed(permutation: [0, 3, 1, 2]) }, at: images,
                          expectedValue: try build([2, 2, 2, 3]) { element(images, [$0[0], $0[2], $0[3], $0[1]]) })
        #expect(throws: TensorError.self) { try x.transposed(permutation: [0, 0, 1]) }
    }

    @Test func concatenatingAndStacking() throws {
        let x = try samplePoint([2, 3, 2])
        let c = try samplePoint([2, 1, 2], offset: 0.4)
        try checkGradient(of: { try $0.concatenated(with: c, alongAxis: 1) }, at: x,
                          expectedValue: try build([2, 4, 2]) { $0[1] < 3 ? element(x, $0) : element(c, [$0[0], 0, $0[2]]) })
        try checkGradient(of: { try c.concatenated(with: $0, alongAxis: -2) }, at: x)
        try checkGradient(of: { try $0.concatenated(with: $0 * 2, alongAxis: 0) }, at: x,
                          expectedValue: try build([4, 3, 2]) { $0[0] < 2 ? element(x, $0) : 2 * element(x, [$0[0] - 2] + $0.dropFirst()) })
        try checkGradient(of: { try $0.concatenated(with: exp($0), alongAxis: 2) }, at: x)
        for axis in [0, 1, 3, -1] {
            try checkGradient(of: { try Tensor(stacking: [$0, $0 * $0, c * 0 + 1], alongAxis: axis) }, at: try samplePoint([2, 1, 2]))
        }
        let stacked = try Tensor(stacking: [x, x * 2], alongAxis: 1)
        #expect(stacked.shape == [2, 2, 3, 2])
        #expect(try stacked[1, 1] == (try x[1] * 2))
        #expect(throws: TensorError.incompatibleShapes(operation: "stack", [2, 3, 2], [2, 1, 2])) { try Tensor(stacking: [x, c]) }
        #expect(throws: TensorError.incompatibleShapes(operation: "concatenate along axis 0", [2, 3, 2], [2, 1, 2])) {
            try x.concatenated(with: c, alongAxis: 0)
        }
        #expect((try? x.concatenated(with: c, alongAxis: 0)).map { _ in "" } == nil)
        #expect(TensorError.incompatibleShapes(operation: "concatenate along axis 0", [2, 3], [2, 4]).description
                    == "cannot concatenate shapes [2, 3] and [2, 4] along axis 0")
    }

    @Test func padding() throws {
        let x = try samplePoint([2, 3])
        try checkGradient(of: { try $0.padded(forSizes: [(1, 0), (2, 1)]) }, at: x,
                          expectedValue: try build([3, 6]) { i in
                              i[0] >= 1 && i[1] >= 2 && i[1] < 5 ? element(x, [i[0] - 1, i[1] - 2]) : 0 })
        let images = try samplePoint([1, 3, 3, 2])
        try checkGradient(of: { try $0.padded(forSizes: [(0, 0), (1, 1), (1, 1), (0, 0)], with: -0.5) }, at: images)
        #expect(try images.padded(forSizes: [(0, 0), (1, 1), (1, 1), (0, 0)]).shape == [1, 5, 5, 2])
        #expect(throws: TensorError.self) { try x.padded(forSizes: [(1, 1)]) }
        #expect(throws: TensorError.self) { try x.padded(forSizes: [(0, -1), (0, 0)]) }
    }

    @Test func reductionsAlongAxesOfRankThree() throws {
        let x = try samplePoint([2, 3, 4])
        try checkGradient(of: { try $0.sum(alongAxes: 1) }, at: x,
                          expectedValue: try build([2, 1, 4]) { i in (0..<3).reduce(0) { $0 + element(x, [i[0], $1, i[2]]) } })
        try checkGradient(of: { try $0.sum(squeezingAxes: 0, 2) }, at: x)
        try checkGradient(of: { try $0.mean(alongAxes: 2) }, at: x)
        try checkGradient(of: { try $0.mean(squeezingAxes: 1) }, at: x)
        try checkGradient(of: { try $0.std(alongAxes: 0) }, at: x)
        try checkGradient(of: { try $0.max(alongAxes: 2) }, at: x,
                          expectedValue: try build([2, 3, 1]) { i in (0..<4).map { element(x, [i[0], i[1], $0]) }.max()! })
        try checkGradient(of: { try $0.min(squeezingAxes: 1) }, at: x)
        try checkGradient(of: { try $0.max() }, at: x)
        try checkGradient(of: { try $0.mean() }, at: x)
    }

    @Test func broadcastingAtRankFour() throws {
        let x = try samplePoint([2, 3, 2, 2])
        let channel = try samplePoint([2], offset: 0.7)
        let plane = try samplePoint([3, 1, 1], offset: 0.3)
        try checkGradient(of: { try $0 * channel + plane }, at: x,
                          expectedValue: try build([2, 3, 2, 2]) { i in element(x, i) * channel.scalars[i[3]] + plane.scalars[i[1]] })
        try checkGradient(of: { try x / $0 }, at: channel)
        try checkGradient(of: { try x - $0 }, at: plane)
        try checkGradient(of: { try softmax($0) * logSoftmax($0 * 0.5) }, at: x)
        #expect(throws: TensorError.cannotBroadcast([2, 3, 2, 2], [3])) { try x + Tensor([1, 2, 3]) }
    }

    @Test func masksFromComparisonsCarryTheGradientOfWhatTheySelect() throws {
        let x = try samplePoint([2, 3]) - 2
        let mask = try Tensor.compare(x, .greater, Tensor(0))
        #expect(mask.scalars == x.scalars.map { $0 > 0 ? 1 : 0 })
        try checkGradient(of: { try $0 * Tensor.compare($0, .greater, Tensor(0)) }, at: x, expectedValue: relu(x))
        for op in ComparisonOperator.allCases {
            let expected = x.scalars.map { op.holds($0, 0.3) ? 1.0 : 0 }
            #expect(try Tensor.compare(x, op, Tensor(0.3)).scalars == expected, "\(op)")
        }
    }

    @Test func aResultReachedOnlyWithoutAGradientIsAnError() throws {
        let x = try samplePoint([2, 3])
        #expect(throws: TensorError.notDifferentiable("argmax")) {
            try gradient(at: x) { x in try x.argmax(squeezingAxis: 1).sum() }
        }
        #expect(throws: TensorError.notDifferentiable(".>")) {
            try gradient(at: x) { x in try Tensor.compare(x, .greater, Tensor(1)).sum() }
        }
        #expect(TensorError.notDifferentiable("argmax").description == "'argmax' is not differentiable")
        let constant = try gradient(at: x) { _ in Tensor(3) }
        #expect(constant.scalars == [0, 0, 0, 0, 0, 0], "a result that does not depend on x has a zero gradient")
        let through = try gradient(at: x) { x in try (x * Tensor(x.argmax(squeezingAxis: 1).scalars.reduce(0, +))).sum() }
        let indexSum = try x.argmax(squeezingAxis: 1).scalars.reduce(0, +)
        #expect(indexSum > 0 && through.scalars.allSatisfy { $0 == indexSum }, "an index used as a constant, as in PyTorch")
    }
}

/// `t[i, j] = v`, `t[0..<2] = other`: in place when nothing else holds the storage, a copy
/// otherwise, differentiable while tracked, and shape errors naming both shapes.
@Suite struct TensorAssignmentTests {
    @Test func assignmentWritesTheSelectedElements() throws {
        var t = try Tensor(zeros: [2, 3, 2])
        let before = t
        try t.assign(Tensor([1, 2]), at: [.at(1), .range(0..<2)])
        #expect(t.scalars == [0, 0, 0, 0, 0, 0, 1, 2, 1, 2, 0, 0])
        #expect(before.scalars.allSatisfy { $0 == 0 }, "value semantics: a copy keeps its values")
        try t.assign(7, at: [0, 2, 1])
        #expect(try t[0, 2, 1].scalar == 7)
        #expect(throws: TensorError.assignmentMismatch(value: [3], target: [2, 2])) {
            try t.assign(Tensor([1, 2, 3]), at: [.at(1), .range(0..<2)])
        }
        #expect(TensorError.assignmentMismatch(value: [3], target: [2, 2]).description
                    == "cannot assign a tensor of shape [3] to elements of shape [2, 2]")
        #expect(throws: TensorError.indexOutOfRange(index: 5, axis: 0, size: 2)) { try t.assign(0, at: [5]) }
    }

    @Test func assignmentInPlaceDoesNotCopyUnsharedStorage() throws {
        var t = try Tensor(zeros: [1000])
        let address = t.scalars.withUnsafeBufferPointer(\.baseAddress)
        for i in 0..<1000 { try t.assign(Double(i), at: [i]) }
        #expect(t.scalars.withUnsafeBufferPointer(\.baseAddress) == address)
        #expect(t.scalars == (0..<1000).map(Double.init))
    }

    @Test func assignmentIsDifferentiableInBothArguments() throws {
        let value = try samplePoint([3], offset: 0.2)
        try checkGradient(of: { x in
            var copy = x
            try copy.assign(value * 2, at: [.at(1)])
            return try copy * copy
        }, at: try samplePoint([2, 3]))
        let base = try samplePoint([2, 2, 3])
        try checkGradient(of: { v in
            var copy = base
            try copy.assign(v * v, at: [.range(0..<2), .at(1)])
            return try copy * base
        }, at: value)
    }
}
