protocol Describable {
    var name: String { get }
    func describe() -> String
}
extension Describable {
    func describe() -> String { "This is \(name)" }
    func shout() -> String { describe().uppercased() }
}
struct Cat: Describable { let name: String }
struct Robot: Describable {
    let name: String
    func describe() -> String { "Robot \(name) online" }
}
let things: [Describable] = [Cat(name: "Tom"), Robot(name: "R2")]
for t in things { print(t.describe()); print(t.shout()) }
// expect: This is Tom
// expect: THIS IS TOM
// expect: Robot R2 online
// expect: ROBOT R2 ONLINE
