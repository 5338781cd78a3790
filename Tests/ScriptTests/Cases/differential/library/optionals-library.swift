let xs = [3, 7, 1]
print(xs.first, xs.last, xs.min(), [Int]().max())
let none: Int? = nil
print(xs.first.map { $0 * 2 }, none.map { $0 * 2 })
print(xs.firstIndex(of: 7), xs.firstIndex(of: 9))
let s: String? = "hi"
print(s ?? "none", s?.uppercased() ?? "none", s!.count)
let d = ["k": 1]
print(d["k"], d["x"])
print(Int("5"), Int("five"))
// expect: Optional(3) Optional(1) Optional(1) nil
// expect: Optional(6) nil
// expect: Optional(1) nil
// expect: hi HI 2
// expect: Optional(1) nil
// expect: Optional(5) nil
