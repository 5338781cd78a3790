var width = 3
var height = 4
var area: Int { width * height }
var summary: String {
    let text = "\(width)x\(height)"
    return text + " = \(area)"
}
print(area, summary)
width = 10
print(area, summary)
func doubled() -> Int { area * 2 }
print(doubled())
var names: [String] { ["a", "b"].map { $0.uppercased() } }
print(names, names.count)
let closure = { area + 1 }
print(closure())
// expect: 12 3x4 = 12
// expect: 40 10x4 = 40
// expect: 80
// expect: ["A", "B"] 2
// expect: 41
