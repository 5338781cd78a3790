protocol Named { var name: String { get } }
protocol Aged { var age: Int { get } }
protocol Person: Named, Aged { func greeting() -> String }
extension Person { func greeting() -> String { "\(name), \(age)" } }
struct Employee: Person { var name: String; var age: Int; var role: String }
func wish(_ celebrator: Named & Aged) { print("Happy birthday, \(celebrator.name), you're \(celebrator.age)!") }
let e = Employee(name: "Malcolm", age: 21, role: "dev")
wish(e)
print(e.greeting())
print(e is Named, e is Aged)
// expect: Happy birthday, Malcolm, you're 21!
// expect: Malcolm, 21
// expect: true true
