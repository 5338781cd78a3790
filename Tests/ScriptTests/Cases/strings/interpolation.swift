let name = "world"
let n = 3
print("hello \(name)! \(n + 1) \(n > 2) \([1, 2]) \(1.5)")
// expect: hello world! 4 true [1, 2] 1.5
print("nested \("inner \(n)")")
// expect: nested inner 3
print("escapes: \t|\\|\"|\u{1F600}|")
// expect: escapes: 	|\|"|😀|
"quoted"
// expect: "quoted"
