let pair: (Int, String?) = (3, "x")
if case (3, let s?) = pair { print("three with", s) }
let n = 42
if case 40...50 = n { print("in forties") }
let maybe: Int? = nil
if case .none = maybe { print("nothing") }
let opt: Int? = 8
if case .some(let v) = opt, v > 5 { print("big", v) }
// expect: three with x
// expect: in forties
// expect: nothing
// expect: big 8
