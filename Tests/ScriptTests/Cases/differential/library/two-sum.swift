func twoSum(_ nums: [Int], _ target: Int) -> (Int, Int)? {
    var seen: [Int: Int] = [:]
    for (i, n) in nums.enumerated() {
        if let j = seen[target - n] { return (j, i) }
        seen[n] = i
    }
    return nil
}
print(twoSum([2, 7, 11, 15], 9)!)
print(twoSum([1, 2], 10) == nil)
// expect: (0, 1)
// expect: true
