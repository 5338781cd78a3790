class FileHandle {
    let name: String
    init(name: String) { self.name = name; print("open \(name)") }
    deinit { print("close \(name)") }
}
var handle: FileHandle? = FileHandle(name: "a.txt")
print("using \(handle!.name)")
handle = nil
print("after")
func scoped() {
    let h = FileHandle(name: "b.txt")
    print("in scope \(h.name)")
}
scoped()
print("end")
// expect: open a.txt
// expect: using a.txt
// expect: close a.txt
// expect: after
// expect: open b.txt
// expect: in scope b.txt
// expect: close b.txt
// expect: end
