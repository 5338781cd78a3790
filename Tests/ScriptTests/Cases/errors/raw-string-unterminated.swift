let s = #"abc"
// expect error: SyntaxError: unterminated string literal
