debugPrint("text")
debugPrint(42, 2.5)
debugPrint(["a", "b"])
debugPrint(Optional("x") as Any)
print("text", "more", separator: "+", terminator: "!\n")
print()
print([1.0, 2.5], ["k": "v"])
// expect: "text"
// expect: 42 2.5
// expect: ["a", "b"]
// expect: Optional("x")
// expect: text+more!
// expect: 
// expect: [1.0, 2.5] ["k": "v"]
