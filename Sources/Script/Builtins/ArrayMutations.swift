/// Mutating members of `[T]` and the numeric summaries (`sum`, `mean`, `std`).
extension ArrayMethods {
    static func checkIndex(_ index: Int, _ count: Int) throws(ScriptError) {
        if index < 0 || index >= count {
            throw ScriptError(kind: .runtime, message: Message.indexOutOfRange(index, count))
        }
    }

    static var mutations: [Method] { [
        Method("append", [.positional("newElement", "Element")], doc: "Adds an element at the end.", mutating: true) { receiver, args throws(ScriptError) in
            var values = take(&receiver)
            defer { receiver = .array(values) }
            try Limits.checkGrowth(of: values, adding: 1)
            values.append(try KeyKind.element(args[0], of: values))
            return .void
        },
        Method("append", [.labeled("contentsOf", "[Element]")], doc: "Adds the elements of a sequence at the end.", mutating: true) { receiver, args throws(ScriptError) in
            let more = try Sequences.elements(of: args[0], span: nil)
            var values = take(&receiver)
            defer { receiver = .array(values) }
            try Limits.checkGrowth(of: values, adding: more.count)
            values.append(contentsOf: try KeyKind.elements(more, of: values))
            return .void
        },
        Method("insert", [.positional("newElement", "Element"), .labeled("at", "Int")], doc: "Inserts an element at the index.", mutating: true) { receiver, args throws(ScriptError) in
            var values = take(&receiver)
            defer { receiver = .array(values) }
            let index = try args.int(1)
            if index < 0 || index > values.count { throw ScriptError(kind: .runtime, message: Message.indexOutOfRange(index, values.count)) }
            values.insert(try KeyKind.element(args[0], of: values), at: index)
            return .void
        },
        Method("remove", [.labeled("at", "Int")], returns: "Element", doc: "Removes and returns the element at the index.", mutating: true) { receiver, args throws(ScriptError) in
            var values = take(&receiver)
            defer { receiver = .array(values) }
            let index = try args.int(0)
            try checkIndex(index, values.count)
            return values.remove(at: index)
        },
        Method("removeLast", returns: "Element", doc: "Removes and returns the last element.", mutating: true) { receiver, _ throws(ScriptError) in
            var values = take(&receiver)
            defer { receiver = .array(values) }
            guard let last = values.popLast() else { throw ScriptError(kind: .runtime, message: "can't remove last element from an empty collection") }
            return last
        },
        Method("removeFirst", returns: "Element", doc: "Removes and returns the first element.", mutating: true) { receiver, _ throws(ScriptError) in
            var values = take(&receiver)
            defer { receiver = .array(values) }
            guard !values.isEmpty else { throw ScriptError(kind: .runtime, message: "can't remove first element from an empty collection") }
            return values.removeFirst()
        },
        Method("popLast", returns: "Element?", doc: "Removes and returns the last element, or nil.", mutating: true) { receiver, _ throws(ScriptError) in
            var values = take(&receiver)
            defer { receiver = .array(values) }
            return values.popLast().map(Value.wrapped) ?? .null
        },
        Method("removeAll", doc: "Removes every element.", mutating: true) { receiver, _ throws(ScriptError) in
            receiver = .array([])
            return .void
        },
        Method("removeAll", [Parameter("where", "shouldBeRemoved", type: "(Element) -> Bool")], doc: "Removes the elements satisfying the predicate.", mutating: true) { receiver, args throws(ScriptError) in
            var kept: [Value] = []
            for item in items(receiver) where !(try args.test1(args[0], item)) { kept.append(item) }
            receiver = .array(kept)
            return .void
        },
        Method("sort", doc: "Sorts the array in place.", mutating: true) { receiver, _ throws(ScriptError) in
            receiver = .array(try Sorting.sorted(take(&receiver), by: Sorting.natural))
            return .void
        },
        Method("sort", [Parameter("by", "areInIncreasingOrder", type: "(Element, Element) -> Bool")], doc: "Sorts the array in place by the predicate.", mutating: true) { receiver, args throws(ScriptError) in
            let less = args[0]
            receiver = .array(try Sorting.sorted(items(receiver)) { (a, b) throws(ScriptError) in try args.test(less, [a, b]) })
            return .void
        },
        Method("reverse", doc: "Reverses the array in place.", mutating: true) { receiver, _ throws(ScriptError) in
            receiver = .array(take(&receiver).reversed())
            return .void
        },
        Method("shuffle", doc: "Shuffles the array in place (seeded generator).", mutating: true) { receiver, args throws(ScriptError) in
            receiver = .array(shuffle(take(&receiver), args.interpreter.random))
            return .void
        },
        Method("swapAt", [.positional("i", "Int"), .positional("j", "Int")], doc: "Exchanges two elements.", mutating: true) { receiver, args throws(ScriptError) in
            var values = take(&receiver)
            defer { receiver = .array(values) }
            let i = try args.int(0), j = try args.int(1)
            try checkIndex(i, values.count); try checkIndex(j, values.count)
            values.swapAt(i, j)
            return .void
        },
    ] }

    static var statistics: [Method] { [
        Method("sum", returns: "Element", doc: "The sum of the numbers (0 when empty).") { receiver, _ throws(ScriptError) in
            try sum(items(receiver))
        },
        Method("mean", returns: "Double", doc: "The arithmetic mean of the numbers.") { receiver, _ throws(ScriptError) in
            let values = try numbers(receiver)
            guard !values.isEmpty else { throw ScriptError(kind: .runtime, message: "mean() of an empty array") }
            return .double(values.reduce(0, +) / Double(values.count))
        },
        Method("std", returns: "Double", doc: "The population standard deviation of the numbers.") { receiver, _ throws(ScriptError) in
            let values = try numbers(receiver)
            guard !values.isEmpty else { throw ScriptError(kind: .runtime, message: "std() of an empty array") }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            return .double(variance.squareRoot())
        },
    ] }

    static func numbers(_ receiver: Value) throws(ScriptError) -> [Double] {
        guard let values = Conversions.doubles(receiver) else {
            throw ScriptError(kind: .type, message: "expected an array of numbers, not '\(receiver.typeName)'")
        }
        return values
    }

    static func sum(_ values: [Value]) throws(ScriptError) -> Value {
        var total: Value = .int(0)
        for value in values { total = try Operators.add(total, value) }
        return total
    }
}
