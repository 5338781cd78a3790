let names: [String]? = ["ann"]
print(names?.first?.uppercased(), names?.map { $0.count })
// expect: Optional("ANN") Optional([3])
let nothing: [String]? = nil
print(nothing?.first?.uppercased() ?? "none")
// expect: none
var maybe: Int? = nil
maybe = 4
print(maybe! + 1)
// expect: 5
