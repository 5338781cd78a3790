struct GridPoint: Hashable { var x: Int; var y: Int }
var visited: [GridPoint: Int] = [:]
visited[GridPoint(x: 0, y: 0)] = 1
visited[GridPoint(x: 1, y: 0), default: 0] += 5
visited[GridPoint(x: 0, y: 0)] = 2
print(visited[GridPoint(x: 0, y: 0)]!, visited[GridPoint(x: 1, y: 0)]!, visited.count)
struct Person: Hashable {
    var id: Int
    var name: String
    static func == (a: Person, b: Person) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
var ages: [Person: Int] = [:]
ages[Person(id: 1, name: "Ann")] = 30
ages[Person(id: 1, name: "Anne")] = 31
print(ages.count, ages[Person(id: 1, name: "x")]!)
enum Suit: Hashable { case hearts, spades }
let counts = [Suit.hearts: 2, .spades: 3]
print(counts[.spades]!)
// expect: 2 5 2
// expect: 1 31
// expect: 3
