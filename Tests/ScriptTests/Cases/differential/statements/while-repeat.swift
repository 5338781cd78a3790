var n = 27
var steps = 0
while n != 1 {
    n = n % 2 == 0 ? n / 2 : 3 * n + 1
    steps += 1
}
print(steps)
var k = 0
repeat { k += 3 } while k < 10
print(k)
repeat { k -= 100 } while false
print(k)
// expect: 111
// expect: 12
// expect: -88
