func countDown(_ n: Int) -> [Int] {
    var n = n
    var out: [Int] = []
    while n > 0 { out.append(n); n -= 1 }
    return out
}
print(countDown(4))
let name: String? = "Ann"
if let name { print("hello", name) }
if let name = name { print(name.count) }
func check(_ v: Int?) -> Int {
    guard let v = v else { return 0 }
    return v + 1
}
print(check(4), check(nil))
let x = 1
do {
    let x = x + 10
    print(x)
}
print(x)
// expect: [4, 3, 2, 1]
// expect: hello Ann
// expect: 3
// expect: 5 0
// expect: 11
// expect: 1
