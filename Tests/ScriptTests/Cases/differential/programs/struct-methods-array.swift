struct Counter {
    var value = 0
    mutating func increment(by step: Int = 1) { value += step }
    func doubled() -> Int { value * 2 }
}
var counters = [Counter(), Counter(value: 5)]
counters[0].increment()
counters[1].increment(by: 10)
for i in counters.indices { counters[i].increment() }
print(counters.map { $0.value }, counters.map { $0.doubled() })
var copy = counters
copy[0].increment(by: 100)
print(counters[0].value, copy[0].value)
// expect: [2, 16] [4, 32]
// expect: 2 102
