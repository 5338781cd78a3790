func label(_ rank: Int) -> String {
    let r: String
    switch rank {
    case 11: r = "J"
    case 12: r = "Q"
    default: r = String(rank)
    }
    return r
}
print([5, 11, 12].map(label))
let sign: Int
if label(3) == "3" { sign = 1 } else { sign = -1 }
print(sign)
for n in 1...3 {
    let parity: String
    if n % 2 == 0 { parity = "even" } else { parity = "odd" }
    print(n, parity)
}
let later: Double
let compute = { () -> Double in 2.5 }
later = compute() * 2
print(later)
// expect: ["5", "J", "Q"]
// expect: 1
// expect: 1 odd
// expect: 2 even
// expect: 3 odd
// expect: 5.0
