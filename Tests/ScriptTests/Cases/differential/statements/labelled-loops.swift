var pairs: [(Int, Int)] = []
outer: for a in 1...4 {
    for b in 1...4 {
        if b > a { continue outer }
        if a + b > 6 { break outer }
        pairs.append((a, b))
    }
}
print(pairs.count, pairs.last!)
var count = 0
search: while count < 100 {
    count += 1
    for d in 2...5 where count % d == 0 && count > 50 { break search }
}
print(count)
// expect: 8 (4, 2)
// expect: 51
