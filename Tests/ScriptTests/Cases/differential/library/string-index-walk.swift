// String.Index: walking with index(after:), one-sided ranges, firstIndex/lastIndex, comparisons, distance.
let email = "ada.lovelace@example.org"
if let at = email.firstIndex(of: "@") {
    print(email[..<at], email[email.index(after: at)...])
    print(email.distance(from: email.startIndex, to: at), at < email.endIndex, at == email.startIndex)
}
let dot = email.lastIndex(of: ".")!
print(email[dot...], email[email.startIndex..<email.index(email.startIndex, offsetBy: 3)])
var i = email.startIndex
var vowels = 0
while i < email.endIndex {
    if "aeiou".contains(email[i]) { vowels += 1 }
    i = email.index(after: i)
}
print(vowels, email.firstIndex(where: { $0 == "l" }).map { email.distance(from: email.startIndex, to: $0) } ?? -1)
let word = "racecar"
var lo = word.startIndex, hi = word.index(before: word.endIndex)
var palindrome = true
while lo < hi {
    if word[lo] != word[hi] { palindrome = false }
    lo = word.index(after: lo)
    hi = word.index(before: hi)
}
print(palindrome, word.firstIndex(of: "z") == nil)
// expect: ada.lovelace example.org
// expect: 12 true false
// expect: .org ada
// expect: 10 4
// expect: true true
