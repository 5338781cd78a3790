let x = 7
if x > 10 {
    print("big")
} else if x > 5 {
    print("medium")
} else {
    print("small")
}
// expect: medium
func check(_ value: Int?) -> String {
    guard let v = value else { return "none" }
    guard v > 0 else { return "non-positive" }
    return "ok \(v)"
}
print(check(nil), check(-1), check(3))
// expect: none non-positive ok 3
