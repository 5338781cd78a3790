let a = [10, 20, 30, 40, 50]
print(Array(a[2...]))
print(Array(a[..<2]))
print(Array(a[...1]))
func bucket(_ v: Int) -> String {
    switch v {
    case ..<0: return "neg"
    case 0..<10: return "digit"
    case 10...: return "big"
    default: return "?"
    }
}
print(bucket(-5), bucket(3), bucket(99))
// expect: [30, 40, 50]
// expect: [10, 20]
// expect: [10, 20]
// expect: neg digit big
