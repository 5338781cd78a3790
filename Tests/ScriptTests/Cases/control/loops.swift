var i = 0
while i < 3 { i += 1 }
print(i)
// expect: 3
repeat { i -= 1 } while i > 0
print(i)
// expect: 0
for k in 0..<10 where k % 3 == 0 { print(k) }
// expect: 0
// expect: 3
// expect: 6
// expect: 9
for (index, value) in ["a", "b"].enumerated() { print(index, value) }
// expect: 0 a
// expect: 1 b
var found = -1
for n in 1...100 {
    if n % 7 != 0 { continue }
    found = n
    break
}
print(found)
// expect: 7
for _ in 0..<2 { print("x") }
// expect: x
// expect: x
