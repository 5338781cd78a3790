// a line comment
/* a block /* nested */ comment */ print("after") // trailing
// expect: after
let x = 1 /* inline */ + 2; print(x)
// expect: 3
