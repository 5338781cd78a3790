func sign(_ x: Int) -> String { x > 0 ? "+" : x < 0 ? "-" : "0" }
print(sign(3), sign(-3), sign(0))
// expect: + - 0
