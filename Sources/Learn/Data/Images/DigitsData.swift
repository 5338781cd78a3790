import Codecs
import Platform

/// The UCI optical-recognition handwritten digits (E. Alpaydin, C. Kaynak,
/// 1998; CC BY 4.0), as scikit-learn ships them: 1,797 images of 8 × 8
/// pixels with values 0…16, in scikit-learn's order (`load_digits()`).
extension Dataset {
    /// The bundled digits: features `[1797, 8, 8, 1]` scaled to 0…1 (÷ 16),
    /// labels 0…9, class names "0"…"9".
    public static var digits: Dataset {
        get throws { try DigitsData.dataset.get() }
    }
}

enum DigitsData {
    static let imageCount = 1797
    static let side = 8

    /// Decoded once, on first use.
    static let dataset: Result<Dataset, LearnError> = Result { () throws(LearnError) -> Dataset in
        let name = "digits.csv.gz (bundled)"
        guard let archive = Base64.decode(DigitsArchive.base64) else {
            throw LearnError.invalidArgument(name: name, reason: "the bundled copy is damaged")
        }
        let text: [UInt8]
        // Without the cell's interrupt flag: an interrupt must not become the cached result.
        do { text = try Interrupt.with(nil) { () throws(Inflate.Failure) in try Inflate.decompress(archive, format: .gzip) } } catch {
            throw LearnError.invalidArgument(name: name, reason: String(describing: error))
        }
        return try parse(text, name: name)
    }

    /// Rows of 64 pixel values and the digit, comma-separated.
    static func parse(_ text: [UInt8], name: String) throws(LearnError) -> Dataset {
        let pixels = side * side
        var values: [Int] = []
        values.reserveCapacity(imageCount * (pixels + 1))
        var current = 0, digits = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                current = current * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: ","), UInt8(ascii: "\n"):
                if digits > 0 { values.append(current) }
                (current, digits) = (0, 0)
            default:
                continue
            }
        }
        if digits > 0 { values.append(current) }
        guard values.count == imageCount * (pixels + 1) else {
            throw LearnError.invalidArgument(name: name, reason: "expected \(imageCount) rows of \(pixels + 1) numbers")
        }
        var features = [Double](), labels = [Double]()
        features.reserveCapacity(imageCount * pixels)
        for row in 0..<imageCount {
            let start = row * (pixels + 1)
            for value in values[start..<(start + pixels)] { features.append(Double(value) / 16) }
            labels.append(Double(values[start + pixels]))
        }
        do {
            return try Dataset(features: Tensor(uncheckedShape: [imageCount, side, side, 1], scalars: features),
                               labels: Tensor(labels), classNames: (0...9).map(String.init))
        } catch let error as LearnError {
            throw error
        } catch {
            throw LearnError.invalidArgument(name: name, reason: String(describing: error))
        }
    }
}
