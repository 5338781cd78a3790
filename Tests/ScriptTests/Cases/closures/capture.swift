var total = 0
let addToTotal = { (x: Int) in total += x }
addToTotal(5)
addToTotal(6)
print(total)
// expect: 11
func makeAccumulator() -> (Int) -> Int {
    var sum = 0
    return { value in
        sum += value
        return sum
    }
}
let acc = makeAccumulator()
_ = acc(10)
print(acc(5))
// expect: 15
var closures: [() -> Int] = []
for i in 0..<3 {
    closures.append { i * 10 }
}
print(closures.map { $0() })
// expect: [0, 10, 20]
func outer() -> Int {
    var x = 1
    let change = { x = 42 }
    change()
    return x
}
print(outer())
// expect: 42
