// type(of:) never guesses: the element type of an empty collection and the wrapped type of nil are not kept, so
// asking for them is an error (Swift would print Array<Int>, Optional<Int>). A Set literal that does not fit the
// written element type is refused.
let empty: [Int] = []
print(type(of: empty))
// %%
let none: Int? = nil
print(type(of: none))
// %%
let bad = Set<UInt8>([1, 300])
// %%
var bytes = [UInt8: Int]()
bytes[1] = 2
print(type(of: bytes), type(of: Set<Float>()))
// expect: Dictionary<UInt8, Int> Set<Float>
// expect error: TypeError: type(of:) cannot tell the full type of an empty collection in Loupe (an empty collection's element type or nil's wrapped type is not kept)
// expect error: TypeError: type(of:) cannot tell the full type of nil in Loupe (an empty collection's element type or nil's wrapped type is not kept)
// expect error: TypeError: cannot convert value of type 'Set<Int>' to specified type 'Set<UInt8>'
