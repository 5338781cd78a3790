func f() -> Double { return 3 }
func g() -> Double { 4 }
func h(_ n: Int) -> Double { guard n > 0 else { return 0 }; return 7 / 2 }
func k(_ n: Int) -> Double { n > 0 ? 1 : -1 }
func m() -> [Double] { [1, 2] }
func t() -> (Double, Int) { (1, 2) }
print(f(), g(), h(1), h(0), k(1), k(-1), m(), t())
// expect: 3.0 4.0 3.5 0.0 1.0 -1.0 [1.0, 2.0] (1.0, 2)
