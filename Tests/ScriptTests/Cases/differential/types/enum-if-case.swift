enum Result { case success(Int), failure(String) }
let results: [Result] = [.success(3), .failure("bad"), .success(7)]
var sum = 0
for r in results {
    if case .success(let v) = r { sum += v }
    if case .failure(let message) = r, message.count > 2 { print("error:", message) }
}
print(sum)
let r = results[2]
guard case .success(let value) = r else { fatalError() }
print(value)
// expect: error: bad
// expect: 10
// expect: 7
