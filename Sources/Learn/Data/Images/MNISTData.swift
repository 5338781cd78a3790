/// MNIST and Fashion-MNIST from their IDX files (LeCun et al.; Xiao et al.):
/// `train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte`,
/// `t10k-labels-idx1-ubyte`, gzipped (`.gz`) or not, with `-idx` or `.idx` in the name.
extension Dataset {
    /// Which of the two MNIST files sets to read.
    public enum MNISTSplit: String, Sendable, CaseIterable {
        case train, test

        var prefix: String { self == .train ? "train" : "t10k" }
    }

    /// The images of `directory` as features `[n, rows, columns, 1]` scaled to
    /// 0…1 (÷ 255), labels 0…9 and class names "0"…"9".
    public static func mnist(directory: String, split: MNISTSplit = .train) throws -> Dataset {
        let names = try DataFiles.entries(directory)
        let imagesPath = try MNISTData.find("\(split.prefix)-images", kind: "idx3-ubyte", in: directory, names: names)
        let labelsPath = try MNISTData.find("\(split.prefix)-labels", kind: "idx1-ubyte", in: directory, names: names)
        let images = try MNISTData.idx(try DataFiles.read(imagesPath), path: imagesPath, dimensions: 3)
        let labels = try MNISTData.idx(try DataFiles.read(labelsPath), path: labelsPath, dimensions: 1)
        guard images.shape[0] == labels.shape[0] else {
            throw DataFileError.mismatch(path: labelsPath, reason: "has \(labels.shape[0]) labels but \(imagesPath) has \(images.shape[0]) images")
        }
        if let bad = labels.values.firstIndex(where: { $0 > 9 }) {
            throw DataFileError.malformed(path: labelsPath, reason: "label \(labels.values[bad]) of item \(bad) is not a digit 0…9")
        }
        let (count, rows, columns) = (images.shape[0], images.shape[1], images.shape[2])
        let features = images.values.map { Double($0) / 255 }
        return try Dataset(features: Tensor(shape: [count, rows, columns, 1], scalars: features),
                           labels: Tensor(labels.values.map(Double.init)), classNames: (0...9).map(String.init))
    }
}

enum MNISTData {
    /// The file of `stem` (`train-images`) and `kind` (`idx3-ubyte`) in `directory`.
    static func find(_ stem: String, kind: String, in directory: String, names: [String]) throws(DataFileError) -> String {
        let candidates = ["-", "."].flatMap { separator in ["", ".gz"].map { stem + separator + kind + $0 } }
        guard let name = candidates.first(where: names.contains) else {
            throw .missing(path: DataFiles.join(directory, candidates[0] + "(.gz)"))
        }
        return DataFiles.join(directory, name)
    }

    /// The unsigned-byte array of an IDX file with `dimensions` axes.
    static func idx(_ bytes: [UInt8], path: String, dimensions: Int) throws(DataFileError) -> (shape: [Int], values: [UInt8]) {
        let what = dimensions == 3 ? "images" : "labels"
        guard bytes.count >= 4 + 4 * dimensions else {
            throw .malformed(path: path, reason: "truncated: \(bytes.count) bytes is shorter than an IDX header")
        }
        guard bytes[0] == 0, bytes[1] == 0, bytes[2] == 0x08, Int(bytes[3]) == dimensions else {
            let magic = bytes[0..<4].map { byte in String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }
            throw .malformed(path: path, reason: "not an IDX file of \(what) (magic number 0x\(magic.joined()), "
                             + "expected 0x000008\(dimensions == 3 ? "03" : "01"))")
        }
        let shape = (0..<dimensions).map { axis in
            bytes[(4 + 4 * axis)..<(8 + 4 * axis)].reduce(0) { $0 << 8 | Int($1) }
        }
        let header = 4 + 4 * dimensions
        let count = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
        guard count <= bytes.count - header else {
            throw .malformed(path: path, reason: "truncated: the header announces \(shape.map(String.init).joined(separator: " × ")) "
                             + "bytes of \(what), the file holds \(bytes.count - header)")
        }
        guard count > 0 else { throw .malformed(path: path, reason: "holds no \(what)") }
        return (shape, Array(bytes[header..<(header + count)]))
    }
}
