import Learn
import Script

/// `t[i, j] = v`, `t[i] = row`, `t[0..<2] = other` (a number or a tensor broadcast to what the
/// keys select): with value semantics — an unshared tensor is written in place (O(1) for one
/// element), a shared one is copied first so the other holders keep their value.
extension TensorValue {
    public func subscriptSet(_ arguments: Arguments, to newValue: Value,
                             isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        let indices = try Self.indices(arguments)
        let target = isUniquelyReferenced ? self : TensorValue(tensor)
        if let number = LearnBridge.number(newValue), let positions = Self.positions(indices) {
            try LearnBridge.run { try target.tensor.assign(number, at: positions) }
            return target
        }
        let value = try LearnBridge.tensor(newValue, name: "value")
        try LearnBridge.run { try target.tensor.assign(value, at: indices) }
        return target
    }

    /// The indices when every key is a single position (`t[i, j]`), else nil.
    private static func positions(_ indices: [Tensor.Index]) -> [Int]? {
        var positions: [Int] = []
        positions.reserveCapacity(indices.count)
        for index in indices {
            guard case .at(let position) = index else { return nil }
            positions.append(position)
        }
        return positions
    }
}
