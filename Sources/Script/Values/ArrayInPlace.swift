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
