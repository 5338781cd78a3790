var x = 1
x += 2
x -= 1
x *= 10
x /= 4
x %= 3
print(x)
// expect: 2
let n: Int = 5
let s: String = "s"
let values: [Double] = [1, 2]
print(n, s, values)
// expect: 5 s [1.0, 2.0]
_ = 42
let chart: Int = "no"
// expect error: TypeError: cannot convert value of type 'String' to specified type 'Int'
