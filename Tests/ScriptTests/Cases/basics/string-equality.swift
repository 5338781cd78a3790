print("a" == "a", "a" != "b", "é" == "e\u{301}")
// expect: true true true
