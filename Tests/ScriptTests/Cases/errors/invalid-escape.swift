let s = "bad \q escape"
// expect error: SyntaxError: invalid escape sequence in literal
