let describe: (String, Int) -> String = { name, count in "\(name)×\(count)" }
print(describe("a", 3))
// expect: a×3
