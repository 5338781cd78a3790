/// Binary operators, with inline fast paths for Int and Double operands.
extension Compiler {
    func compileBinary(_ op: String, _ lhs: Expr, _ rhs: Expr, _ span: SourceSpan) throws(ScriptError) -> Eval {
        if let fast = try compileFastBinary(op, lhs, rhs, span) { return fast }
        if op == "%" { return try compileFastRemainder(lhs, rhs, span) }
        let left = try compileExpr(lhs), right = try compileExpr(rhs)
        switch op {
        case "&&": return try logical(lhs, rhs, isAnd: true)
        case "||": return try logical(lhs, rhs, isAnd: false)
        case "??":
            return { rt throws(ScriptError) in
                let subject = try left(rt)
                switch subject {
                case .null: return try right(rt)
                case .wrapped(let value): return value
                default: return subject
                }
            }
        case "+":
            return { rt throws(ScriptError) in
                let a = try left(rt), b = try right(rt)
                if case .int(let x) = a, case .int(let y) = b {
                    let (sum, overflow) = x.addingReportingOverflow(y)
                    if !overflow { return .int(sum) }
                }
                if case .double(let x) = a, case .double(let y) = b { return .double(x + y) }
                do throws(ScriptError) { return try Operators.add(a, b) } catch { throw error.located(at: span) }
            }
        case "-":
            return { rt throws(ScriptError) in
                let a = try left(rt), b = try right(rt)
                if case .int(let x) = a, case .int(let y) = b {
                    let (difference, overflow) = x.subtractingReportingOverflow(y)
                    if !overflow { return .int(difference) }
                }
                if case .double(let x) = a, case .double(let y) = b { return .double(x - y) }
                do throws(ScriptError) { return try Operators.subtract(a, b) } catch { throw error.located(at: span) }
            }
        case "*":
            return { rt throws(ScriptError) in
                let a = try left(rt), b = try right(rt)
                if case .double(let x) = a, case .double(let y) = b { return .double(x * y) }
                do throws(ScriptError) { return try Operators.multiply(a, b) } catch { throw error.located(at: span) }
            }
        case "<", "<=", ">", ">=":
            let compare: (Int, Int) -> Bool = switch op {
            case "<": { $0 < $1 }
            case "<=": { $0 <= $1 }
            case ">": { $0 > $1 }
            default: { $0 >= $1 }
            }
            return { rt throws(ScriptError) in
                let a = try left(rt), b = try right(rt)
                if case .int(let x) = a, case .int(let y) = b { return .bool(compare(x, y)) }
                do throws(ScriptError) { return try Operators.binary(op, a, b) } catch { throw error.located(at: span) }
            }
        case "==":
            return { rt throws(ScriptError) in
                let a = try left(rt), b = try right(rt)
                if case .int(let x) = a, case .int(let y) = b { return .bool(x == y) }
                do throws(ScriptError) { return .bool(try Operators.equal(a, b)) } catch { throw error.located(at: span) }
            }
        default:
            let apply = Operators.function(op)
            return { rt throws(ScriptError) in
                let a = try left(rt), b = try right(rt)
                do throws(ScriptError) { return try apply(a, b) } catch { throw error.located(at: span) }
            }
        }
    }

    func logical(_ lhs: Expr, _ rhs: Expr, isAnd: Bool) throws(ScriptError) -> Eval {
        let left = try compileCondition(lhs), right = try compileCondition(rhs)
        if isAnd {
            return { rt throws(ScriptError) in
                if !(try left(rt)) { return .bool(false) }
                return .bool(try right(rt))
            }
        }
        return { rt throws(ScriptError) in
            if try left(rt) { return .bool(true) }
            return .bool(try right(rt))
        }
    }
}
