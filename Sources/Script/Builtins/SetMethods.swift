/// Members of `Set` (LANGUAGE.md section 6): membership, the set algebra (`union`, `intersection`, `subtracting`,
/// `symmetricDifference`, `isSubset(of:)` …, each taking a set or any sequence), the mutating forms (`insert`,
/// `remove`, `formUnion` …, copy on write), `filter` giving a set; every other member runs on the elements as an
/// array's does (`sorted()`, `map`, `reduce`, `min()`, `contains(where:)`).
enum SetMethods {
    /// The members that change the set (a `let` set refuses them; other types' methods of these names are theirs).
    static let mutatingNames: Set<String> = ["insert", "update", "remove", "removeAll", "formUnion", "formIntersection",
                                             "subtract", "formSymmetricDifference", "popFirst", "removeFirst"]
    static let names = ["contains", "union", "intersection", "subtracting", "symmetricDifference", "isSubset",
                        "isSuperset", "isStrictSubset", "isStrictSuperset", "isDisjoint", "filter"] + Array(mutatingNames)
        + Array(Methods.array.keys)

    static func isSet(_ value: Value) -> Bool {
        if case .native(let object) = value { return object is SetValue }
        return false
    }

    static func call(_ receiver: inout Value, _ name: String, _ arguments: inout [Value], labels: [String?],
                     trailing: [Bool], nameSpan: SourceSpan, span: SourceSpan, rt: Runtime) throws(ScriptError) -> Value {
        do throws(ScriptError) {
            if mutatingNames.contains(name), let result = try mutate(&receiver, name, arguments, labels) { return result }
            guard let set = SetValue.from(receiver) else { return .void }
            if let result = try query(set, name, arguments, labels) { return result }
        } catch { throw error.located(at: span) }
        guard let set = SetValue.from(receiver) else { return .void }
        var elements = Value.array(set.elements)
        let result = try Members.callMethod(&elements, name, &arguments, labels: labels, trailing: trailing,
                                            nameSpan: nameSpan, span: span, rt: rt)
        if name == "filter", let items = result.arrayElements { return .native(try set.like(items)) }
        return result
    }

    /// The set a sequence argument stands for (`union([1, 2])`, `isSubset(of: 0..<10)`), its literals of the
    /// receiver's element type.
    private static func argumentSet(_ value: Value, like receiver: SetValue) throws(ScriptError) -> SetValue {
        if case .native(let object) = value, let set = object as? SetValue { return set }
        return try receiver.like(try Sequences.elements(of: value, span: nil))
    }

    private static func query(_ set: SetValue, _ name: String, _ arguments: [Value], _ labels: [String?]) throws(ScriptError) -> Value? {
        guard arguments.count == 1, labels.count == 1 else { return nil }
        switch (name, labels[0]) {
        case ("contains", nil):
            if case .function = arguments[0] { return nil }
            return .bool(set.contains(arguments[0]))
        case ("union", nil):
            let result = SetValue(set.storage)
            for element in try argumentSet(arguments[0], like: set).elements { try result.insert(element) }
            return .native(result)
        case ("intersection", nil):
            let other = try argumentSet(arguments[0], like: set)
            return .native(try set.like(set.elements.filter(other.contains)))
        case ("subtracting", nil):
            let other = try argumentSet(arguments[0], like: set)
            return .native(try set.like(set.elements.filter { !other.contains($0) }))
        case ("symmetricDifference", nil):
            let other = try argumentSet(arguments[0], like: set)
            return .native(try set.like(set.elements.filter { !other.contains($0) } + other.elements.filter { !set.contains($0) }))
        case ("isSubset", "of"): return .bool(isSubset(set, try argumentSet(arguments[0], like: set)))
        case ("isSuperset", "of"): return .bool(isSubset(try argumentSet(arguments[0], like: set), set))
        case ("isStrictSubset", "of"):
            let other = try argumentSet(arguments[0], like: set)
            return .bool(isSubset(set, other) && other.count > set.count)
        case ("isStrictSuperset", "of"):
            let other = try argumentSet(arguments[0], like: set)
            return .bool(isSubset(other, set) && set.count > other.count)
        case ("isDisjoint", "with"):
            let other = try argumentSet(arguments[0], like: set)
            return .bool(!set.elements.contains(where: other.contains))
        default: return nil
        }
    }

    private static func isSubset(_ small: SetValue, _ large: SetValue) -> Bool {
        small.count <= large.count && small.elements.allSatisfy(large.contains)
    }

    /// A mutating member, on the set moved out of `receiver` (copied first when another value shares it).
    private static func mutate(_ receiver: inout Value, _ name: String, _ arguments: [Value],
                               _ labels: [String?]) throws(ScriptError) -> Value? {
        guard let (object, isUnique) = Value.takeNative(&receiver), let taken = object as? SetValue else { return nil }
        let set = isUnique ? taken : SetValue(taken.storage)
        receiver = .native(set)
        switch (name, arguments.count, labels.first ?? nil) {
        case ("insert", 1, nil):
            let inserted = try set.insert(arguments[0])
            return .tuple(TupleValue(elements: [.bool(inserted), set.literal(arguments[0])], labels: ["inserted", "memberAfterInsert"]))
        case ("update", 1, "with"): return try set.update(with: arguments[0]).map(Value.wrapped) ?? .null
        case ("remove", 1, nil):
            return set.remove(arguments[0]) ? .wrapped(set.literal(arguments[0])) : .null
        case ("removeAll", 0, _): set.storage = OrderedDictionary(); return .void
        case ("popFirst", 0, _), ("removeFirst", 0, _):
            guard let first = set.first else {
                if name == "popFirst" { return .null }
                throw ScriptError(kind: .runtime, message: Message.emptyCollection)
            }
            _ = set.remove(first)
            return name == "popFirst" ? .wrapped(first) : first
        case ("formUnion", 1, nil):
            for element in try argumentSet(arguments[0], like: set).elements { try set.insert(element) }
            return .void
        case ("formIntersection", 1, nil), ("subtract", 1, nil), ("formSymmetricDifference", 1, nil):
            // Rebuilt from the non-mutating form: removing one by one would cost O(n) per element.
            let algebra = ["formIntersection": "intersection", "subtract": "subtracting"][name] ?? "symmetricDifference"
            if case .native(let result as SetValue)? = try query(set, algebra, arguments, [nil]) { set.storage = result.storage }
            return .void
        default: return nil
        }
    }
}
