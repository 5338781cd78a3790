let x = 3 as Double
print(x, 5 is Int, "s" as? Int)
// expect: 3.0 true nil
