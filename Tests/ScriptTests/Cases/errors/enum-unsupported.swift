enum Color { case red }
// expect error: SyntaxError: 'enum' is not supported in Loupe cells
