#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The loss step of the direct training passes (`DenseStackPass`,
/// `ConvolutionStackPass`), on raw storage.
enum DirectPassLoss {
    /// The mean softmax cross-entropy of `logits` (`rows.count × width`)
    /// against the labels of `rows`, and how many rows predict their label;
    /// leaves `(softmax − onehot) / batch` in `gradient` (the arithmetic of
    /// `SoftmaxKernels.crossEntropy` and of its gradient rule, so the passes
    /// match the tape bit for bit). The predicted class is the first most
    /// probable one, as `ClassProbabilities` reads it; each row's prediction is
    /// added to `scores` when set.
    static func softmaxCrossEntropy(
        logits: UnsafePointer<Double>, width: Int, rows: ArraySlice<Int>, labels: [Int],
        gradient probabilities: UnsafeMutablePointer<Double>, scores: inout ClassScores?
    ) -> (loss: Double, correct: Int) {
        var total = 0.0, correct = 0
        for (position, row) in rows.enumerated() {
            let label = labels[row], start = position * width
            var top = -Double.infinity, predicted = 0
            for i in start..<(start + width) { top = max(top, logits[i]) }
            var sum = 0.0
            for i in start..<(start + width) {
                probabilities[i] = exp(logits[i] - top)
                sum += probabilities[i]
            }
            for i in start..<(start + width) { probabilities[i] /= sum }
            for c in 1..<width where probabilities[start + c] > probabilities[start + predicted] { predicted = c }
            if predicted == label { correct += 1 }
            scores?.add(label: label, predicted: predicted, probabilities: probabilities + start, width: width)
            total += log(sum) - (logits[start + label] - top)
        }
        let count = Double(max(rows.count, 1))
        let scale = 1 / count
        for (position, row) in rows.enumerated() { probabilities[position * width + labels[row]] -= 1 }
        for i in 0..<(rows.count * width) { probabilities[i] *= scale }
        return (total / count, correct)
    }
}
