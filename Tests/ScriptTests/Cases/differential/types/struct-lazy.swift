struct Importer {
    var fileName = "data.txt"
    lazy var lines: [String] = {
        print("importing \(fileName)")
        return ["a", "b"]
    }()
}
var importer = Importer()
print("before")
print(importer.lines.count)
print(importer.lines)
// expect: before
// expect: importing data.txt
// expect: 2
// expect: ["a", "b"]
