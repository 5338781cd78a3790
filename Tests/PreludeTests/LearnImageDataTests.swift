import Foundation
import Testing
import Prelude
import Script

/// Image datasets from cells: the digits, MNIST files, and their errors.
@Suite struct LearnImageDataTests {
    @Test func digitsAndMNISTFromCells() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-mnist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let images: [UInt8] = [0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2] + [0, 51, 102, 255, 1, 2, 3, 4]
        let labels: [UInt8] = [0, 0, 8, 1, 0, 0, 0, 2, 7, 2]
        try Data(images).write(to: folder.appendingPathComponent("t10k-images-idx3-ubyte"))
        try Data(labels).write(to: folder.appendingPathComponent("t10k-labels-idx1-ubyte"))
        let harness = PreludeHarness()
        #expect(try harness.run("Dataset.digits").get()?.plainText
                == "Dataset(count: 1797, images: [8, 8, 1], classes: [\"0\", \"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\", \"9\"])")
        _ = try harness.run("let test = Dataset.mnist(directory: \"\(folder.path)\", split: .test)").get()
        #expect(try harness.run("test.features[0]").get()?.plainText?.contains("0.2") == true)
        #expect(try harness.run("test.labels").get()?.plainText == "[7.0, 2.0]")
        guard case .failure(let error) = harness.run("Dataset.mnist(directory: \"\(folder.path)\")") else {
            Issue.record("the missing training files were not an error"); return
        }
        #expect(error.message == "\(folder.path)/train-images-idx3-ubyte(.gz): no such file or directory")
        guard case .failure(let folderError) = harness.run("Dataset(imagesIn: \"\(folder.path)\", size: (28, 28), grayscale: true)") else {
            Issue.record("a folder without classes was not an error"); return
        }
        #expect(folderError.message == "\(folder.path): holds no sub-folders (one per class) of PNG images")
    }
}
