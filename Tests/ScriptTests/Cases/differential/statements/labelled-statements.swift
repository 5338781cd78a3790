// Labels on nested while/repeat/for loops, a labelled switch and if, continue to an outer label, labelled loops in functions.
func firstPair(_ target: Int, in xs: [Int]) -> (Int, Int)? {
    var found: (Int, Int)?
    scan: for i in xs.indices {
        var j = i + 1
        while j < xs.count {
            if xs[i] + xs[j] == target { found = (i, j); break scan }
            j += 1
        }
    }
    return found
}
print(firstPair(9, in: [1, 4, 5, 8]) ?? (-1, -1), firstPair(100, in: [1, 2]) == nil)
var log: [String] = []
rows: for row in 0..<4 {
    var col = 0
    repeat {
        col += 1
        if col == 2 && row == 1 { continue rows }
        if row == 3 { break rows }
        log.append("\(row)\(col)")
    } while col < 3
}
print(log.joined(separator: " "))
var hits = 0
loop: for n in 1...20 {
    check: switch n % 5 {
    case 0:
        if n > 10 { break loop }
        hits += 10
    case 1:
        if n > 5 { break check }
        hits += 1
    default:
        continue loop
    }
    hits += 100
}
print(hits)
gate: if hits > 0 {
    if hits > 100 { break gate }
    print("small")
}
print("after gate")
// expect: (0, 3) true
// expect: 01 02 03 11 21 22 23
// expect: 521
// expect: after gate
