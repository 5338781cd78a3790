func binarySearch(_ xs: [Int], _ target: Int) -> Int? {
    var lo = 0, hi = xs.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        if xs[mid] == target { return mid }
        if xs[mid] < target { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
}
let xs = Array(stride(from: 0, to: 100, by: 3))
print(binarySearch(xs, 27) as Any, binarySearch(xs, 28) as Any)
if let i = binarySearch(xs, 99) { print("found at", i) }
// expect: Optional(9) nil
// expect: found at 33
