import Foundation
import Graphics
import RenderTestSupport
import Testing
@testable import Learn

/// MNIST IDX files and folders of PNG images, from fixtures written here.
@Suite struct ImageDataTests {
    /// A fresh empty folder, removed by the caller.
    func folder() throws -> URL {
        let url = ExternalTool.temporaryFile("data")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func idx(_ magic: UInt8, shape: [Int], values: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, 8, magic]
        for size in shape { bytes += [UInt8(size >> 24 & 255), UInt8(size >> 16 & 255), UInt8(size >> 8 & 255), UInt8(size & 255)] }
        return bytes + values
    }

    func gzip(_ bytes: [UInt8], at url: URL) throws {
        let raw = url.deletingPathExtension()
        try Data(bytes).write(to: raw)
        let result = try ExternalTool.run("/usr/bin/env", ["gzip", "-f", raw.path])
        #expect(result.status == 0, "gzip: \(result.err)")
    }

    /// Five 4 × 3 images (pixel i of image k is 10k + i) and labels 3, 1, 4, 1, 5.
    func writeMNIST(in url: URL, prefix: String, gzipped: Bool, separator: String = "-") throws {
        let pixels = (0..<5).flatMap { k in (0..<12).map { UInt8(10 * k + $0) } }
        let images = idx(3, shape: [5, 4, 3], values: pixels), labels = idx(1, shape: [5], values: [3, 1, 4, 1, 5])
        for (name, bytes) in [("\(prefix)-images\(separator)idx3-ubyte", images), ("\(prefix)-labels\(separator)idx1-ubyte", labels)] {
            let file = url.appendingPathComponent(name)
            if gzipped { try gzip(bytes, at: file.appendingPathExtension("gz")) } else { try Data(bytes).write(to: file) }
        }
    }

    @Test func mnistFilesGzippedOrNot() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        try writeMNIST(in: url, prefix: "train", gzipped: true)
        try writeMNIST(in: url, prefix: "t10k", gzipped: false, separator: ".")
        for split in Dataset.MNISTSplit.allCases {
            let data = try Dataset.mnist(directory: url.path, split: split)
            #expect(data.features.shape == [5, 4, 3, 1])
            #expect(data.labels.scalars == [3, 1, 4, 1, 5])
            #expect(data.classNames == (0...9).map(String.init))
            #expect(data.features.scalars[12 + 5] == 15.0 / 255)
        }
    }

    @Test func badMNISTFilesNameTheFile() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        func failure(_ split: Dataset.MNISTSplit = .train) -> String {
            do { _ = try Dataset.mnist(directory: url.path, split: split); return "loaded" } catch { return String(describing: error) }
        }
        #expect(failure() == "\(url.path)/train-images-idx3-ubyte(.gz): no such file or directory")
        #expect((try? Dataset.mnist(directory: url.path + "/nowhere")) == nil)
        let images = url.appendingPathComponent("train-images-idx3-ubyte"), labels = url.appendingPathComponent("train-labels-idx1-ubyte")
        try Data(idx(3, shape: [2, 2, 2], values: [1, 2, 3, 4, 5, 6, 7])).write(to: images)
        try Data(idx(1, shape: [2], values: [0, 1])).write(to: labels)
        #expect(failure() == "\(images.path): truncated: the header announces 2 × 2 × 2 bytes of images, the file holds 7")
        try Data(idx(1, shape: [8], values: Array(repeating: 0, count: 8))).write(to: images)
        #expect(failure() == "\(images.path): not an IDX file of images (magic number 0x00000801, expected 0x00000803)")
        try Data(idx(3, shape: [2, 2, 2], values: Array(repeating: 0, count: 8))).write(to: images)
        try Data(idx(1, shape: [3], values: [0, 1, 2])).write(to: labels)
        #expect(failure() == "\(labels.path): has 3 labels but \(images.path) has 2 images")
        try Data(idx(1, shape: [2], values: [0, 12])).write(to: labels)
        #expect(failure() == "\(labels.path): label 12 of item 1 is not a digit 0…9")
        try FileManager.default.removeItem(at: images)
        try Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]).write(to: images.appendingPathExtension("gz"))
        #expect(failure().hasPrefix("\(images.path).gz: "))
    }

    /// Writes an opaque RGB PNG of `width × height` whose pixel (x, y) is `colour(x, y)`.
    func writePNG(_ url: URL, width: Int, height: Int, _ colour: (Int, Int) -> (UInt8, UInt8, UInt8)) throws {
        var rgba: [UInt8] = []
        for y in 0..<height {
            for x in 0..<width {
                let (r, g, b) = colour(x, y)
                rgba += [r, g, b, 255]
            }
        }
        let pixmap = try #require(Pixmap(width: width, height: height, pixels: rgba))
        try Data(PNGEncoder.encode(pixmap)).write(to: url)
    }

    @Test func pngFoldersBecomeClassesResizedAndScaled() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        for (index, name) in ["cat", "dog"].enumerated() {
            let classFolder = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: classFolder, withIntermediateDirectories: true)
            for image in 0..<(index + 2) {
                try writePNG(classFolder.appendingPathComponent("\(image).png"), width: 4, height: 4) { x, y in
                    (UInt8(x * 60), UInt8(y * 60), UInt8(image * 100))
                }
            }
            try Data("not an image".utf8).write(to: classFolder.appendingPathComponent("notes.txt"))
        }
        let colour = try Dataset(imagesIn: url.path, size: (4, 4), grayscale: false)
        #expect(colour.features.shape == [5, 4, 4, 3] && colour.classNames == ["cat", "dog"])
        #expect(colour.labels.scalars == [0, 0, 1, 1, 1])
        let pixel: [Double] = Array(colour.features.scalars[15..<18])  // image 0, row 1, column 1
        let sixty: Double = 60.0 / 255
        #expect(pixel == [sixty, sixty, 0])
        let gray = try Dataset(imagesIn: url.path, size: (2, 2), grayscale: true)
        #expect(gray.features.shape == [5, 2, 2, 1])
        // Luma of the first pixel after shrinking by 2: Pillow's bilinear taps (3/7, 3/7, 1/7) on each axis.
        let taps = [3.0 / 7, 3.0 / 7, 1.0 / 7]
        var expected = 0.0
        for (y, wy) in taps.enumerated() {
            for (x, wx) in taps.enumerated() { expected += wy * wx * (0.299 * Double(x * 60) + 0.587 * Double(y * 60)) / 255 }
        }
        #expect(abs(gray.features.scalars[0] - expected) < 1e-12)
    }

    @Test func resizingMatchesPillow() throws {
        guard let python = ExternalTool.python else {
            Issue.record("no Python found for the Pillow check"); return
        }
        let source = (0..<(13 * 17)).map { Double(($0 * 37) % 101) / 100 }
        let script = """
            import sys, numpy as np
            from PIL import Image
            source = np.array([((i * 37) % 101) / 100 for i in range(13 * 17)], dtype=np.float32).reshape(13, 17)
            for (h, w) in [(5, 7), (28, 28), (13, 30)]:
                out = np.asarray(Image.fromarray(source, "F").resize((w, h), Image.BILINEAR), dtype=np.float64)
                print(" ".join(repr(float(v)) for v in out.ravel()))
            """
        let result = try ExternalTool.run(python, ["-c", script])
        #expect(result.status == 0, "Pillow: \(result.err)")
        let lines = String(decoding: result.out, as: UTF8.self).split(separator: "\n")
        for (line, size) in zip(lines, [(5, 7), (28, 28), (13, 30)]) {
            let pillow = line.split(separator: " ").compactMap { Double($0) }
            let ours = ImageResampling.resize(source, height: 13, width: 17, channels: 1, to: size)
            #expect(ours.count == pillow.count)
            let worst = zip(ours, pillow).map { abs($0 - $1) }.max() ?? 1
            #expect(worst < 1e-5, "\(size): largest difference \(worst)")
        }
    }

    @Test func badImageFoldersNameTheFile() throws {
        let url = try folder()
        defer { try? FileManager.default.removeItem(at: url) }
        func failure(_ grayscale: Bool = true) -> String {
            do { _ = try Dataset(imagesIn: url.path, size: (8, 8), grayscale: grayscale); return "loaded" } catch { return String(describing: error) }
        }
        #expect(failure() == "\(url.path): holds no sub-folders (one per class) of PNG images")
        let classFolder = url.appendingPathComponent("a")
        try FileManager.default.createDirectory(at: classFolder, withIntermediateDirectories: true)
        #expect(failure() == "\(classFolder.path): holds no PNG files")
        let broken = classFolder.appendingPathComponent("broken.png")
        try Data("GIF89a".utf8).write(to: broken)
        #expect(failure() == "\(broken.path): not a PNG file (the signature is missing)")
        try writePNG(broken, width: 3, height: 3) { _, _ in (1, 2, 3) }
        let bytes = try Data(contentsOf: broken)
        try bytes.prefix(bytes.count - 30).write(to: broken)
        #expect(failure() == "\(broken.path): the PNG file is truncated")
        #expect((try? Dataset(imagesIn: url.path + "/missing", size: (8, 8))) == nil)
        #expect(throws: LearnError.self) { try Dataset(imagesIn: url.path, size: (0, 8)) }
    }

    @Test func datasetsOfImagesResize() throws {
        let digits = try Dataset.digits.subset(Array(0..<5))
        let big = try digits.resized(to: (28, 20))
        #expect(big.features.shape == [5, 28, 20, 1] && big.labels == digits.labels && big.classNames == digits.classNames)
        let third = Array(digits.features.scalars[128..<192])
        #expect(Array(big.features.scalars[(2 * 560)..<(3 * 560)]) == ImageResampling.resize(third, height: 8, width: 8, channels: 1, to: (28, 20)))
        #expect(throws: LearnError.self) { try Dataset.blobs(count: 10, seed: 1).resized(to: (4, 4)) }
    }
}
