// A method call site caches the declared type it called last (by identity and the registry's epoch): a type
// redeclared in a later cell under the same name is a new type, and the same compiled call site takes the new
// declaration's method (no stale closure, no crash), also after the old instances are gone.
struct Counter {
    var n: Int
    mutating func bump(_ k: Int) { n += k }
}
var counters = [Counter(n: 1)]
func bumpFirst() -> Int {
    counters[0].bump(10)
    return counters[0].n
}
print(bumpFirst(), bumpFirst())
// expect: 11 21
// %%
struct Counter {
    var n: Int
    var steps = 0
    mutating func bump(_ k: Int) { n -= k; steps += 1 }
}
counters = [Counter(n: 1)]
print(bumpFirst(), counters[0].steps)
// expect: -9 1
// %%
final class Counter {
    var n: Int
    init(n: Int) { self.n = n }
    func bump(_ k: Int) { n *= k }
}
counters = [Counter(n: 3)]
let shared = counters[0]
print(bumpFirst(), shared.n)
// expect: 30 30
