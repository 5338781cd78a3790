import Platform
import Testing
@testable import Script

/// Inspect reads the cells' sources on the shell thread while the cell thread adds and prunes them.
@Suite struct CellSourcesTests {
    @Test func readingSourcesWhileCellsAddAndPruneThemIsSafe() async {
        let interpreter = Interpreter(host: RecordingHost())
        let session = interpreter.session
        let cells = 3_000
        let finished = InterruptFlag()  // raised by the writer when its last cell has run
        let writer = Task.detached {
            // Each cell defines a function (its source is kept) and replaces one of an earlier cell (whose source
            // the next cell's pruning drops): sources are added, dropped and filtered all the time.
            for cell in 1...cells { _ = interpreter.run("func f\(cell % 5)() -> Int {\n    return \(cell)\n}", cell: cell) }
            finished.request()
        }
        var reads = 0, wrong = 0
        while !finished.isRequested {
            let cell = reads % cells + 1
            let line = session.declarationLine(SourceSpan(cell: cell, start: 0, end: 1))
            if !(line.isEmpty || line == "func f\(cell % 5)() -> Int") { wrong += 1 }
            if let source = session.sources[cell], source.cell != cell { wrong += 1 }
            reads += 1
        }
        await writer.value
        #expect(wrong == 0)
        #expect(session.sources.keys.count <= 10)
        #expect(session.declarationLine(SourceSpan(cell: cells, start: 0, end: 1)) == "func f\(cells % 5)() -> Int")
    }
}
