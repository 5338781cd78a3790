func makeCounter() -> () -> Int {
    var count = 0
    return { count += 1; return count }
}
let next = makeCounter()
_ = next()
_ = next()
print(next())
var total = 0
let addTo = { (v: Int) in total += v }
addTo(5)
addTo(6)
print(total)
var handlers: [() -> String] = []
for i in 1...3 { handlers.append { "handler \(i)" } }
print(handlers.map { $0() })
// expect: 3
// expect: 11
// expect: ["handler 1", "handler 2", "handler 3"]
