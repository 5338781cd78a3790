func work() -> Int {
    var log: [String] = []
    defer { print("deferred 1") }
    defer { print("deferred 2") }
    log.append("body")
    print(log)
    return log.count
}
print(work())
func early(_ flag: Bool) {
    defer { print("cleanup") }
    if flag { print("leaving early"); return }
    print("normal end")
}
early(true)
early(false)
// expect: ["body"]
// expect: deferred 2
// expect: deferred 1
// expect: 1
// expect: leaving early
// expect: cleanup
// expect: normal end
// expect: cleanup
