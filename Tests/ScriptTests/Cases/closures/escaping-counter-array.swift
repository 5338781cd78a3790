var handlers: [(Int) -> Int] = []
for factor in 1...3 { handlers.append { $0 * factor } }
print(handlers.map { $0(10) })
// expect: [10, 20, 30]
