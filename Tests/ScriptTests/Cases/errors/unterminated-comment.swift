/* never closed
let x = 1
// expect error: SyntaxError: unterminated '/*' comment
