func collatzLength(_ start: Int) -> Int {
    var n = start, steps = 1
    while n != 1 { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps += 1 }
    return steps
}
var best = (start: 1, length: 1)
for s in 1..<1000 {
    let l = collatzLength(s)
    if l > best.length { best = (start: s, length: l) }
}
print(best)
// expect: (start: 871, length: 179)
