func subsets(_ xs: [String]) -> [[String]] {
    guard let first = xs.first else { return [[]] }
    let rest = subsets(Array(xs.dropFirst()))
    return rest + rest.map { [first] + $0 }
}
print(subsets(["a", "b", "c"]))
// expect: [[], ["c"], ["b"], ["b", "c"], ["a"], ["a", "c"], ["a", "b"], ["a", "b", "c"]]
