func outer() -> () -> () -> Int {
    var count = 10
    return {
        count += 1
        return { count * 2 }
    }
}
let mid = outer()
let inner = mid()
print(inner(), mid()())
// expect: 22 24
