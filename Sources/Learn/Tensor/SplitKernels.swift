import Platform

/// Large matrix products and optimizer loops cut into a few tasks run on the machine's cores
/// (`Parallel.forEach`). Each element is computed by the same instructions whichever task
/// computes it, so the results do not depend on the split or on the number of cores.
enum SplitKernels {
    /// Multiply-adds from which a product is cut in two. Handing a task to a pool thread costs
    /// about 70 µs on a small virtual machine (the thread has to be woken), so a split pays only
    /// when each half takes a few times that: at 1 << 19 the MNIST-shaped MLP (784-64-64-10,
    /// batch 32) split three loops a step and trained in 4.75–5.51 s on two threads against
    /// 2.76–3.19 s on one.
    static let parallelWork = 1 << 22
    /// Elements from which an optimizer's loop is cut in two (Adam's step is a few nanoseconds
    /// an element, so 1 << 18 elements are a few hundred microseconds).
    static let parallelElements = 1 << 18

    /// `MatrixKernels.gemm` with the rows of A and C shared out among tasks (whole blocks of
    /// four rows each) when the product is large enough; the same arguments and results.
    static func gemm(
        m: Int, n: Int, k: Int,
        a: UnsafePointer<Double>, aRowStride: Int, aColumnStride: Int,
        b: UnsafePointer<Double>,
        c: UnsafeMutablePointer<Double>, accumulate: Bool,
        rowBias: UnsafePointer<Double>? = nil, rectify: Bool = false, positiveMask: UnsafePointer<Double>? = nil
    ) {
        let work = Double(m) * Double(n) * Double(max(k, 1))
        let tasks = work >= Double(parallelWork) && m >= 8 ? 2 : 1
        let blocks = (m + 3) / 4
        Parallel.forEach(tasks) { task in
            let lower = min(m, blocks * task / tasks * 4), upper = min(m, blocks * (task + 1) / tasks * 4)
            guard upper > lower else { return }
            MatrixKernels.gemm(m: upper - lower, n: n, k: k, a: a + lower * aRowStride, aRowStride: aRowStride,
                               aColumnStride: aColumnStride, b: b, c: c + lower * n, accumulate: accumulate,
                               rowBias: rowBias, rectify: rectify, positiveMask: positiveMask.map { $0 + lower * n })
        }
    }

    /// Calls `body(range)` on parts of `0..<count` that together cover it once, in parallel when
    /// `count` is large enough (for elementwise loops such as an optimizer's step).
    static func forEachPart(of count: Int, _ body: (Range<Int>) -> Void) {
        let tasks = count >= parallelElements ? 2 : 1
        Parallel.forEach(tasks) { task in
            let range = (count * task / tasks)..<(count * (task + 1) / tasks)
            if !range.isEmpty { body(range) }
        }
    }
}
