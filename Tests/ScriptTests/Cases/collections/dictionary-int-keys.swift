let squares = [1: 1, 2: 4, 3: 9]
print(squares[2]!, squares[5] ?? -1, squares.count)
// expect: 4 -1 3
