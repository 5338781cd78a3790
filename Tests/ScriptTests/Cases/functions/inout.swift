func bump(_ x: inout Int, by step: Int = 1) {
    x += step
}
var n = 1
bump(&n)
bump(&n, by: 10)
print(n)
// expect: 12
func swapValues(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var p = 1
var q = 2
swapValues(&p, &q)
print(p, q)
// expect: 2 1
var list = [1, 2]
bump(&list[1])
print(list)
// expect: [1, 3]
