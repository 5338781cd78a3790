import Testing
@testable import Script

/// Completion and inspection know the types cells declare: members after `p.`, cases after `Direction.` and a
/// bare `.`, a type's and a method's declaration lines.
@Suite struct TypeCompletionTests {
    static let declarations = """
    struct Point {
        var x: Double
        var y: Double
        var length: Double { (x * x + y * y).squareRoot() }
        mutating func move(by d: Double) { x += d }
        func moved(by d: Double) -> Point { Point(x: x + d, y: y + d) }
    }
    enum Direction: String { case north, south, east, west }
    struct Segment { var start: Point; var end: Point }
    let p = Point(x: 1, y: 2)
    let s = Segment(start: p, end: p)
    """

    static func interpreter() -> Interpreter {
        let interpreter = Interpreter(host: RecordingHost())
        _ = interpreter.run(declarations, cell: 1)
        return interpreter
    }

    @Test func membersOfAnInstance() {
        let interpreter = Self.interpreter()
        #expect(interpreter.complete("p.mo", cursor: 4).matches == ["move", "moved"])
        #expect(interpreter.complete("p.", cursor: 2).matches == ["length", "move", "moved", "x", "y"])
        #expect(interpreter.complete("s.start.le", cursor: 10).matches == ["length"])
    }

    @Test func casesAfterTheTypeAndAfterABareDot() {
        let interpreter = Self.interpreter()
        #expect(interpreter.complete("Direction.n", cursor: 11).matches == ["north"])
        let code = "let d: Direction = .we"
        #expect(interpreter.complete(code, cursor: code.unicodeScalars.count).matches == ["west"])
    }

    @Test func variablesDeclaredInTheEditedCode() {
        let interpreter = Self.interpreter()
        let code = "var q = Point(x: 0, y: 0)\nq.le"
        #expect(interpreter.complete(code, cursor: code.unicodeScalars.count).matches == ["length"])
        let typed = "var r: Segment\nr.en"
        #expect(interpreter.complete(typed, cursor: typed.unicodeScalars.count).matches == ["end"])
        let newType = "struct Pair { var a = 1 }\nlet x = Pa"
        #expect(interpreter.complete(newType, cursor: newType.unicodeScalars.count).matches == ["Pair"])
    }

    @Test func inspectionShowsDeclarations() throws {
        let interpreter = Self.interpreter()
        let type = try #require(interpreter.inspect("Point", cursor: 3))
        #expect(type.plain.hasPrefix("struct Point\ninit(x: Double, y: Double)\n"))
        let method = try #require(interpreter.inspect("p.move", cursor: 5))
        #expect(method.plain.hasPrefix("mutating func move(by d: Double)"))
        let property = try #require(interpreter.inspect("p.length", cursor: 5))
        #expect(property.plain.hasPrefix("var length: Double { get }"))
        let enumCase = try #require(interpreter.inspect("Direction.north", cursor: 12))
        #expect(enumCase.plain.hasPrefix("case north"))
        let cases = try #require(interpreter.inspect("Direction", cursor: 2))
        #expect(cases.plain.contains("cases: .north, .south, .east, .west"))
    }
}
