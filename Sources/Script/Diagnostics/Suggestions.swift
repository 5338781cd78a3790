/// "Did you mean" candidates: the closest name within edit distance 2.
enum Suggestions {
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        var best: (String, Int)?
        for candidate in Set(candidates) where candidate != name && !candidate.hasPrefix("$") {
            let distance = editDistance(target, Array(candidate.lowercased()), limit: 2)
            guard distance <= 2, distance < target.count || target.count > 2 else { continue }
            if let current = best, current.1 < distance || (current.1 == distance && current.0 < candidate) { continue }
            best = (candidate, distance)
        }
        return best?.0
    }

    /// Levenshtein distance, stopping early past `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
