let c = true
let v: Double = c ? 1 : 2
let w: Double = if c { 3 } else { 4 }
let s: Double = switch 1 { case 1: 5; default: 6 }
print(v, w, s)
func f(_ c: Bool) -> Double { c ? 7 / 2 : 8 }
print(f(true), f(false))
enum Op { case add, half }
func value(_ o: Op) -> Double {
    switch o {
    case .add: return 1
    case .half: return 1 / 2
    }
}
print(value(.add), value(.half))
// expect: 1.0 3.0 5.0
// expect: 3.5 8.0
// expect: 1.0 0.5
