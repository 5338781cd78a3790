let t = 25
let feel = if t > 30 { "hot" } else if t > 15 { "mild" } else { "cold" }
print(feel)
let kind = switch t % 3 {
case 0: "fizz"
case 1: "one"
default: "two"
}
print(kind)
func sign(_ v: Int) -> Int {
    let s = if v < 0 { -1 } else if v == 0 { 0 } else { 1 }
    return s
}
print(sign(-4), sign(0), sign(9))
// expect: mild
// expect: one
// expect: -1 0 1
