for i in 0..<3 { print(i, terminator: ",") }
print()
for i in 1...3 { print(i * i, terminator: " ") }
print()
for (i, c) in ["a", "b", "c"].enumerated() { print(i, c) }
for _ in 0..<2 { print("again") }
for x in [1, 2, 3, 4, 5, 6] where x % 2 == 0 { print("even", x) }
for v in stride(from: 10, to: 0, by: -4) { print(v) }
for v in stride(from: 0.0, through: 1.0, by: 0.5) { print(v) }
// expect: 0,1,2,
// expect: 1 4 9 
// expect: 0 a
// expect: 1 b
// expect: 2 c
// expect: again
// expect: again
// expect: even 2
// expect: even 4
// expect: even 6
// expect: 10
// expect: 6
// expect: 2
// expect: 0.0
// expect: 0.5
// expect: 1.0
