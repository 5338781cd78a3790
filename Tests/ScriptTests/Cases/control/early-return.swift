func firstEven(_ xs: [Int]) -> Int? {
    for x in xs {
        if x % 2 == 0 { return x }
    }
    return nil
}
print(firstEven([1, 3, 4, 6]), firstEven([1]))
// expect: Optional(4) nil
