/// A hashable form of the values that can be dictionary keys: Int, Double, String, Bool, Character, the other
/// fixed-width integers and Float (see `KeyKind`), and values of declared Hashable types (`InstanceKey`).
public enum DictionaryKey: Hashable, Sendable {
    case int(Int), double(Double), string(String), bool(Bool), character(Character)
    case integer(IntegerKind, Int128), float(Float)
    case instance(InstanceKey)

    init?(_ value: Value) {
        switch value {
        case .int(let v): self = .int(v)
        case .double(let v): self = .double(v)
        case .string(let v): self = .string(v)
        case .bool(let v): self = .bool(v)
        // A literal `["a": 1]` has String keys where Swift may have typed them Character: one key for both.
        case .character(let v): self = .string(String(v))
        case .instance(let instance):
            guard let key = InstanceKey(instance) else { return nil }
            self = .instance(key)
        case .native(let object as IntegerValue): self = .integer(object.kind, object.value)
        case .native(let object as FloatValue): self = .float(object.value)
        default: return nil
        }
    }

    public var value: Value {
        switch self {
        case .int(let v): .int(v)
        case .double(let v): .double(v)
        case .string(let v): .string(v)
        case .bool(let v): .bool(v)
        case .character(let v): .character(v)
        case .integer(let kind, let v): .native(IntegerValue(kind, v))
        case .float(let v): .native(FloatValue(v))
        case .instance(let key): .instance(key.instance)
        }
    }
}

/// An insertion-ordered dictionary (display follows insertion order, as LANGUAGE.md asks).
///
/// One reference to a storage object (copy on write), so a `Value` holds it inline: moving a dictionary out of
/// its place and back costs no allocation, and a write to an unshared dictionary changes its storage in place.
public struct OrderedDictionary {
    private struct Contents {
        var keys: [DictionaryKey] = []
        var values: [Value] = []
        var index = PositionIndex()
        /// The key type when it was written (`[UInt8: Int]()`, `Set<Float>()`) and literals must be converted to it.
        var keyKind: KeyKind?
        /// The value type when it was written (`[String: UInt8]`) and literals stored as values must take it.
        var valueKind: KeyKind?

        /// Removed entries not yet squeezed out: a removal leaves a hole instead of moving every entry after it,
        /// so it is O(1). `isRemoved` is empty while there are none.
        var isRemoved: [Bool] = []
        var removedCount = 0
        /// No live entry comes before this position (holes stay holes until squeezed, so it only moves on).
        var firstLive = 0

        @inline(__always) func position(of key: DictionaryKey) -> Int? { index.position(of: key, in: keys) }

        /// Moves the live entries together, in order, and indexes them again: O(count).
        mutating func squeeze() {
            guard removedCount > 0 else { return }
            var live = 0
            for position in keys.indices where !isRemoved[position] {
                if live != position {
                    keys.swapAt(live, position)
                    values.swapAt(live, position)
                }
                live += 1
            }
            keys.removeLast(keys.count - live)
            values.removeLast(values.count - live)
            isRemoved = []
            removedCount = 0
            firstLive = 0
            index.rebuild(keys)
        }

        /// The position of the first live entry, or nil when there is none: amortised O(1) (the scan past the holes
        /// at the front resumes where the last one stopped).
        mutating func firstPosition() -> Int? {
            if removedCount > 0 {
                while firstLive < keys.count && isRemoved[firstLive] { firstLive += 1 }
                return firstLive < keys.count ? firstLive : nil
            }
            return keys.isEmpty ? nil : 0
        }
    }

    /// The contents in one object, reached through its address (a class's stored properties would be checked
    /// for exclusive access at run time on every use).
    private final class Storage: ManagedBuffer<Contents, UInt8> {
        static func make(_ contents: Contents) -> Storage {
            unsafeDowncast(Storage.create(minimumCapacity: 0) { _ in contents }, to: Storage.self)
        }

        @inline(__always) var contents: UnsafeMutablePointer<Contents> { withUnsafeMutablePointerToHeader { $0 } }
    }

    private var storage: Storage

    public init() { storage = Storage.make(Contents()) }

    @inline(__always) private var contents: UnsafeMutablePointer<Contents> { storage.contents }
    public var keys: [DictionaryKey] { squeezed.pointee.keys }
    public var values: [Value] { squeezed.pointee.values }
    public var count: Int { contents.pointee.keys.count - contents.pointee.removedCount }

    /// The contents without holes. Squeezing changes no entry and no order, so it may happen in a storage other
    /// dictionaries share.
    private var squeezed: UnsafeMutablePointer<Contents> {
        let contents = self.contents
        if contents.pointee.removedCount > 0 { contents.pointee.squeeze() }
        return contents
    }

    /// The type of the values when they are not stored as their literals are: the written one, or the first value's.
    var valueKind: KeyKind? {
        get {
            if let kind = contents.pointee.valueKind { return kind }
            return contents.pointee.firstPosition().flatMap { KeyKind(of: contents.pointee.values[$0]) }
        }
        set {
            guard newValue != contents.pointee.valueKind else { return }
            makeUnique()
            contents.pointee.valueKind = newValue
        }
    }

    /// The type of the keys when they are not stored as their literals are (see `key(for:)`): the written one, or
    /// the first key's.
    var keyKind: KeyKind? {
        get {
            if let kind = contents.pointee.keyKind { return kind }
            return contents.pointee.firstPosition().flatMap { KeyKind(contents.pointee.keys[$0]) }
        }
        set {
            guard newValue != contents.pointee.keyKind else { return }
            makeUnique()
            contents.pointee.keyKind = newValue
        }
    }

    /// The first entry in order, found past the holes without squeezing them out (amortised O(1), so `first`,
    /// `popFirst()` and a type name stay O(1) while entries are removed from the front).
    public var first: (key: DictionaryKey, value: Value)? {
        guard let position = contents.pointee.firstPosition() else { return nil }
        return (contents.pointee.keys[position], contents.pointee.values[position])
    }

    /// Whether two dictionaries share their storage (one was copied from the other and neither has changed).
    func sharesStorage(with other: OrderedDictionary) -> Bool { storage === other.storage }

    /// Copies the storage first when another dictionary shares it.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage.make(contents.pointee) }
    }

    public subscript(key: DictionaryKey) -> Value? {
        get { contents.pointee.position(of: key).map { contents.pointee.values[$0] } }
        set {
            if let newValue { set(newValue, for: key) } else { removeValue(for: key) }
        }
    }

    public mutating func set(_ value: Value, for key: DictionaryKey) {
        makeUnique()
        let contents = self.contents
        if let position = contents.pointee.position(of: key) { contents.pointee.values[position] = value; return }
        if contents.pointee.removedCount > 0 {
            // The index is rebuilt from `keys` when it grows: the holes go first.
            if contents.pointee.index.grows(at: contents.pointee.keys.count) { contents.pointee.squeeze() }
            else { contents.pointee.isRemoved.append(false) }
        }
        contents.pointee.index.insert(key, at: contents.pointee.keys.count, keys: contents.pointee.keys)
        contents.pointee.keys.append(key)
        contents.pointee.values.append(value)
    }

    /// Stores `key` in place of an equal key (keeping its position and value), or adds it with `.void`:
    /// the key it replaced, or nil when it was added.
    mutating func replaceKey(_ key: DictionaryKey) -> DictionaryKey? {
        guard let position = contents.pointee.position(of: key) else { set(.void, for: key); return nil }
        makeUnique()
        let contents = self.contents
        let old = contents.pointee.keys[position]
        // An equal key hashes equally: the index stays as it is.
        contents.pointee.keys[position] = key
        return old
    }

    @discardableResult
    public mutating func removeValue(for key: DictionaryKey) -> Value? {
        guard let position = contents.pointee.position(of: key) else { return nil }
        makeUnique()
        let contents = self.contents
        contents.pointee.index.forget(at: position, keys: contents.pointee.keys)
        if position == contents.pointee.keys.count - 1 {
            contents.pointee.keys.removeLast()
            if contents.pointee.removedCount > 0 { contents.pointee.isRemoved.removeLast() }
            return contents.pointee.values.removeLast()
        }
        if contents.pointee.removedCount == 0 {
            contents.pointee.isRemoved = Array(repeating: false, count: contents.pointee.keys.count)
            contents.pointee.firstLive = 0
        }
        contents.pointee.isRemoved[position] = true
        contents.pointee.removedCount += 1
        let old = Value.take(&contents.pointee.values[position])
        if contents.pointee.removedCount > 32 && contents.pointee.removedCount * 2 > contents.pointee.keys.count {
            contents.pointee.squeeze()
        }
        return old
    }

    /// Mutates the value stored for `key` in place (no copy of the value's storage); a value left `.null` removes
    /// the entry. A missing entry starts as `.null`.
    mutating func modifyValue(for key: DictionaryKey, _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard let position = contents.pointee.position(of: key) else {
            var value = Value.null
            try body(&value)
            if case .null = value { return }
            set(value, for: key)
            return
        }
        makeUnique()
        let contents = self.contents
        var value = Value.take(&contents.pointee.values[position])
        do throws(ScriptError) { try body(&value) } catch { contents.pointee.values[position] = value; throw error }
        if case .null = value { removeValue(for: key) } else { contents.pointee.values[position] = value }
    }

    /// `d[key, default: start] += delta` on Int keys and Int values, in place with no closure in between (counts,
    /// histograms): false, with nothing changed, when the general path must run — keys or values of a written or
    /// fixed-width type (their literals are converted), an entry that is not an Int, an overflow (its error).
    mutating func addInt(_ delta: Int, toIntKey key: Int, default start: Int) -> Bool {
        guard keyKind == nil, valueKind == nil else { return false }
        let hashable = DictionaryKey.int(key)
        guard let position = contents.pointee.position(of: hashable) else {
            guard case (let sum, false) = start.addingReportingOverflow(delta) else { return false }
            set(.int(sum), for: hashable)
            return true
        }
        guard case .int(let old) = contents.pointee.values[position],
              case (let sum, false) = old.addingReportingOverflow(delta) else { return false }
        makeUnique()
        contents.pointee.values[position] = .int(sum)
        return true
    }

    public var pairs: [(key: DictionaryKey, value: Value)] {
        let contents = squeezed
        return Array(zip(contents.pointee.keys, contents.pointee.values))
    }
}
