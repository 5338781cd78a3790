/// Members of `[T]` (LANGUAGE.md section 6).
enum ArrayMethods {
    static func items(_ receiver: Value) -> [Value] {
        if case .array(let items) = receiver { return items }
        return []
    }

    /// Takes the array out of `receiver` so it can be mutated without a copy; put it back with `.array(…)`.
    static func take(_ receiver: inout Value) -> [Value] {
        let result = items(receiver)
        receiver = .void
        return result
    }

    static let closure = Parameter(nil, "transform", type: "(Element) -> T")

    static var table: [String: [Method]] {
        methodTable(queries + transforms + mutations + statistics + algorithms)
    }

    static var queries: [Method] { [
        Method("contains", [.positional("element", "Element")], returns: "Bool", doc: "Whether the array contains the element.") { receiver, args throws(ScriptError) in
            let target = args[0]
            // `xs.contains { $0 > 2 }`: a trailing closure is `contains(where:)`'s predicate, not an element.
            if case .function = target {
                for item in items(receiver) where try args.test1(target, item) { return .bool(true) }
                return .bool(false)
            }
            return .bool(items(receiver).contains { Operators.equalIfComparable($0, target) ?? false })
        },
        Method("contains", [Parameter("where", "predicate", type: "(Element) -> Bool")], returns: "Bool", doc: "Whether an element satisfies the predicate.") { receiver, args throws(ScriptError) in
            for item in items(receiver) where try args.test1(args[0], item) { return .bool(true) }
            return .bool(false)
        },
        Method("firstIndex", [.labeled("of", "Element")], returns: "Int?", doc: "The first index of the element, or nil.") { receiver, args throws(ScriptError) in
            let target = args[0]
            return items(receiver).firstIndex { Operators.equalIfComparable($0, target) ?? false }.map { .wrapped(.int($0)) } ?? .null
        },
        Method("firstIndex", [Parameter("where", "predicate", type: "(Element) -> Bool")], returns: "Int?", doc: "The first index whose element satisfies the predicate.") { receiver, args throws(ScriptError) in
            for (index, item) in items(receiver).enumerated() where try args.test1(args[0], item) { return .wrapped(.int(index)) }
            return .null
        },
        Method("first", [Parameter("where", "predicate", type: "(Element) -> Bool")], returns: "Element?", doc: "The first element satisfying the predicate.") { receiver, args throws(ScriptError) in
            for item in items(receiver) where try args.test1(args[0], item) { return .wrapped(item) }
            return .null
        },
        Method("last", [Parameter("where", "predicate", type: "(Element) -> Bool")], returns: "Element?", doc: "The last element satisfying the predicate.") { receiver, args throws(ScriptError) in
            for item in items(receiver).reversed() where try args.test1(args[0], item) { return .wrapped(item) }
            return .null
        },
        Method("allSatisfy", [Parameter(nil, "predicate", type: "(Element) -> Bool")], returns: "Bool", doc: "Whether every element satisfies the predicate.") { receiver, args throws(ScriptError) in
            for item in items(receiver) where !(try args.test1(args[0], item)) { return .bool(false) }
            return .bool(true)
        },
        Method("min", returns: "Element?", doc: "The smallest element, or nil when empty.") { receiver, _ throws(ScriptError) in
            let values = items(receiver)
            guard var best = values.first else { return .null }
            for item in values.dropFirst() where try Sorting.natural(item, best) { best = item }
            return .wrapped(best)
        },
        Method("max", returns: "Element?", doc: "The largest element, or nil when empty.") { receiver, _ throws(ScriptError) in
            let values = items(receiver)
            guard var best = values.first else { return .null }
            for item in values.dropFirst() where try Sorting.natural(best, item) { best = item }
            return .wrapped(best)
        },
        Method("randomElement", returns: "Element?", doc: "A random element (seeded generator), or nil when empty.") { receiver, args throws(ScriptError) in
            let values = items(receiver)
            guard !values.isEmpty else { return .null }
            return .wrapped(values[Int(args.interpreter.random.nextInt(below: UInt64(values.count)))])
        },
        Method("joined", [Parameter("separator", type: "String", default: .constant("\"\"", .string("")))], returns: "String", doc: "The strings joined with the separator.") { receiver, args throws(ScriptError) in
            let separator = try args.string(0)
            let values = items(receiver)
            // `[[1, 2], [3]].joined()`: the arrays' elements in order (Swift's flattened sequence).
            if separator.isEmpty, case .array = values.first {
                var flat: [Value] = [], allArrays = true
                for value in values {
                    guard case .array(let inner) = value else { allArrays = false; break }
                    flat.append(contentsOf: inner)
                }
                if allArrays { return .array(flat) }
            }
            var out = ""
            for (index, item) in values.enumerated() {
                if index > 0 { out += separator }
                guard case .string(let text) = item else {
                    throw ScriptError(kind: .type, message: "joined(separator:) needs [String], not '\(receiver.typeName)'")
                }
                out += text
            }
            return .string(out)
        },
    ] }

    static var transforms: [Method] { [
        Method("map", [closure], returns: "[T]", doc: "The results of calling the closure on each element.") { receiver, args throws(ScriptError) in
            let values = items(receiver)
            let transform = args.caller1(args[0])
            var out: [Value] = []
            out.reserveCapacity(values.count)
            for item in values { out.append(try transform(item)) }
            return .array(out)
        },
        Method("compactMap", [closure], returns: "[T]", doc: "The non-nil results of calling the closure on each element.") { receiver, args throws(ScriptError) in
            var out: [Value] = []
            for item in items(receiver) {
                let result = try args.call1(args[0], item)
                switch result {
                case .null: continue
                case .wrapped(let value): out.append(value)
                default: out.append(result)
                }
            }
            return .array(out)
        },
        Method("flatMap", [closure], returns: "[T]", doc: "The concatenated arrays returned by the closure.") { receiver, args throws(ScriptError) in
            var out: [Value] = []
            for item in items(receiver) {
                let result = try args.call1(args[0], item)
                if case .array(let inner) = result { out.append(contentsOf: inner) } else { out.append(result) }
                try Limits.checkAllocation(out.count)
            }
            return .array(out)
        },
        Method("filter", [Parameter(nil, "isIncluded", type: "(Element) -> Bool")], returns: "[Element]", doc: "The elements satisfying the predicate.") { receiver, args throws(ScriptError) in
            let isIncluded = args.predicate(args[0])
            var out: [Value] = []
            for item in items(receiver) where try isIncluded(item) { out.append(item) }
            return .array(out)
        },
        Method("reduce", [.positional("initialResult", "T"), Parameter(nil, "nextPartialResult", type: "(T, Element) -> T")], returns: "T", doc: "Combines the elements with the closure, starting from the initial value.") { receiver, args throws(ScriptError) in
            var accumulator = args[0]
            let combine = args.caller2(args[1])
            if OperatorFunctions.isPlus(args[1]) {
                for item in items(receiver) { accumulator = try OperatorFunctions.sum(accumulator, item, orElse: combine) }
                return accumulator
            }
            for item in items(receiver) { accumulator = try combine(accumulator, item) }
            return accumulator
        },
        Method("reduce", [.labeled("into", "T"), Parameter(nil, "updateAccumulatingResult", type: "(inout T, Element) -> ()")], returns: "T",
               doc: "Updates the accumulator in place with each element (the closure's first parameter is inout).") { receiver, args throws(ScriptError) in
            let rt = args.interpreter.session.runtime, span = args.span ?? SourceSpan(cell: 0, start: 0, end: 0)
            var arguments: [Value] = [args[0], .void]
            args[0] = .void
            for item in items(receiver) {
                arguments[1] = item
                _ = try rt.callValue(args[1], &arguments, labels: nil, trailing: [false, false], span: span)
            }
            return arguments[0]
        },
        Method("forEach", [Parameter(nil, "body", type: "(Element) -> Void")], doc: "Calls the closure on each element.") { receiver, args throws(ScriptError) in
            let body = args.caller1(args[0])
            for item in items(receiver) { _ = try body(item) }
            return .void
        },
        Method("sorted", returns: "[Element]", doc: "The elements in increasing order.") { receiver, _ throws(ScriptError) in
            .array(try Sorting.sorted(items(receiver), by: Sorting.natural))
        },
        Method("sorted", [Parameter("by", "areInIncreasingOrder", type: "(Element, Element) -> Bool")], returns: "[Element]", doc: "The elements ordered by the predicate.") { receiver, args throws(ScriptError) in
            let less = args.caller2(args[0])
            return .array(try Sorting.sorted(items(receiver)) { (a, b) throws(ScriptError) in
                guard case .bool(let flag) = try less(a, b) else { throw ScriptError(kind: .type, message: "sorted(by:) needs a Bool result") }
                return flag
            })
        },
        Method("reversed", returns: "[Element]", doc: "The elements in reverse order.") { receiver, _ throws(ScriptError) in
            .array(items(receiver).reversed())
        },
        Method("shuffled", returns: "[Element]", doc: "The elements in a random order (seeded generator).") { receiver, args throws(ScriptError) in
            .array(shuffle(items(receiver), args.interpreter.random))
        },
        Method("enumerated", returns: "[(offset: Int, element: Element)]", doc: "Pairs of index and element.") { receiver, _ throws(ScriptError) in
            .array(items(receiver).enumerated().map { .tuple(TupleValue(elements: [.int($0.offset), $0.element], labels: ["offset", "element"])) })
        },
        Method("prefix", [.positional("maxLength", "Int")], returns: "ArraySlice<Element>", doc: "The first elements, up to the count.") { receiver, args throws(ScriptError) in
            leadingPart(Array(items(receiver).prefix(max(0, try args.int(0)))))
        },
        Method("suffix", [.positional("maxLength", "Int")], returns: "ArraySlice<Element>", doc: "The last elements, up to the count.") { receiver, args throws(ScriptError) in
            let all = items(receiver)
            return trailingPart(Array(all.suffix(max(0, try args.int(0)))), of: all)
        },
        Method("dropFirst", [Parameter(nil, "k", type: "Int", default: .constant("1", .int(1)))], returns: "ArraySlice<Element>", doc: "All but the first elements.") { receiver, args throws(ScriptError) in
            let all = items(receiver)
            return trailingPart(Array(all.dropFirst(max(0, try args.int(0)))), of: all)
        },
        Method("dropLast", [Parameter(nil, "k", type: "Int", default: .constant("1", .int(1)))], returns: "ArraySlice<Element>", doc: "All but the last elements.") { receiver, args throws(ScriptError) in
            leadingPart(Array(items(receiver).dropLast(max(0, try args.int(0)))))
        },
    ] }

    /// A part starting at index 0 (`prefix`, `dropLast`), as Swift's `ArraySlice`.
    static func leadingPart(_ part: [Value]) -> Value { .native(ArraySliceValue(start: 0, items: part)) }

    /// A part ending where `all` ends (`suffix`, `dropFirst`), keeping `all`'s indices.
    static func trailingPart(_ part: [Value], of all: [Value]) -> Value {
        .native(ArraySliceValue(start: all.count - part.count, items: part))
    }

    static func shuffle(_ values: [Value], _ random: RandomSource) -> [Value] {
        var out = values
        guard out.count > 1 else { return out }
        for index in stride(from: out.count - 1, to: 0, by: -1) {
            out.swapAt(index, Int(random.nextInt(below: UInt64(index + 1))))
        }
        return out
    }
}
