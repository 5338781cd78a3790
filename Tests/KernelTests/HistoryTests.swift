import Testing
import Kernel

@Suite struct HistoryTests {
    func sample() -> History {
        var history = History()
        for (line, input) in ["let a = 1", "print(a)", "let b = 2", "print(a)"].enumerated() {
            history.append(line: line + 1, input: input)
        }
        return history
    }

    @Test func tailGivesTheLastEntries() {
        #expect(sample().tail(2).map(\.line) == [3, 4])
        #expect(sample().tail(0).isEmpty)
    }

    @Test func rangeSelectsLinesOfThisSession() {
        #expect(sample().range(session: 0, start: 2, stop: 4).map(\.line) == [2, 3])
        #expect(sample().range(session: 1, start: 3, stop: 0).map(\.line) == [3, 4])
        #expect(sample().range(session: 7, start: 0, stop: 0).isEmpty)
    }

    @Test func searchMatchesGlobsAndCanBeUnique() {
        #expect(sample().search(pattern: "let *", count: 0, unique: false).map(\.line) == [1, 3])
        #expect(sample().search(pattern: "print(?)", count: 0, unique: true).map(\.line) == [4])
        #expect(sample().search(pattern: "*", count: 1, unique: false).map(\.line) == [4])
        #expect(sample().search(pattern: "nothing", count: 0, unique: false).isEmpty)
    }
}

@Suite struct HistoryOutputTests {
    @Test func outputIsRecordedForTheLatestLineOnly() {
        var history = History()
        history.append(line: 1, input: "1 + 2")
        history.recordOutput("3", line: 1)
        history.recordOutput("ignored", line: 7)
        #expect(history.tail(1).first?.output == "3")
    }

    @Test func historyRequestsReturnInputsAndOptionallyOutputs() throws {
        let kernel = KernelHarness()
        kernel.send("execute_request", .object([("code", "value 3")]))
        _ = try #require(kernel.next(on: .shell))
        kernel.send("history_request", .object([("hist_access_type", "tail"), ("n", 5), ("output", true)]))
        let reply = try #require(kernel.next(on: .shell))
        #expect(reply.content["history"] == .array([.array([1, 1, .array(["value 3", "3"])])]))
        kernel.send("history_request", .object([("hist_access_type", "search"), ("pattern", "val*")]))
        #expect(kernel.next(on: .shell)?.content["history"] == .array([.array([1, 1, "value 3"])]))
    }
}
