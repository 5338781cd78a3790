import Platform
import Codecs

/// A dataset from a folder of PNG images, one sub-folder per class (the
/// layout of Keras's `image_dataset_from_directory`).
extension Dataset {
    /// The PNG files in each sub-folder of `directory` (classes in name
    /// order, files in name order; hidden entries and other files skipped),
    /// resized to `size` (height, width) and scaled to 0…1: features
    /// `[n, height, width, 1]` with `grayscale` (luma, ITU-R 601), else
    /// `[n, height, width, 3]` (alpha dropped). Class names are the folder names.
    public init(imagesIn directory: String, size: (Int, Int), grayscale: Bool = false) throws {
        guard size.0 > 0, size.1 > 0, size.0 <= 4096, size.1 <= 4096 else {
            throw LearnError.invalidArgument(name: "size", reason: "must be between (1, 1) and (4096, 4096), got (\(size.0), \(size.1))")
        }
        let classes = try DataFiles.entries(directory).filter { name in
            !name.hasPrefix(".") && FileSystem.kind(DataFiles.join(directory, name)).kind == .directory
        }
        guard !classes.isEmpty else {
            throw DataFileError.malformed(path: directory, reason: "holds no sub-folders (one per class) of PNG images")
        }
        let channels = grayscale ? 1 : 3
        let imageSize = size.0 * size.1 * channels
        var features: [Double] = [], labels: [Double] = []
        for (label, name) in classes.enumerated() {
            let folder = DataFiles.join(directory, name)
            let files = try DataFiles.entries(folder).filter { !$0.hasPrefix(".") && $0.lowercased().hasSuffix(".png") }
            guard !files.isEmpty else { throw DataFileError.malformed(path: folder, reason: "holds no PNG files") }
            for file in files {
                try Interrupt.check()
                let path = DataFiles.join(folder, file)
                let image: PNGImage
                do { image = try PNGDecoder.decode(try DataFiles.read(path)) } catch let error as PNGDecoder.Failure {
                    try Interrupt.check()
                    switch error {
                    case .interrupted: throw Interrupted()
                    case .outOfMemory(let refusal): throw refusal
                    default: throw DataFileError.malformed(path: path, reason: error.description)
                    }
                }
                _ = try TensorLimits.scalarCount([labels.count + 1, imageSize])
                try MemoryBudget.reserve(count: image.width * image.height * channels, stride: MemoryLayout<Double>.stride,
                                         for: "the pixels of \(path)")
                let pixels = ImagePixels.planes(image, grayscale: grayscale)
                features += ImageResampling.resize(pixels, height: image.height, width: image.width, channels: channels, to: size)
                labels.append(Double(label))
            }
        }
        try self.init(features: Tensor(shape: [labels.count, size.0, size.1, channels], scalars: features),
                      labels: Tensor(labels), classNames: classes)
    }
}

/// A decoded image's pixels as doubles in 0…1.
enum ImagePixels {
    /// `height × width × (1 or 3)` values: luma (0.299 R + 0.587 G + 0.114 B)
    /// with `grayscale`, else RGB (a gray image repeated); alpha dropped.
    static func planes(_ image: PNGImage, grayscale: Bool) -> [Double] {
        let count = image.width * image.height, source = image.channels
        let colour = source >= 3
        var out = [Double]()
        out.reserveCapacity(count * (grayscale ? 1 : 3))
        for pixel in 0..<count {
            let base = pixel * source
            let (r, g, b) = colour
                ? (Double(image.samples[base]), Double(image.samples[base + 1]), Double(image.samples[base + 2]))
                : (Double(image.samples[base]), Double(image.samples[base]), Double(image.samples[base]))
            if grayscale {
                out.append(colour ? (0.299 * r + 0.587 * g + 0.114 * b) / 255 : r / 255)
            } else {
                out += [r / 255, g / 255, b / 255]
            }
        }
        return out
    }
}
