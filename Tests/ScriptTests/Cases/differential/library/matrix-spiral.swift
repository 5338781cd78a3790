func spiral(_ m: [[Int]]) -> [Int] {
    var out: [Int] = []
    var top = 0, bottom = m.count - 1, left = 0, right = m[0].count - 1
    while top <= bottom && left <= right {
        for j in left...right { out.append(m[top][j]) }
        top += 1
        if top <= bottom { for i in top...bottom { out.append(m[i][right]) } }
        right -= 1
        if top <= bottom && left <= right { for j in stride(from: right, through: left, by: -1) { out.append(m[bottom][j]) } }
        bottom -= 1
        if left <= right && top <= bottom { for i in stride(from: bottom, through: top, by: -1) { out.append(m[i][left]) } }
        left += 1
    }
    return out
}
print(spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
// expect: [1, 2, 3, 6, 9, 8, 7, 4, 5]
