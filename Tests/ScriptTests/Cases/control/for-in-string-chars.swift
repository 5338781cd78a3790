var vowels = 0
for c in "education" where "aeiou".contains(String(c)) { vowels += 1 }
print(vowels)
// expect: 5
