final class Model {
    var value = 0
    var callbacks: [() -> Void] = []
    func setUp() {
        callbacks.append { [weak self] in
            guard let self else { return }
            self.value += 1
        }
        callbacks.append { [weak self] in
            guard let self = self else { return }
            self.value += 10
        }
        callbacks.append { [weak self] in
            if let strong = self { strong.value += 100 }
        }
    }
}
let m = Model()
m.setUp()
m.callbacks.forEach { $0() }
print(m.value)
// expect: 111
