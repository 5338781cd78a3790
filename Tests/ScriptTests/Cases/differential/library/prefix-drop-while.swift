let xs = [1, 2, 3, 10, 4, 5]
print(Array(xs.prefix(while: { $0 < 5 })))
print(Array(xs.drop(while: { $0 < 5 })))
print(xs.lazy.map { $0 * 2 }.filter { $0 > 5 }.first!)
print(Array(xs.lazy.filter { $0 % 2 == 0 }))
// expect: [1, 2, 3]
// expect: [10, 4, 5]
// expect: 6
// expect: [2, 10, 4]
