var found: [Int] = []
for i in 1...20 {
    if i % 3 == 0 { continue }
    if i > 10 { break }
    found.append(i)
}
print(found)
var i = 0
while true {
    i += 1
    if i == 5 { break }
}
print(i)
// expect: [1, 2, 4, 5, 7, 8, 10]
// expect: 5
