let raw = #"C:\path\to "file""#
print(raw)
let n = 3
print(#"value: \#(n), literal: \(n)"#)
print(##"a "# b"##)
print(#"tab:\#tend"#)
let pattern = #"\d+\.\d+"#
print(pattern, pattern.count)
let block = #"""
    Raw "quotes" and \n stay
      indented \#(n + 1)
    """#
print(block)
print("plain \"escaped\" \(n)")
let empty = #""#
print(empty.isEmpty)
// expect: C:\path\to "file"
// expect: value: 3, literal: \(n)
// expect: a "# b
// expect: tab:	end
// expect: \d+\.\d+ 8
// expect: Raw "quotes" and \n stay
// expect:   indented 4
// expect: plain "escaped" 3
// expect: true
