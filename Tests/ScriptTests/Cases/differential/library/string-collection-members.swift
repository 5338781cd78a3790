import Foundation
var s = "hello"
s.append("!")
s.append(contentsOf: " you")
s.insert("H", at: s.startIndex)
print(s, s.count)
let removed = s.remove(at: s.startIndex)
print(removed, s)
print(String(s.reversed()), s.first!, s.last!, s.dropFirst(2), s.dropLast(4), s.prefix(3), s.suffix(3))
for (i, c) in "abc".enumerated() { print(i, c, terminator: ";") }
print()
let i = s.index(s.startIndex, offsetBy: 1)
print(s[i], s[i..<s.index(i, offsetBy: 3)])
print(String(["a", "b"] as [Character]), Array("ab"))
print(s.lowercased().contains("ello"), s.hasPrefix("he"), s.split(separator: " "))
print(Array(1...5).lazy.map { $0 * 2 }.filter { $0 > 4 }.first!)
print([3, 1, 2].min(by: >)!, [1, 2, 3].allSatisfy { $0 > 0 }, [1, 2, 3, 4].first(where: { $0 > 2 })!)
var arr = [1, 2, 3]; arr.swapAt(0, 2); print(arr)
print(17.quotientAndRemainder(dividingBy: 5), 42.description, String(255, radix: 2), Int("ff", radix: 16)!)
debugPrint("a", 1, [1.5])
print(s.replacingOccurrences(of: "l", with: "L"), s.uppercased())
let words = "the cat the dog".split(separator: " ").map(String.init)
print(Dictionary(words.map { ($0, 1) }, uniquingKeysWith: +).sorted { $0.key < $1.key })
print(s.firstIndex(of: "l").map { s.distance(from: s.startIndex, to: $0) }!)
print(s.filter { $0 != "l" }, s.map { $0.isLetter }.filter { $0 }.count)
print(s.contains(where: { $0.isUppercase }), s.trimmingCharacters(in: .whitespaces))
print(s.components(separatedBy: " "), "a,b,,c".split(separator: ",", omittingEmptySubsequences: false))
let h = "Hello"
print(h.contains { $0.isUppercase }, h.contains("ell"), h.contains(where: { $0 == "z" }), h.contains("z" as Character))
// expect: Hhello! you 11
// expect: H hello! you
// expect: uoy !olleh h u llo! you hello! hel you
// expect: 0 a;1 b;2 c;
// expect: e ell
// expect: ab ["a", "b"]
// expect: true true ["hello!", "you"]
// expect: 6
// expect: 3 true 3
// expect: [3, 2, 1]
// expect: (quotient: 3, remainder: 2) 42 11111111 255
// expect: "a" 1 [1.5]
// expect: heLLo! you HELLO! YOU
// expect: [(key: "cat", value: 1), (key: "dog", value: 1), (key: "the", value: 2)]
// expect: 2
// expect: heo! you 8
// expect: false hello! you
// expect: ["hello!", "you"] ["a", "b", "", "c"]
// expect: true true false false
