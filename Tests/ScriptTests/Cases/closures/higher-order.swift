func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int {
    return { g(f($0)) }
}
let inc = { $0 + 1 }
let dbl = { $0 * 2 }
print(compose(inc, dbl)(3), compose(dbl, inc)(3))
// expect: 8 7
print([1, 2, 3].map(inc), [3, 1, 2].sorted(by: <), [1, 2, 3].reduce(1, *))
// expect: [2, 3, 4] [1, 2, 3] 6
