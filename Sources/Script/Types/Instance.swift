/// The storage of a value of a declared type: a struct's or class's stored properties, an enum's case tag and
/// associated values. One allocation (header and fields together); fields are addressed by index, resolved
/// at compile time inside the type's own methods and cached at other access sites.
///
/// Structs and enums have value semantics by copy on write: a place that mutates an instance first makes it
/// unique (`Instance.unique(_:)`), so `a[i].x += 1` on an array of structs is O(1) when nothing else shares it.
/// Class instances are shared references and never copied.
public final class Instance: ManagedBuffer<InstanceHeader, Value> {
    /// A new instance whose fields are all `.void` (not yet initialised).
    static func make(_ type: DeclaredType, tag: Int = 0, count: Int) -> Instance {
        let buffer = Instance.create(minimumCapacity: count) { _ in
            InstanceHeader(type: type, tag: Int32(truncatingIfNeeded: tag), count: Int32(truncatingIfNeeded: count))
        }
        let instance = unsafeDowncast(buffer, to: Instance.self)
        instance.withUnsafeMutablePointerToElements { $0.initialize(repeating: .void, count: count) }
        return instance
    }

    deinit {
        if headerPointer.pointee.deinitializer { type.scheduleDeinit(copy()) }
        withUnsafeMutablePointers { header, fields in
            fields.deinitialize(count: Int(header.pointee.count))
        }
    }

    /// The header, read through its address (the `header` property of a class is checked for exclusive
    /// access at run time on every use).
    @inline(__always) var headerPointer: UnsafeMutablePointer<InstanceHeader> { withUnsafeMutablePointerToHeader { $0 } }
    /// The declared type (kept alive by `DeclaredType.all`).
    @inline(__always) var type: DeclaredType { headerPointer.pointee.type }
    /// The enum case (index into `DeclaredType.cases`); 0 for structs and classes.
    @inline(__always) var tag: Int { Int(headerPointer.pointee.tag) }
    @inline(__always) var count: Int { Int(headerPointer.pointee.count) }

    /// The fields, stable for the instance's life.
    @inline(__always) var fields: UnsafeMutablePointer<Value> { withUnsafeMutablePointerToElements { $0 } }

    @inline(__always) subscript(index: Int) -> Value {
        get { fields[index] }
        set { fields[index] = newValue }
    }

    /// A copy with the same type, tag, generic arguments and fields (copy on write).
    func copy() -> Instance {
        let result = Instance.make(type, tag: tag, count: count)
        result.headerPointer.pointee.arguments = headerPointer.pointee.arguments
        result.headerPointer.pointee.deinitializer = false
        let source = fields, target = result.fields
        for index in 0..<count { target[index] = source[index] }
        return result
    }

    /// The instance in `place`, made unique first when it is a shared struct or enum (copy on write).
    /// `place` must hold `.instance`.
    @inline(__always)
    static func unique(_ place: UnsafeMutablePointer<Value>) -> Instance? {
        guard case .instance(var instance) = place.pointee else { return nil }
        if instance.type.isReference { return instance }
        place.pointee = .void
        if !isKnownUniquelyReferenced(&instance) { instance = instance.copy() }
        place.pointee = .instance(instance)
        return instance
    }

    /// The instance `place` holds, borrowed without a retain (nil for any other value); valid while the place
    /// keeps it. An `.instance` payload is the object reference stored at the value's first word.
    @inline(__always)
    static func borrowed(_ place: UnsafeMutablePointer<Value>) -> Unmanaged<Instance>? {
        guard case .instance = place.pointee else { return nil }
        return Unmanaged.fromOpaque(UnsafeRawPointer(place).load(as: UnsafeRawPointer.self))
    }

    /// `unique(_:)` without a retain: the instance in `place`, copied first when it is a shared struct or enum,
    /// borrowed while the place keeps it.
    @inline(__always)
    static func borrowedUnique(_ place: UnsafeMutablePointer<Value>) -> Unmanaged<Instance>? {
        guard let instance = borrowed(place) else { return nil }
        if instance._withUnsafeGuaranteedRef({ $0.type.isReference }) { return instance }
        let isUnique = UnsafeMutableRawPointer(place).withMemoryRebound(to: Instance.self, capacity: 1) {
            isKnownUniquelyReferenced(&$0.pointee)
        }
        if isUnique { return instance }
        return unique(place).map { Unmanaged.passUnretained($0) }
    }

    /// The field at `index` of the instance in `place` when its type is `type` (no retain of the instance).
    @inline(__always)
    static func field(_ place: UnsafeMutablePointer<Value>, _ index: Int, of type: DeclaredType) -> Value? {
        guard let instance = borrowed(place) else { return nil }
        return instance._withUnsafeGuaranteedRef { $0.type === type ? $0.fields[index] : nil }
    }

    /// `unique(_:)` for a value held in a Swift variable.
    @inline(__always)
    static func unique(_ value: inout Value) -> Instance? {
        withUnsafeMutablePointer(to: &value) { unique($0) }
    }
}

/// The header of an `Instance`.
public struct InstanceHeader {
    unowned(unsafe) let type: DeclaredType
    var tag: Int32
    var count: Int32
    /// Whether the type's `deinit` runs when this instance goes away (off for the copy that runs it).
    var deinitializer = false
    /// Generic arguments written or inferred at construction (`Stack<Int>()`), for printing and checks.
    var arguments: GenericArguments?

    init(type: DeclaredType, tag: Int32, count: Int32) {
        self.type = type; self.tag = tag; self.count = count
        deinitializer = type.runsDeinit
    }
}

/// The generic arguments of an instance of a generic type (`Int` in `Stack<Int>`).
final class GenericArguments {
    let types: [TypeAnnotation]
    init(_ types: [TypeAnnotation]) { self.types = types }
}

extension Value {
    /// The declared type of an instance (without keeping a reference to the instance).
    var declaredType: DeclaredType? {
        if case .instance(let instance) = self { return instance.type }
        return nil
    }
}
