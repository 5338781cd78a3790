func grade(_ score: Int) -> String {
    if score >= 90 { return "A" } else if score >= 80 { return "B" } else if score >= 70 { return "C" } else { return "F" }
}
for s in [95, 85, 72, 10] { print(grade(s), terminator: " ") }
print()
let value = 7
if value > 5 && value < 10 || value == 0 { print("in range") }
if !(value == 7) { print("no") } else { print("yes") }
// expect: A B C F 
// expect: in range
// expect: yes
