import Platform

/// Sorting with a throwing comparison (the first error wins): a stable merge sort — runs of 32
/// sorted by binary insertion, then merged bottom-up — that polls the interrupt flag between
/// pieces of work, so sorting 50 million values stops within milliseconds of an interrupt, and
/// that merges already ordered neighbours with one comparison (sorted input costs O(n)).
enum Sorting {
    static let runLength = 32
    /// Comparisons between interrupt checks.
    static let checkEvery = 1 << 14

    static func sorted(_ items: [Value], by less: (Value, Value) throws(ScriptError) -> Bool) throws(ScriptError) -> [Value] {
        guard items.count > 1 else { return items }
        try Limits.checkAllocation(items.count)
        var source = items
        var target = items
        var budget = checkEvery
        do throws(ScriptError) {
            var start = 0
            while start < source.count {
                try insertionSort(&source, start..<min(start + runLength, source.count), by: less, budget: &budget)
                start += runLength
            }
            var width = runLength
            while width < source.count {
                var low = 0
                while low < source.count {
                    let middle = min(low + width, source.count), high = min(low + 2 * width, source.count)
                    try merge(source, low..<middle, middle..<high, into: &target, by: less, budget: &budget)
                    low = high
                }
                swap(&source, &target)
                width *= 2
            }
        } catch {
            // Two copies of millions of values take a while to free: not on the way to the reply.
            Reclaimer.drop((source, target))
            throw error
        }
        return source
    }

    /// Spends one comparison of the budget; checks for an interrupt when it runs out.
    @inline(__always)
    private static func spend(_ budget: inout Int) throws(ScriptError) {
        budget -= 1
        if budget <= 0 {
            budget = checkEvery
            if Interrupt.isRequested, Interrupt.current?.take() == true {
                throw ScriptError(kind: .interrupted, message: Message.interrupted)
            }
        }
    }

    private static func insertionSort(_ items: inout [Value], _ range: Range<Int>,
                                      by less: (Value, Value) throws(ScriptError) -> Bool, budget: inout Int) throws(ScriptError) {
        guard range.count > 1 else { return }
        for index in (range.lowerBound + 1)..<range.upperBound {
            let item = items[index]
            var low = range.lowerBound, high = index
            while low < high {
                let middle = (low + high) / 2
                try spend(&budget)
                if try less(item, items[middle]) { high = middle } else { low = middle + 1 }
            }
            if low < index {
                var position = index
                while position > low { items[position] = items[position - 1]; position -= 1 }
                items[low] = item
            }
        }
    }

    /// Merges two sorted neighbours of `source` into the same places of `target`, left first on ties.
    private static func merge(_ source: [Value], _ left: Range<Int>, _ right: Range<Int>, into target: inout [Value],
                              by less: (Value, Value) throws(ScriptError) -> Bool, budget: inout Int) throws(ScriptError) {
        var out = left.lowerBound
        var i = left.lowerBound, j = right.lowerBound
        if !right.isEmpty, !left.isEmpty {
            try spend(&budget)
            if try !less(source[right.lowerBound], source[left.upperBound - 1]) {
                i = left.upperBound
                for index in left { target[index] = source[index] }
                out = left.upperBound
            }
        }
        while i < left.upperBound && j < right.upperBound {
            try spend(&budget)
            if try less(source[j], source[i]) {
                target[out] = source[j]; j += 1
            } else {
                target[out] = source[i]; i += 1
            }
            out += 1
        }
        while i < left.upperBound { target[out] = source[i]; i += 1; out += 1 }
        while j < right.upperBound { target[out] = source[j]; j += 1; out += 1 }
    }

    static func natural(_ a: Value, _ b: Value) throws(ScriptError) -> Bool {
        guard let result = Operators.lessIfComparable(a, b) else {
            throw ScriptError(kind: .type, message: "cannot compare values of type '\(a.typeName)' and '\(b.typeName)'")
        }
        return result
    }
}
