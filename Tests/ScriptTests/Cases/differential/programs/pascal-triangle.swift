var row = [1]
for _ in 0..<6 {
    print(row)
    var next = [1]
    for i in 1..<row.count { next.append(row[i - 1] + row[i]) }
    next.append(1)
    row = next
}
// expect: [1]
// expect: [1, 1]
// expect: [1, 2, 1]
// expect: [1, 3, 3, 1]
// expect: [1, 4, 6, 4, 1]
// expect: [1, 5, 10, 10, 5, 1]
