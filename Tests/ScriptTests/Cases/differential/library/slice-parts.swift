// prefix/suffix/dropFirst/dropLast are slices: suffix and dropFirst start where their elements are in the parent.
let a = [3, 1, 4, 1, 5, 9, 2, 6]
let rest = a.dropFirst()
print(rest, rest.startIndex, rest[1])
let tail = a.suffix(3)
print(tail, tail.startIndex, tail[7])
let head = a.prefix(3)
print(head, head.startIndex, head[0])
let trimmed = a.dropLast(2).dropFirst(2)
print(trimmed, trimmed.startIndex, trimmed.endIndex)
let big = a.drop(while: { $0 < 5 })
print(big, big.startIndex)
let small = a.prefix(while: { $0 < 5 })
print(small, small.endIndex)
print(rest.firstIndex(of: 1) ?? -1, rest.dropFirst().firstIndex(of: 1) ?? -1)
// expect: [1, 4, 1, 5, 9, 2, 6] 1 1
// expect: [9, 2, 6] 5 6
// expect: [3, 1, 4] 0 3
// expect: [4, 1, 5, 9] 2 6
// expect: [5, 9, 2, 6] 4
// expect: [3, 1, 4, 1] 4
// expect: 1 3
