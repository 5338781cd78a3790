continue
// expect error: SyntaxError: 'continue' is only allowed inside a loop
