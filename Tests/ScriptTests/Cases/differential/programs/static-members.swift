struct Config {
    static var count = 0
    static let name = "cfg"
    static func make() -> Config { count += 1; return Config() }
}
_ = Config.make()
_ = Config.make()
print(Config.count, Config.name)
enum MathUtil { static func cube(_ x: Int) -> Int { x * x * x } }
print(MathUtil.cube(3))
// expect: 2 cfg
// expect: 27
