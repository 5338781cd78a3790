func toBinary(_ n: Int) -> String {
    if n == 0 { return "0" }
    var n = n, digits: [Character] = []
    while n > 0 { digits.append(n % 2 == 0 ? "0" : "1"); n /= 2 }
    return String(digits.reversed())
}
print((0...8).map(toBinary))
print(String(10, radix: 2), Int("1010", radix: 2)!)
// expect: ["0", "1", "10", "11", "100", "101", "110", "111", "1000"]
// expect: 1010 10
