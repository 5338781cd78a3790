func marks(upTo n: Int) -> [Bool] {
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var i = 2
    while i * i <= n {
        if isPrime[i] {
            var j = i * i
            while j <= n { isPrime[j] = false; j += i }
        }
        i += 1
    }
    return isPrime
}
func primes(upTo n: Int) -> [Int] {
    let isPrime = marks(upTo: n)
    return (0...n).filter { isPrime[$0] }
}
func primeCount(upTo n: Int) -> Int {
    let isPrime = marks(upTo: n)
    var count = 0
    for k in 0...n where isPrime[k] { count += 1 }
    return count
}
print(primes(upTo: 50))
print(primes(upTo: 10000).count)
print(primeCount(upTo: 100), primeCount(upTo: 1000))
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
// expect: 1229
// expect: 25 168
