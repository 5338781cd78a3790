import Testing
@testable import Learn

/// The products and loops that `SplitKernels` share out among threads give the same bits as one
/// task computing everything, on both sides of the size from which they split.
@Suite(.isolatedRandom) struct SplitKernelTests {
    @Test(arguments: [(32, 784, 64), (520, 96, 96), (9, 5, 16)])
    func aSplitProductEqualsTheWholeProduct(m: Int, k: Int, n: Int) throws {
        let a = try Tensor(randomNormal: [m, k]).scalars
        let b = try Tensor(randomNormal: [k, n]).scalars
        var split = [Double](repeating: 0.5, count: m * n), whole = split
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                split.withUnsafeMutableBufferPointer { pc in
                    SplitKernels.gemm(m: m, n: n, k: k, a: pa.baseAddress!, aRowStride: k, aColumnStride: 1,
                                      b: pb.baseAddress!, c: pc.baseAddress!, accumulate: true)
                }
                whole.withUnsafeMutableBufferPointer { pc in
                    MatrixKernels.gemm(m: m, n: n, k: k, a: pa.baseAddress!, aRowStride: k, aColumnStride: 1,
                                       b: pb.baseAddress!, c: pc.baseAddress!, accumulate: true)
                }
            }
        }
        let isSplit = Double(m * n * k) >= Double(SplitKernels.parallelWork)
        #expect(isSplit == (m == 520))
        #expect(zip(split, whole).allSatisfy { $0.bitPattern == $1.bitPattern })
    }

    @Test(arguments: [0, 1, 1000, SplitKernels.parallelElements + 3])
    func partsCoverEveryElementOnce(count: Int) {
        let counter = ManagedCounts(count)
        SplitKernels.forEachPart(of: count) { part in counter.add(part) }
        #expect(counter.all(equalTo: 1))
    }
}

/// Counts per element, written by disjoint parts from several threads.
private final class ManagedCounts: @unchecked Sendable {
    private let counts: UnsafeMutableBufferPointer<Int>
    init(_ count: Int) {
        counts = .allocate(capacity: count)
        counts.initialize(repeating: 0)
    }
    deinit { counts.deallocate() }
    func add(_ part: Range<Int>) { for i in part { counts[i] += 1 } }
    func all(equalTo value: Int) -> Bool { counts.allSatisfy { $0 == value } }
}
