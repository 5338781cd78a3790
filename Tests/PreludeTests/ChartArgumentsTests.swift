import Charts
@testable import Prelude
import Script
import Testing

/// Reading a cell's array as chart numbers: one pass (split across cores for large arrays) that
/// converts, measures the extent and rejects a non-number wherever it is.
@Suite struct ChartArgumentsTests {
    static let large = 300_001

    @Test(arguments: [5, large]) func convertsAndMeasuresInOnePass(count: Int) throws {
        var items = (0..<count).map { $0 % 3 == 0 ? Value.int($0) : Value.double(Double($0) / 2) }
        items[count - 1] = .double(.nan)
        items[count / 2] = .double(-.infinity)
        let (values, extent) = try #require(ChartArguments.doubles(items))
        #expect(values.count == count && values[3] == 3 && values[1] == 0.5 && values[count - 1].isNaN)
        #expect(extent == FiniteExtent(values))
        #expect(extent.nonFinite == 2)
    }

    @Test(arguments: [0, 1, large / 2, large - 1]) func aNonNumberAnywhereRejectsTheArray(position: Int) {
        var items = Array(repeating: Value.double(1), count: Self.large)
        items[position] = .string("x")
        #expect(ChartArguments.doubles(items) == nil)
    }
}
