import Foundation
import Testing
@testable import Learn

/// `model.save(to:)` and `Sequential(contentsOf:)` (safetensors): a round trip keeps every
/// number and the architecture; bad files are errors naming the file.
@Suite(.isolatedRandom) struct SafetensorsTests {
    func model() throws -> Sequential {
        Learn.seed(4)
        var net = Sequential([try Dense(inputSize: 3, outputSize: 5, activation: .leakyRelu(slope: 0.1)),
                              try Dropout(probability: 0.25), try Dense(inputSize: 5, outputSize: 2, activation: .softmax)])
        net.loss = .softmaxCrossEntropy
        return net
    }

    @Test func aRoundTripKeepsEveryNumberAndTheArchitecture() throws {
        let net = try model()
        let bytes = try net.safetensorsBytes()
        let loaded = try Sequential(safetensors: bytes, file: "m.safetensors")
        #expect(loaded.layers.map(\.description) == net.layers.map(\.description))
        #expect(loaded.layers.map(\.parameters) == net.layers.map(\.parameters))
        #expect(loaded.loss == .softmaxCrossEntropy)
        let x = try samplePoint([4, 3])
        #expect(try loaded(x) == net(x))
        let path = NSTemporaryDirectory() + "loupe-\(UUID().uuidString).safetensors"
        try net.save(to: path)
        #expect(try Sequential(contentsOf: path).layers.map(\.parameters) == net.layers.map(\.parameters))
    }

    @Test func imageModelsKeepTheirRunningStatistics() throws {
        Learn.seed(2)
        var norm = try BatchNorm(featureCount: 2)
        norm.setState([Tensor([0.5, -0.25]), Tensor([1.5, 2])])
        let net = Sequential([try Conv2D(filterShape: (3, 3, 1, 2), strides: (1, 1), padding: .same, activation: .relu), norm,
                              try MaxPool2D(poolSize: (2, 2)), try AvgPool2D(poolSize: (2, 2), strides: (1, 1)), GlobalAvgPool2D(),
                              try Reshape(shape: [-1, 2]), Flatten(), try Dense(inputSize: 2, outputSize: 3)])
        let loaded = try Sequential(safetensors: try net.safetensorsBytes(), file: "cnn.safetensors")
        #expect(loaded.layers.map(\.description) == net.layers.map(\.description))
        #expect((loaded.layers[1] as? BatchNorm)?.state == norm.state)
        let images = try samplePoint([2, 6, 6, 1])
        #expect(try loaded(images) == net(images))
    }

    @Test func theFileIsSafetensorsAsPythonReadsIt() throws {
        let bytes = try model().safetensorsBytes()
        var length = 0
        for i in 0..<8 { length |= Int(bytes[i]) << (8 * i) }
        #expect(length % 8 == 0 && 8 + length + 8 * (15 + 5 + 10 + 2) == bytes.count)
        let header = String(decoding: bytes[8..<(8 + length)], as: UTF8.self)
        #expect(header.contains(#""0.weight":{"dtype":"F64","shape":[3,5],"data_offsets":[0,120]}"#))
        #expect(header.contains(#""__metadata__":{"format":"loupe","loupe.architecture":"#))
    }

    @Test func badFilesAreClearErrors() throws {
        let bytes = try model().safetensorsBytes()
        func message(_ bytes: [UInt8]) -> String {
            do { _ = try Sequential(safetensors: bytes, file: "m.safetensors"); return "loaded" } catch { return "\(error)" }
        }
        #expect(message(Array(bytes.prefix(5))).hasPrefix("m.safetensors is not a valid safetensors file: it has 5 bytes"))
        #expect(message(Array(bytes.prefix(bytes.count - 1))).contains("past the"))
        #expect(message(Array(bytes.prefix(40))).contains("truncated"))
        var corrupt = bytes
        corrupt[9] = UInt8(ascii: "!")
        #expect(message(corrupt).contains("header is not a JSON object"))
        var huge = bytes
        huge[7] = 0x7F
        #expect(message(huge).contains("more than the 100000000 safetensors allows"))
        #expect(throws: LearnError.fileNotFound(path: "/nonexistent/m.safetensors")) { try Sequential(contentsOf: "/nonexistent/m.safetensors") }
        let other = Sequential([try Dense(inputSize: 3, outputSize: 4)])
        var swapped = try other.safetensorsBytes()
        let headerEnd = 8 + Int(swapped[0]) + Int(swapped[1]) << 8
        let header = String(decoding: swapped[8..<headerEnd], as: UTF8.self)
        #expect(header.contains(#"\"outputSize\":4"#))
        let edited = header.replacingOccurrences(of: "\\\"outputSize\\\":4", with: "\\\"outputSize\\\":6")
        swapped.replaceSubrange(8..<headerEnd, with: Array(edited.utf8))
        #expect(message(swapped).contains("tensor '0.weight' has shape [3, 4], but layer 0 (Dense) needs [3, 6]"))
    }

    @Test func otherDtypesAreRead() throws {
        var half = Safetensors.Element.half(0x3C00)
        #expect(half == 1)
        half = Safetensors.Element.half(0xC000)
        #expect(half == -2)
        #expect(Safetensors.Element.half(0x0001) == 0x1p-24)
        let f32: [UInt8] = Array(Float(0.5).bitPattern.littleEndianBytes)
        let header = Array(#"{"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#.utf8)
        let file = Array(UInt64(header.count).littleEndianBytes) + header + f32
        let decoded = try Safetensors.decode(file, file: "f.safetensors")
        #expect(decoded.tensors["x"]?.scalars == [0.5])
    }
}

private extension FixedWidthInteger {
    var littleEndianBytes: [UInt8] { (0..<(bitWidth / 8)).map { UInt8(truncatingIfNeeded: self >> ($0 * 8)) } }
}
