struct Config {
    static let version = "1.0"
    static var launches = 0
    static var description: String { "v\(version) launched \(launches) times" }
    static func launch() { launches += 1 }
    var name: String
}
Config.launch()
Config.launch()
print(Config.version, Config.launches)
print(Config.description)
Config.launches = 10
print(Config.launches)
// expect: 1.0 2
// expect: v1.0 launched 2 times
// expect: 10
