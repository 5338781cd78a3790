import Testing
import Prelude

@Suite struct DisplayTests {
    @Test func cellResultIsItsSwiftText() throws {
        let harness = PreludeHarness()
        let bundle = try harness.run("let a = [1, 2, 3]\na").get()
        #expect(bundle?.plainText == "[1, 2, 3]")
        #expect(try harness.run("\"hi\"").get()?.plainText == "\"hi\"")
    }

    @Test func displayShowsNowAndAnIdUpdatesInPlaceAcrossCells() throws {
        let harness = PreludeHarness()
        _ = try harness.run("display(1)\ndisplay(2, id: \"progress\")").get()
        _ = try harness.run("display(3, id: \"progress\")").get()
        #expect(harness.shown.map(\.bundle.plainText) == ["1", "2", "3"])
        #expect(harness.shown.map(\.id) == [nil, "progress", "progress"])
        #expect(harness.shown.map(\.update) == [false, false, true])
    }

    @Test func clearOutputPassesWait() throws {
        let harness = PreludeHarness()
        _ = try harness.run("clearOutput()\nclearOutput(wait: true)").get()
        #expect(harness.clears == [false, true])
    }
}
