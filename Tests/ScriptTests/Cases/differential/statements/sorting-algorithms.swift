func bubbleSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 0..<a.count {
        for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] { a.swapAt(j, j + 1) }
    }
    return a
}
func quickSort(_ a: [Int]) -> [Int] {
    guard a.count > 1 else { return a }
    let pivot = a[a.count / 2]
    return quickSort(a.filter { $0 < pivot }) + a.filter { $0 == pivot } + quickSort(a.filter { $0 > pivot })
}
func insertionSort(_ input: [Int]) -> [Int] {
    var a = input
    for i in 1..<a.count {
        var j = i
        while j > 0 && a[j - 1] > a[j] { a.swapAt(j - 1, j); j -= 1 }
    }
    return a
}
let data = [5, 3, 8, 1, 9, 2, 7]
print(bubbleSort(data), quickSort(data), insertionSort(data))
// expect: [1, 2, 3, 5, 7, 8, 9] [1, 2, 3, 5, 7, 8, 9] [1, 2, 3, 5, 7, 8, 9]
