extension String {
    var isPalindrome: Bool {
        let chars = Array(lowercased())
        return chars == chars.reversed()
    }
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
    static let separator = "---"
}
print("Racecar".isPalindrome, "swift".isPalindrome)
print("ab".repeated(3))
print(String.separator)
// expect: true false
// expect: ababab
// expect: ---
