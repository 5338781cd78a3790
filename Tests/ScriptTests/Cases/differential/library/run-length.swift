func encode(_ s: String) -> String {
    var out = ""
    var previous: Character?
    var count = 0
    for c in s {
        if c == previous { count += 1; continue }
        if let p = previous { out += "\(count)\(p)" }
        previous = c
        count = 1
    }
    if let p = previous { out += "\(count)\(p)" }
    return out
}
print(encode("aaabccdddd"), encode(""), encode("x"))
// expect: 3a1b2c4d  1x
