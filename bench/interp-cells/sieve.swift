func sieve(_ n: Int) -> Int {
    var isPrime = [Bool](repeating: true, count: n + 1)
    isPrime[0] = false
    isPrime[1] = false
    var i = 2
    while i * i <= n {
        if isPrime[i] {
            var j = i * i
            while j <= n {
                isPrime[j] = false
                j += i
            }
        }
        i += 1
    }
    var count = 0
    for k in 0...n where isPrime[k] { count += 1 }
    return count
}
// %%
sieve(2_000_000)
