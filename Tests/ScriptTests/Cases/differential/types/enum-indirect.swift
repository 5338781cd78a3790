indirect enum ArithmeticExpression {
    case number(Int)
    case addition(ArithmeticExpression, ArithmeticExpression)
    case multiplication(ArithmeticExpression, ArithmeticExpression)
}
let five = ArithmeticExpression.number(5)
let four = ArithmeticExpression.number(4)
let sum = ArithmeticExpression.addition(five, four)
let product = ArithmeticExpression.multiplication(sum, ArithmeticExpression.number(2))
func evaluate(_ expression: ArithmeticExpression) -> Int {
    switch expression {
    case let .number(value): return value
    case let .addition(left, right): return evaluate(left) + evaluate(right)
    case let .multiplication(left, right): return evaluate(left) * evaluate(right)
    }
}
print(evaluate(product))
print(product)
enum List { case empty; indirect case node(Int, List) }
var list = List.empty
for i in 1...3 { list = .node(i, list) }
func total(_ l: List) -> Int { if case let .node(v, rest) = l { return v + total(rest) }; return 0 }
print(total(list), list)
// expect: 18
// expect: multiplication(main.ArithmeticExpression.addition(main.ArithmeticExpression.number(5), main.ArithmeticExpression.number(4)), main.ArithmeticExpression.number(2))
// expect: 6 node(3, main.List.node(2, main.List.node(1, main.List.empty)))
