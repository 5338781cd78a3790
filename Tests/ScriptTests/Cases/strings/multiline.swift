let text = """
    first line
      indented
    last
    """
print(text)
// expect: first line
// expect:   indented
// expect: last
let n = 2
print("""
  value: \(n)
  """)
// expect: value: 2
