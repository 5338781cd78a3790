func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
func lcm(_ a: Int, _ b: Int) -> Int { a / gcd(a, b) * b }
print(gcd(48, 18), lcm(4, 6), gcd(17, 5))
var fibs = [0, 1]
while fibs.count < 15 { fibs.append(fibs[fibs.count - 1] + fibs[fibs.count - 2]) }
print(fibs)
func isPalindrome(_ s: String) -> Bool { let c = Array(s.lowercased()); return c == c.reversed() }
print(isPalindrome("Racecar"), isPalindrome("swift"))
// expect: 6 12 1
// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377]
// expect: true false
