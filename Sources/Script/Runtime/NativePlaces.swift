/// Writes through native values (`t[i, j] = v`, `model[0].bias[2] = 0`, `optimizer.learningRate = 0.1`): the part
/// is read with the getter, changed, and written back with the object's setter hook, which is told whether the
/// object is shared with another value so it can write in place or copy (see docs/script-extension.md).
enum NativePlaces {
    static func modifySubscript(_ value: inout Value, _ keys: UnsafeBufferPointer<Value>, _ labels: [String?],
                                _ walk: PlaceWalk, _ depth: Int, _ span: SourceSpan,
                                _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard let (object, isUnique) = Value.takeNative(&value) else { return }
        var result: any NativeObject = object
        defer { value = .native(result) }
        let parameters = labels.map { Parameter($0, $0 ?? "index") }
        let arguments = Arguments(values: Array(keys), parameters: parameters, span: span, interpreter: walk.rt.interpreter)
        if walk.isLast(depth), case .assign(let newValue) = walk.mode {
            result = try setSubscript(object, arguments, newValue, isUnique, span)
            return
        }
        var part = try Subscripts.get(.native(object), Array(keys), labels: labels, span: span, rt: walk.rt)
        try Places.modify(&part, walk, depth + 1, body)
        if case .take = walk.mode { return }
        result = try setSubscript(object, arguments, part, isUnique, span)
    }

    static func modifyProperty(_ value: inout Value, _ name: String, _ walk: PlaceWalk, _ depth: Int, _ span: SourceSpan,
                               _ body: (inout Value) throws(ScriptError) -> Void) throws(ScriptError) {
        guard let (object, isUnique) = Value.takeNative(&value) else { return }
        var result: any NativeObject = object
        defer { value = .native(result) }
        if walk.isLast(depth), case .assign(let newValue) = walk.mode {
            result = try setProperty(object, name, newValue, isUnique, span)
            return
        }
        var part = try Members.property(.native(object), name, span)
        try Places.modify(&part, walk, depth + 1, body)
        if case .take = walk.mode { return }
        result = try setProperty(object, name, part, isUnique, span)
    }

    private static func setSubscript(_ object: any NativeObject, _ arguments: Arguments, _ newValue: Value,
                                     _ isUnique: Bool, _ span: SourceSpan) throws(ScriptError) -> any NativeObject {
        let updated: (any NativeObject)?
        do throws(ScriptError) {
            updated = try object.subscriptSet(arguments, to: newValue, isUniquelyReferenced: isUnique)
        } catch { throw error.located(at: span) }
        guard let updated else { throw ScriptError(kind: .type, message: Message.getOnlySubscript, span: span) }
        return updated
    }

    private static func setProperty(_ object: any NativeObject, _ name: String, _ newValue: Value,
                                    _ isUnique: Bool, _ span: SourceSpan) throws(ScriptError) -> any NativeObject {
        let updated: (any NativeObject)?
        do throws(ScriptError) {
            updated = try object.setProperty(name, to: newValue, isUniquelyReferenced: isUnique)
        } catch { throw error.located(at: span) }
        guard let updated else { throw Places.notAssignableMember(.native(object), name, span) }
        return updated
    }
}
