let words = "one two three".split(separator: " ")
print(words.joined(separator: "_"), words.count)
// expect: one_two_three 3
