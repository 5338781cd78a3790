struct ValidationError: Error, CustomStringConvertible {
    let field: String
    let reason: String
    var description: String { "\(field): \(reason)" }
}
func validate(age: Int) throws -> Int {
    if age < 0 { throw ValidationError(field: "age", reason: "negative") }
    if age > 150 { throw ValidationError(field: "age", reason: "too large") }
    return age
}
for a in [30, -1, 200] {
    do {
        let ok = try validate(age: a)
        print("valid", ok)
    } catch let e as ValidationError {
        print("invalid:", e, e.reason)
    } catch {
        print(error)
    }
}
func firstValid(_ ages: [Int], _ check: (Int) throws -> Int) rethrows -> Int { try check(ages[0]) }
print(try firstValid([4], validate))
// expect: valid 30
// expect: invalid: age: negative negative
// expect: invalid: age: too large too large
// expect: 4
