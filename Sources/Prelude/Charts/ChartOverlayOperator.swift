import Charts
import Script

/// `chart + chart`: both drawn on shared axes (`Overlay`), legends merged; a chart that has no x
/// and y axes, or two whose axes cannot be shared, is a RuntimeError saying why.
extension ChartValue {
    public func binaryOperator(_ op: String, other: Value, selfOnLeft: Bool) throws(ScriptError) -> Value? {
        guard op == "+", case .native(let object as ChartValue) = other else { return nil }
        let (lhs, rhs) = selfOnLeft ? (chart, object.chart) : (object.chart, chart)
        return try ChartConstructor.make("Overlay") { try Overlay([lhs, rhs]) }
    }
}
