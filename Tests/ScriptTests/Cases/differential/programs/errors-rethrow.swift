struct TooBig: Error { let value: Int }
func check(_ v: Int) throws -> Int {
    if v > 10 { throw TooBig(value: v) }
    return v
}
func total(_ xs: [Int]) throws -> Int {
    var sum = 0
    for x in xs { sum += try check(x) }
    return sum
}
do { print(try total([1, 2, 3])); print(try total([1, 20])) } catch let e as TooBig { print("too big:", e.value) }
let results = [5, 50].map { try? check($0) }
print(results)
// expect: 6
// expect: too big: 20
// expect: [Optional(5), nil]
