let text = """
    first line
      indented
    last "quoted"
    """
print(text)
print(text.split(separator: "\n").count)
let escaped = "tab\tquote\"backslash\\"
print(escaped)
print("unicode \u{1F600} é".count)
// expect: first line
// expect:   indented
// expect: last "quoted"
// expect: 3
// expect: tab	quote"backslash\
// expect: 11
