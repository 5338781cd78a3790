func primes(upTo n: Int) -> [Int] {
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
    return (0...n).filter { isPrime[$0] }
}
print(primes(upTo: 50))
print(primes(upTo: 10000).count)
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
// expect: 1229
