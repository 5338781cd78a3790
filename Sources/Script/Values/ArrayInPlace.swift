/// Element access to an array where it lies (a frame or global slot, or an element of another array), without
/// moving the array out and back and without retaining it: the `.array` payload is the array's storage reference
/// at the value's first word (as `Instance.borrowed` reads an `.instance`), so the slot is viewed as an `[Value]`.
/// A write makes the storage unique first (Swift's copy on write), so a shared array is copied, never changed.
///
/// Only for work that runs no user code while the view is open (a call could read or grow the same place).
enum ArrayInPlace {
    /// Element `i` of the array in `place` (a copy of the element; the array is neither copied nor retained), or
    /// nil when `place` holds no array or `i` is out of range.
    @inline(__always)
    static func element(_ place: UnsafeMutablePointer<Value>, _ i: Int) -> Value? {
        guard case .array = place.pointee else { return nil }
        return UnsafeMutableRawPointer(place).withMemoryRebound(to: [Value].self, capacity: 1) { items in
            i >= 0 && i < items.pointee.count ? items.pointee[i] : nil
        }
    }

    /// Runs `body` on the address of element `i` of the array in `place`, made unique first; nil (the array left
    /// as it was) when `place` holds no array or `i` is out of range, else `body`'s answer.
    @inline(__always)
    static func withElement<R>(_ place: UnsafeMutablePointer<Value>, _ i: Int, _ body: (UnsafeMutablePointer<Value>) -> R?) -> R? {
        guard case .array = place.pointee else { return nil }
        return UnsafeMutableRawPointer(place).withMemoryRebound(to: [Value].self, capacity: 1) { items in
            guard i >= 0, i < items.pointee.count else { return nil }
            return items.pointee.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { body($0 + i) } }
        }
    }

    /// The address of element `i` of the array in `place` when the array's storage is not shared and `i` is in range,
    /// found without a closure, copy or retain; nil otherwise (no array, out of range, or shared storage: the caller's
    /// general path makes it unique or reports the error). Valid until anything else touches the array.
    @inline(__always)
    static func uniqueElement(_ place: UnsafeMutablePointer<Value>, _ i: Int) -> UnsafeMutablePointer<Value>? {
        guard case .array = place.pointee else { return nil }
        return UnsafeMutableRawPointer(place).withMemoryRebound(to: [Value].self, capacity: 1) { items in
            guard i >= 0, i < items.pointee.count else { return nil }
            // The array's storage is the native object at the payload's first word; only its reference count is read.
            let isUnique = UnsafeMutableRawPointer(items).withMemoryRebound(to: StorageReference.self, capacity: 1) {
                isKnownUniquelyReferenced(&$0.pointee)
            }
            guard isUnique, let base = items.pointee.withUnsafeBufferPointer({ $0.baseAddress }) else { return nil }
            return UnsafeMutablePointer(mutating: base) + i
        }
    }

    /// The Bool element `i` of the array in `place`, read where it lies (no copy); nil when there is none.
    @inline(__always)
    static func boolElement(_ place: UnsafeMutablePointer<Value>, _ i: Int) -> Bool? {
        guard case .array = place.pointee else { return nil }
        return UnsafeMutableRawPointer(place).withMemoryRebound(to: [Value].self, capacity: 1) { items in
            items.pointee.withUnsafeBufferPointer { buffer in
                guard i >= 0, i < buffer.count, case .bool(let flag) = buffer[i] else { return nil }
                return flag
            }
        }
    }

    /// Stands for the storage object of an array when its reference count is checked (never used as a value).
    private final class StorageReference {}

    /// Stores `rhs` into the element at `element` when both are Ints, Doubles or Bools (no reference to release or
    /// retain, no literal conversion: `KeyKind.assigned` leaves such values as they are); false otherwise.
    @inline(__always)
    static func storeScalar(_ element: UnsafeMutablePointer<Value>, _ rhs: Value) -> Bool {
        guard element.pointee.isInlineScalar, rhs.isInlineScalar else { return false }
        element.initialize(to: rhs)
        return true
    }
}

extension Value {
    /// Whether the value is an Int, Double or Bool (stored inline, no reference).
    @inline(__always)
    var isInlineScalar: Bool {
        switch self {
        case .int, .double, .bool: true
        default: false
        }
    }
}
