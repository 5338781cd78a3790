let word = "swift"
print(String(word.uppercased().reversed()), word.hasPrefix("sw") && word.hasSuffix("ft"))
// expect: TFIWS true
