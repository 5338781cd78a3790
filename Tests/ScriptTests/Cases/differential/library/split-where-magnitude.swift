let text = "The quick, brown fox; jumps"
let words = text.split { !$0.isLetter }
print(words, words.count)
print(text.split(whereSeparator: { $0 == " " }))
print("a,,b,c".split(maxSplits: 1, whereSeparator: { $0 == "," }))
print("a,,b,".split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," }))
print(",,".split { $0 == "," }, "".split { $0 == "," })
print((-2.5).magnitude, 3.0.magnitude, (-7).magnitude, Double.infinity.magnitude)
print(1.0.ulp == Double.ulpOfOne, 0.0.ulp > 0)
let xs = [-3.0, 1.5, -0.25]
print(xs.map(\.magnitude), xs.max { $0.magnitude < $1.magnitude }!)
// expect: ["The", "quick", "brown", "fox", "jumps"] 5
// expect: ["The", "quick,", "brown", "fox;", "jumps"]
// expect: ["a", ",b,c"]
// expect: ["a", "", "b", ""]
// expect: [] []
// expect: 2.5 3.0 7 inf
// expect: true true
// expect: [3.0, 1.5, 0.25] -3.0
