// Array.split(separator:) and split(whereSeparator:) give slices that keep the array's indices.
let nums = [3, 1, 4, 1, 5, 9, 2, 6, 1]
print(nums.split(separator: 1))
print(nums.split(separator: 1, omittingEmptySubsequences: false))
print(nums.split { $0 % 2 == 0 })
let parts = nums.split(separator: 1)
print(parts[1].startIndex, parts[1][2], parts.map { Array($0) })
print([1, 1].split(separator: 1).count, [Int]().split(separator: 0).count)
// expect: [ArraySlice([3]), ArraySlice([4]), ArraySlice([5, 9, 2, 6])]
// expect: [ArraySlice([3]), ArraySlice([4]), ArraySlice([5, 9, 2, 6]), ArraySlice([])]
// expect: [ArraySlice([3, 1]), ArraySlice([1, 5, 9]), ArraySlice([1])]
// expect: 2 4 [[3], [4], [5, 9, 2, 6]]
// expect: 0 0
