var tags: Set = ["swift", "python"]
let old = tags.update(with: "swift")
let added = tags.update(with: "rust")
print(old as Any, added as Any, tags.count)
print(tags.sorted())
if let previous = tags.update(with: "python") { print("replaced", previous) }
struct Badge: Hashable {
    let id: Int
    var label: String
    static func == (a: Badge, b: Badge) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
var badges: Set = [Badge(id: 1, label: "old")]
let replaced = badges.update(with: Badge(id: 1, label: "new"))
print(replaced?.label ?? "none", badges.first?.label ?? "none", badges.count)
print(badges.update(with: Badge(id: 2, label: "two"))?.label ?? "inserted", badges.count)
// expect: Optional("swift") nil 3
// expect: ["python", "rust", "swift"]
// expect: replaced python
// expect: old new 1
// expect: inserted 2
