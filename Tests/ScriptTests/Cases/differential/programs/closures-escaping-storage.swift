class EventBus {
    var handlers: [String: [(Int) -> Void]] = [:]
    func on(_ name: String, _ handler: @escaping (Int) -> Void) { handlers[name, default: []].append(handler) }
    func emit(_ name: String, _ value: Int) { for h in handlers[name] ?? [] { h(value) } }
}
let bus = EventBus()
var log: [String] = []
bus.on("tick") { log.append("a\($0)") }
bus.on("tick") { log.append("b\($0 * 2)") }
bus.emit("tick", 3)
bus.emit("none", 1)
print(log)
// expect: ["a3", "b6"]
