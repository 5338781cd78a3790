import Foundation
import Testing
@testable import Learn

@Suite(.isolatedRandom) struct DatasetGeneratorTests {
    @Test func generatorsHaveTheDocumentedShapesAndClasses() throws {
        let cases: [(Dataset, Int)] = [
            (try .moons(count: 101, noise: 0.1, seed: 1), 2),
            (try .circles(count: 100, noise: 0.05, factor: 0.5, seed: 1), 2),
            (try .blobs(count: 90, centers: 3, std: 1, seed: 1), 3),
            (try .spirals(count: 300, classes: 3, noise: 0.2, seed: 1), 3),
            (try .xor(count: 80, noise: 0.1, seed: 1), 2),
        ]
        for (data, classes) in cases {
            #expect(data.features.shape == [data.count, 2])
            #expect(data.labels.shape == [data.count])
            #expect(data.classNames.count == classes)
            #expect(Set(data.labels.scalars) == Set((0..<classes).map(Double.init)))
        }
        let regression = try Dataset.regression(count: 50, noise: 0, seed: 3)
        #expect(regression.features.shape == [50, 1] && regression.classNames.isEmpty)
        for (x, y) in zip(regression.features.scalars, regression.labels.scalars) {
            #expect(Swift.abs(sin(x) - y) < 1e-12)
        }
    }

    @Test func seedsMakeDataReproducible() throws {
        #expect(try Dataset.moons(count: 50, noise: 0.2, seed: 4) == Dataset.moons(count: 50, noise: 0.2, seed: 4))
        #expect(try Dataset.moons(count: 50, noise: 0.2, seed: 4) != Dataset.moons(count: 50, noise: 0.2, seed: 5))
        Learn.seed(9)
        let first = try Dataset.xor(count: 20)
        Learn.seed(9)
        #expect(try Dataset.xor(count: 20) == first)
    }

    @Test func moonsWithoutNoiseLieOnTheirCircles() throws {
        let data = try Dataset.moons(count: 40, noise: 0, seed: 1)
        for row in 0..<data.count {
            let (x, y) = (data.features.scalars[2 * row], data.features.scalars[2 * row + 1])
            let radius = data.labels.scalars[row] == 0 ? hypot(x, y) : hypot(x - 1, y - 0.5)
            #expect(Swift.abs(radius - 1) < 1e-12)
        }
    }

    @Test func badGeneratorArgumentsAreNamed() {
        let error = #expect(throws: LearnError.self) { try Dataset.moons(count: 0) }
        #expect(error == .invalidArgument(name: "count", reason: "must be positive, got 0"))
        #expect(throws: LearnError.self) { try Dataset.circles(factor: 2) }
        #expect(throws: LearnError.self) { try Dataset.spirals(noise: .nan) }
    }
}

@Suite(.isolatedRandom) struct DatasetOperationTests {
    @Test func irisIsTheRealData() throws {
        let iris = try Dataset.iris
        #expect(iris.features.shape == [150, 4])
        #expect(iris.classNames == ["setosa", "versicolor", "virginica"])
        #expect(iris.featureNames == ["sepal length", "sepal width", "petal length", "petal width"])
        #expect(Array(iris.features.scalars[0..<4]) == [5.1, 3.5, 1.4, 0.2])
        #expect(Array(iris.features.scalars[596..<600]) == [5.9, 3.0, 5.1, 1.8])
        let means = try iris.features.mean(squeezingAxes: 0).scalars
        for (mean, expected) in zip(means, [5.843333, 3.057333, 3.758, 1.199333]) {
            #expect(Swift.abs(mean - expected) < 1e-6)
        }
        #expect((0..<3).map { c in iris.labels.scalars.filter { $0 == Double(c) }.count } == [50, 50, 50])
    }

    @Test func splitBatchesAndStandardize() throws {
        let data = try Dataset.blobs(count: 100, seed: 2)
        let (train, test) = try data.split(ratio: 0.8, seed: 1)
        #expect(train.count == 80 && test.count == 20)
        #expect(Set(train.features.scalars + test.features.scalars) == Set(data.features.scalars))
        #expect(try data.split(ratio: 0.8, seed: 1).train == train)
        let batches = try data.batches(size: 32)
        #expect(batches.map(\.count) == [32, 32, 32, 4])
        let standard = try data.standardized()
        for value in try standard.features.mean(squeezingAxes: 0).scalars { #expect(Swift.abs(value) < 1e-12) }
        for value in try standard.features.std(alongAxes: 0).scalars { #expect(Swift.abs(value - 1) < 1e-12) }
        #expect(throws: LearnError.invalidArgument(name: "size", reason: "a batch size must be positive, got 0")) {
            try data.batches(size: 0)
        }
        #expect(throws: LearnError.self) { try data.split(ratio: 1.5) }
    }

    @Test func constructionChecksShapesAndLabels() throws {
        #expect(throws: LearnError.self) { try Dataset(features: Tensor([1, 2]), labels: Tensor([0, 1])) }
        #expect(throws: LearnError.self) { try Dataset(features: Tensor([[1], [2]]), labels: Tensor([0])) }
        #expect(throws: LearnError.labelOutOfRange(label: 2, classes: 2)) {
            try Dataset(features: Tensor([[1], [2]]), labels: Tensor([0, 2]), classNames: ["a", "b"])
        }
    }
}

@Suite(.isolatedRandom) struct DatasetCSVTests {
    func write(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "loupe-\(UUID().uuidString).csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func readsFeaturesAndStringLabels() throws {
        let path = try write("a,kind,b\n1.5,cat,2\n\"3\",dog,4\n\n5, cat ,6\n")
        let data = try Dataset(csv: path, label: "kind")
        #expect(data.features.scalars == [1.5, 2, 3, 4, 5, 6])
        #expect(data.labels.scalars == [0, 1, 0])
        #expect(data.classNames == ["cat", "dog"])
        #expect(data.featureNames == ["a", "b"])
    }

    @Test func wholeNumberLabelsAreClassesUnlessTheTaskSaysOtherwise() throws {
        let digits = try Dataset(csvText: "a,digit\n0.5,3\n1,9\n2,0\n", label: "digit")
        #expect(digits.task == .classification && digits.classNames == (0...9).map(String.init))
        let targets = try Dataset(csvText: "a,y\n0.5,3.25\n1,9\n", label: "y")
        #expect(targets.task == .regression && targets.classNames.isEmpty)
        let forced = try Dataset(csvText: "a,digit\n0.5,3\n1,9\n", label: "digit", task: .regression)
        #expect(forced.task == .regression && forced.classNames.isEmpty)
        #expect(throws: LearnError.self) { try Dataset(csvText: "a,y\n0.5,cat\n", label: "y", task: .regression) }
        #expect(throws: LearnError.labelOutOfRange(label: 0.5, classes: Dataset.maximumInferredClassCount)) {
            try Dataset(features: Tensor(zeros: [2, 1]), labels: Tensor([1, 0.5]), task: .classification)
        }
        let named = try Dataset(features: Tensor(zeros: [2, 1]), labels: Tensor([1, 0]), classNames: ["no", "yes", "maybe"])
        #expect(named.classCount == 3)
        let large = try Dataset(features: Tensor(zeros: [2, 1]), labels: Tensor([1, 250_000]))
        #expect(large.task == .regression)
        let part = try Dataset(features: Tensor(zeros: [3, 1]), labels: Tensor([1.5, 2, 3]))
        #expect(try part.subset([1, 2]).task == .regression, "a subset keeps its dataset's task")
    }

    @Test func quotedFieldsMaySpanLinesAndHoldCommas() throws {
        let data = try Dataset(csvText: "x,\"a, \"\"b\"\"\nc\"\r\n1,cat\r\n\"2\",\"dog, \"\"big\"\"\"\n", label: "a, \"b\"\nc")
        #expect(data.classNames == ["cat", "dog, \"big\""] && data.features.scalars == [1, 2])
        let error = #expect(throws: LearnError.self) { try Dataset(csvText: "x,\"y\ny\"\r\n1,2\r\n\"z\n\",3\n", label: "y\ny") }
        #expect(error?.description == "data.csv, line 4, column 1 ('x'): 'z\n' is not a number")
    }

    @Test func numbersAreReadAsDoubleReadsThem() throws {
        let texts = ["0", "-0", "+1.5", "1e5", "1E-5", ".5", "5.", "0x1p3", "inf", "-Infinity", "nan", "1e400", "1e-400",
                     "123456789012345678901234", "0.1", "2.2250738585072014e-308", "4.9e-324", "9007199254740993",
                     "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                     "3.14159265358979323846", "1_000", "1e", "e5", ".", "-", "", " 1", "1 ", "0x", "1.2.3", "--1", "1e+", "١"]
        for text in texts {
            let parsed = NumberParser.double(Array(text.utf8)[...])
            let swift = Double(text)
            #expect(parsed?.bitPattern == swift?.bitPattern || (parsed?.isNaN == true && swift?.isNaN == true), "\(text): \(String(describing: parsed)) vs \(String(describing: swift))")
        }
        var random = RandomState(seed: 11)
        for _ in 0..<20_000 {
            let value = Double(bitPattern: random.next() >> 2) * (random.nextUniform() < 0.5 ? -1 : 1)
            let text = [value.description, String(Int(random.next() % 100_000)) + "." + String(Int(random.next() % 1000)),
                        "\(Int(random.next() % 1_000_000))e-\(Int(random.next() % 30))"][Int(random.next() % 3)]
            #expect(NumberParser.double(Array(text.utf8)[...])?.bitPattern == Double(text)?.bitPattern, "\(text)")
        }
    }

    @Test func randomTextNeverTraps() {
        var random = RandomState(seed: 5)
        let alphabet = Array("ab,1.5\"\n\r -e")
        var parsed = 0
        for _ in 0..<500 {
            let body = String((0..<random.nextIndex(below: 40)).map { _ in alphabet[random.nextIndex(below: alphabet.count)] })
            if (try? Dataset(csvText: "x,y\n" + body, label: "y")) != nil { parsed += 1 }
        }
        #expect(parsed > 0 && parsed < 500)
    }

    @Test func errorsNameFileLineAndColumn() throws {
        #expect(throws: LearnError.fileNotFound(path: "/nonexistent/x.csv")) {
            try Dataset(csv: "/nonexistent/x.csv", label: "y")
        }
        let bad = try write("a,b,y\n1,2,p\n3,oops,q\n")
        let error = #expect(throws: LearnError.self) { try Dataset(csv: bad, label: "y") }
        #expect(error?.description == "\(bad), line 3, column 2 ('b'): 'oops' is not a number")
        let ragged = try write("a,y\n1,p\n2\n")
        #expect(throws: LearnError.raggedRow(file: ragged, line: 3, expected: 2, actual: 1)) {
            try Dataset(csv: ragged, label: "y")
        }
        #expect(throws: LearnError.missingColumn(file: ragged, column: "label")) { try Dataset(csv: ragged, label: "label") }
        #expect(throws: LearnError.emptyDataset("e.csv")) { try Dataset(csvText: "a,y\n", label: "y", fileName: "e.csv") }
    }
}
