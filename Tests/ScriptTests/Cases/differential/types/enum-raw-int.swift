enum Planet: Int {
    case mercury = 1, venus, earth, mars
}
let earthsOrder = Planet.earth.rawValue
print(earthsOrder, Planet.mars.rawValue)
enum Status: Int { case idle, running = 10, done }
print(Status.idle.rawValue, Status.done.rawValue)
print(Planet.venus)
// expect: 3 4
// expect: 0 11
// expect: venus
