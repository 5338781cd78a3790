var k = 0
while true {
    k += 1
    if k > 3 { break }
}
print(k)
// expect: 4
var total = 0
for i in 1...10 {
    if i % 2 == 0 { continue }
    total += i
}
print(total)
// expect: 25
