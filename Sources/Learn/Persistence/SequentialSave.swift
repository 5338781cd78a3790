import Platform

/// Saving and loading a model in the safetensors format, with its architecture as JSON in the
/// metadata (`loupe.architecture`), so `Sequential(contentsOf:)` rebuilds it without code.
extension Sequential {
    /// The largest model file `Sequential(contentsOf:)` reads (2 GiB).
    public static let maximumFileSize = 1 << 31

    /// The safetensors bytes of the model: every layer's parameters and state as F64.
    public func safetensorsBytes() throws -> [UInt8] {
        let architecture = try ModelArchitecture.json(self)
        var tensors: [(name: String, tensor: Tensor)] = []
        for (index, layer) in layers.enumerated() {
            for (name, tensor) in zip(ModelArchitecture.tensorNames(layer), ModelArchitecture.tensors(layer)) {
                tensors.append(("\(index).\(name)", tensor))
            }
        }
        return Safetensors(tensors: tensors, metadata: ["format": "loupe", "loupe.architecture": architecture.text]).encoded()
    }

    /// Writes the model to `path` (safetensors, readable by Python's `safetensors` and PyTorch).
    public func save(to path: String) throws {
        if let reason = FileBytes.write(try safetensorsBytes(), to: path) {
            throw LearnError.unreadableFile(path: path, reason: "cannot be written: \(reason)")
        }
    }

    /// The model a safetensors file's bytes hold; `file` names it in errors.
    public init(safetensors bytes: [UInt8], file: String) throws {
        let decoded = try Safetensors.decode(bytes, file: file)
        guard let text = decoded.metadata["loupe.architecture"] else {
            throw LearnError.malformedFile(path: file, format: "Loupe model",
                                           reason: "its __metadata__ has no 'loupe.architecture' saying which layers the tensors belong to")
        }
        guard let architecture = JSONValue.parse(Array(text.utf8)) else {
            throw LearnError.malformedFile(path: file, format: "Loupe model", reason: "its 'loupe.architecture' is not JSON")
        }
        self = try ModelArchitecture.model(architecture, tensors: decoded.tensors, file: file)
    }

    /// The model saved at `path` by `save(to:)` (or written in the same layout from Python).
    public init(contentsOf path: String) throws {
        let bytes = try DataFile.read(path, limit: Sequential.maximumFileSize)
        try self.init(safetensors: bytes, file: path)
    }
}
