import Testing
@testable import Script

/// A tiny native type standing in for the Prelude's tensors: a vector of Doubles.
/// Its writes follow the copy-on-write contract of `subscriptSet`/`setProperty`; `copies` counts the copies made
/// on the way to this object, so tests can see whether a write happened in place.
final class Vec: NativeObject {
    var values: [Double]
    var copies = 0
    init(_ values: [Double]) { self.values = values }

    var typeName: String { "Vec" }
    var description: String { "Vec(\(values))" }
    var memberNames: [String] { ["count", "values", "scaled", "copies"] }

    func property(_ name: String) throws(ScriptError) -> Value? {
        switch name {
        case "count": .int(values.count)
        case "values": .array(values.map(Value.double))
        case "copies": .int(copies)
        default: nil
        }
    }

    /// Self when unique, else a copy remembering one more copy.
    func writable(_ isUniquelyReferenced: Bool) -> Vec {
        if isUniquelyReferenced { return self }
        let copy = Vec(values)
        copy.copies = copies + 1
        return copy
    }

    func subscriptSet(_ arguments: Arguments, to newValue: Value, isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        let index = try arguments.int(0)
        guard values.indices.contains(index) else { throw ScriptError(kind: .runtime, message: "Vec index \(index) out of range") }
        guard let number = newValue.asDouble else {
            throw ScriptError(kind: .type, message: "cannot assign value of type '\(newValue.typeName)' to subscript of type 'Double'")
        }
        let target = writable(isUniquelyReferenced)
        target.values[index] = number
        return target
    }

    func setProperty(_ name: String, to newValue: Value, isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        guard name == "values" else { return nil }
        guard let numbers = Conversions.doubles(newValue) else {
            throw ScriptError(kind: .type, message: "cannot assign value of type '\(newValue.typeName)' to type '[Double]'")
        }
        let target = writable(isUniquelyReferenced)
        target.values = numbers
        return target
    }

    func method(_ name: String) -> [Builtin]? {
        guard name == "scaled" else { return nil }
        return [Builtin("scaled", [Parameter("by", "factor", type: "Double")], returns: "Vec", doc: "Each value times the factor.") { args throws(ScriptError) in
            let factor = try args.double(0)
            return .native(Vec(self.values.map { $0 * factor }))
        }]
    }

    func callAsFunction(_ arguments: inout Arguments) throws(ScriptError) -> Value? {
        .double(values.reduce(0, +) * (try arguments.double(0)))
    }

    func subscriptGet(_ arguments: Arguments) throws(ScriptError) -> Value? {
        let index = try arguments.int(0)
        guard values.indices.contains(index) else { throw ScriptError(kind: .runtime, message: "Vec index \(index) out of range") }
        return .double(values[index])
    }

    func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? {
        let others: [Double]
        if case .native(let object) = other, let vector = object as? Vec { others = vector.values }
        else if let scalar = other.asDouble { others = Array(repeating: scalar, count: values.count) }
        else { return nil }
        guard others.count == values.count else {
            throw ScriptError(kind: .runtime, message: "cannot broadcast shapes [\(values.count)] and [\(others.count)]")
        }
        switch op {
        case "+": return .native(Vec(zip(values, others).map { $0 + $1 }))
        case "*": return .native(Vec(zip(values, others).map { $0 * $1 }))
        case "•": return .double(zip(values, others).map { $0 * $1 }.reduce(0, +))
        default: return nil
        }
    }

    func unaryOperator(_ op: String) throws(ScriptError) -> Value? {
        op == "-" ? .native(Vec(values.map { -$0 })) : nil
    }

    func isEqual(to other: Value) -> Bool? {
        guard case .native(let object) = other, let vector = object as? Vec else { return nil }
        return vector.values == values
    }
}

/// An optimizer-like native whose method takes an inout argument; a reference type with a settable `rate`.
final class Stepper: NativeObject {
    var rate = 0.1
    var typeName: String { "Stepper" }
    var description: String { "Stepper" }
    var isReferenceType: Bool { true }
    func property(_ name: String) throws(ScriptError) -> Value? { name == "rate" ? .double(rate) : nil }
    func setProperty(_ name: String, to newValue: Value, isUniquelyReferenced: Bool) throws(ScriptError) -> (any NativeObject)? {
        guard name == "rate", let rate = newValue.asDouble else { return nil }
        self.rate = rate
        return self
    }
    func method(_ name: String) -> [Builtin]? {
        guard name == "update" else { return nil }
        return [Builtin("update", [Parameter(nil, "target", type: "Vec", isInout: true), Parameter("along", type: "Vec")],
                        doc: "Moves the target along the direction.") { args throws(ScriptError) in
            let target = try args.native(0, as: Vec.self, named: "Vec"), step = try args.native(1, as: Vec.self, named: "Vec")
            args[0] = .native(Vec(zip(target.values, step.values).map { $0 - $1 }))
            return .void
        }]
    }
}

enum FakePrelude {
    static func install(into interpreter: Interpreter) {
        interpreter.register(TypeNamespace(name: "Vec", doc: "A vector of Doubles.", initializers: [
            Builtin("Vec", [Parameter(nil, "values", type: "[Double]")], returns: "Vec", doc: "A vector of the values.") { args throws(ScriptError) in
                .native(Vec(try args.doubles(0)))
            },
            Builtin("Vec", [Parameter("zeros", type: "Int")], returns: "Vec", doc: "A vector of zeros.") { args throws(ScriptError) in
                .native(Vec(Array(repeating: 0, count: max(0, try args.int(0)))))
            },
        ], staticProperties: ["unit": { .native(Vec([1])) }], staticMethods: [
            "ramp": [Builtin("ramp", [Parameter("count", type: "Int"), Parameter("step", type: "Double", default: .constant("1", .double(1)))],
                             returns: "Vec", doc: "0, step, 2 step, …") { args throws(ScriptError) in
                let step = try args.double(1)
                return .native(Vec((0..<max(0, try args.int(0))).map { Double($0) * step }))
            }],
        ]))
        interpreter.register(Builtin("sqrt", [Parameter(nil, "x", type: "Vec")], returns: "Vec", doc: "Elementwise square root.") { args throws(ScriptError) in
            .native(Vec(try args.native(0, as: Vec.self, named: "Vec").values.map { $0.squareRoot() }))
        })
        interpreter.register(Builtin("applyTwice", [Parameter(nil, "value"), Parameter(nil, "body", type: "(T) -> T")], returns: "T",
                                     doc: "Calls the closure on its own result.") { args throws(ScriptError) in
            try args.call(args[1], [try args.call(args[1], [args[0]])])
        })
        interpreter.register(Builtin("Stack", [Parameter(nil, "content", type: "() -> [Layer]")], returns: "[Any]",
                                     doc: "Collects the values of the builder closure.") { args throws(ScriptError) in
            .array(try args.interpreter.build(args[0]))
        })
        interpreter.register(Builtin("mode", [Parameter(nil, "kind", type: "Mode")], returns: "String", doc: "Reads an enum-like symbol.") { args throws(ScriptError) in
            .string("mode " + (try args.symbol(0)))
        })
        interpreter.register(Builtin("explode", doc: "Always fails.") { _ throws(ScriptError) in
            throw ScriptError(kind: .runtime, message: "it blew up")
        })
        Chain.install(into: interpreter)
        interpreter.register(Builtin("stepper", returns: "Stepper", doc: "A stepper.") { _ throws(ScriptError) in .native(Stepper()) })
        interpreter.register(Builtin("shout", [Parameter(nil, "text", type: "String")], doc: "Writes to stdout.") { args throws(ScriptError) in
            args.interpreter.write((try args.string(0)).uppercased() + "\n")
            try args.interpreter.checkInterrupt()
            return .void
        })
    }

    /// Runs the cells against a fresh interpreter with the fake prelude; returns printed lines and errors.
    static func run(_ cells: [String]) -> (lines: [String], errors: [ScriptError]) {
        let host = RecordingHost()
        let interpreter = Interpreter(host: host)
        install(into: interpreter)
        var lines: [String] = []
        var errors: [ScriptError] = []
        for (index, cell) in cells.enumerated() {
            host.stdout = ""
            let outcome = interpreter.run(cell, cell: index + 1)
            lines += host.stdout.split(separator: "\n").map(String.init)
            switch outcome {
            case .value(let value): if let value { lines.append(value.debugDescription) }
            case .error(let error): errors.append(error)
            }
        }
        return (lines, errors)
    }
}

@Suite struct ExtensionAPITests {
    @Test func typesInitialisersStaticMembersAndProperties() {
        let run = FakePrelude.run(["let v = Vec([1, 4, 9])\nprint(v, v.count, v.values)", "Vec(zeros: 2)", "Vec.ramp(count: 3, step: 0.5)", "Vec.unit"])
        #expect(run.errors.isEmpty)
        #expect(run.lines == ["Vec([1.0, 4.0, 9.0]) 3 [1.0, 4.0, 9.0]", "Vec([0.0, 0.0])", "Vec([0.0, 0.5, 1.0])", "Vec([1.0])"])
    }

    @Test func methodsCallsSubscriptsAndOperators() {
        let run = FakePrelude.run(["let v = Vec([1, 2])\nlet w = Vec([3, 4])",
                                   "print(v.scaled(by: 2), v(10), v[1], v + w, 2 * v, -v, v • w, v == Vec([1, 2]))"])
        #expect(run.errors.isEmpty)
        #expect(run.lines == ["Vec([2.0, 4.0]) 30.0 2.0 Vec([4.0, 6.0]) Vec([2.0, 4.0]) Vec([-1.0, -2.0]) 11.0 true"])
    }

    @Test func overloadsAreChosenByLabelsThenByArgumentTypes() {
        let run = FakePrelude.run(["sqrt(16.0)", "sqrt(Vec([4, 9]))", "Vec(zero: 3)"])
        #expect(run.lines == ["4.0", "Vec([2.0, 3.0])"])
        #expect(run.errors.map(\.message) == ["incorrect argument label in call (have 'zero:', expected 'zeros:')"])
    }

    @Test func closuresBuildersSymbolsAndInout() {
        let run = FakePrelude.run([
            "applyTwice(3) { $0 * $0 }",
            "Stack {\n    Vec([1])\n    Vec([2])\n}.count",
            "Stack { Vec([5]) }.count",
            "mode(.auto)",
            "var v = Vec([5, 5])\nstepper().update(&v, along: Vec([1, 2]))\nv",
        ])
        #expect(run.errors.isEmpty)
        #expect(run.lines == ["81", "2", "1", "\"mode auto\"", "Vec([4.0, 3.0])"])
    }

    /// Whether a call mutates its receiver is the receiver type's: a native reference object's `update` runs on a
    /// `let` (the training loops' `optimizer.update(&model, along: g)`) while `Set.update(with:)` on a `let` set is refused.
    @Test func mutatingIsDecidedByTheReceiversType() {
        let run = FakePrelude.run([
            "let optimizer = stepper()\nvar v = Vec([5, 5])\noptimizer.update(&v, along: Vec([1, 2]))\noptimizer.update(&v, along: Vec([1, 1]))\nv",
            "var again = stepper()\nagain.update(&v, along: Vec([3, 2]))\nv",
            "var s: Set = [1, 2]\nprint(s.update(with: 2) as Any, s.update(with: 3) as Any, s.count)",
            "let fixed: Set = [1]\nfixed.update(with: 2)",
        ])
        #expect(run.lines == ["Vec([3.0, 2.0])", "Vec([0.0, 0.0])", "Optional(2) nil 3"])
        #expect(run.errors.map(\.message) == ["cannot use mutating member on immutable value: 'fixed' is a 'let' constant"])
    }

    @Test func builtinErrorsPointAtTheCallAndNameTheArgument() throws {
        let run = FakePrelude.run(["let x = 1\nlet y = explode()", "Vec(zeros: \"two\")", "Vec([1]).nope", "Vec([1]) + Vec([1, 2])"])
        #expect(run.errors.count == 4)
        let first = try #require(run.errors.first)
        #expect(first.traceback(color: false) == ["cell 1, line 2, column 9: error: it blew up", "    let y = explode()", "            ^~~~~~~~~"])
        #expect(run.errors[1].message == "cannot convert value of type 'String' to expected argument type 'Int' (argument 'zeros')")
        #expect(run.errors[2].message == "value of type 'Vec' has no member 'nope'")
        #expect(run.errors[3].message == "cannot broadcast shapes [1] and [2]")
    }

    @Test func completionAndInspectionSeeNativeMembers() throws {
        let host = RecordingHost()
        let interpreter = Interpreter(host: host)
        FakePrelude.install(into: interpreter)
        _ = interpreter.run("let v = Vec([1])", cell: 1)
        #expect(interpreter.complete("v.sc", cursor: 4).matches == ["scaled"])
        #expect(interpreter.complete("Vec.ra", cursor: 6).matches == ["ramp"])
        let inspection = try #require(interpreter.inspect("Vec", cursor: 1))
        #expect(inspection.plain.contains("Vec(zeros: Int) -> Vec"))
        guard case .error(let error) = interpreter.run("v.scaeld(by: 2)", cell: 2) else { Issue.record("no error"); return }
        #expect(error.message == "value of type 'Vec' has no member 'scaeld'; did you mean 'scaled'?")
    }

    @Test func builtinsWriteToTheHostAndTheRandomStateIsShared() {
        let run = FakePrelude.run(["shout(\"hi\")"])
        #expect(run.lines == ["HI"])
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run("seed(7)", cell: 1)
        let state = interpreter.random.state
        let fromSwift = interpreter.random.nextDouble()
        interpreter.random.state = state
        guard case .value(let value) = interpreter.run("Double.random(in: 0..<1)", cell: 2) else { Issue.record("failed"); return }
        #expect(value?.description == fromSwift.description)
    }
}
