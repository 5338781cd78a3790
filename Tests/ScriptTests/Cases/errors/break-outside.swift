break
// expect error: SyntaxError: 'break' is only allowed inside a loop or switch
