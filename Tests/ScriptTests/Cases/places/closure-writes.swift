func makeCounter() -> () -> [Int] {
    var seen: [Int] = []
    return {
        seen.append(seen.count)
        seen[0] += 10
        return seen
    }
}
let next = makeCounter()
_ = next()
_ = next()
print(next())
// expect: [30, 1, 2]
var total = [0, 0]
let add = { (k: Int) in total[k % 2] += k }
for k in 0..<10 { add(k) }
print(total)
// expect: [20, 25]
