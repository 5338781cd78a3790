enum ParseError: Error { case empty, notANumber(String) }
func parse(_ s: String) throws -> Int {
    if s.isEmpty { throw ParseError.empty }
    guard let n = Int(s) else { throw ParseError.notANumber(s) }
    return n
}
for input in ["12", "", "x1"] {
    do {
        let n = try parse(input)
        print("parsed", n)
    } catch ParseError.empty {
        print("empty input")
    } catch ParseError.notANumber(let text) {
        print("not a number:", text)
    } catch {
        print("other", error)
    }
}
print((try? parse("7")) as Any, (try? parse("")) as Any)
// expect: parsed 12
// expect: empty input
// expect: not a number: x1
// expect: Optional(7) nil
