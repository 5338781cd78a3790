class Model {}
// expect error: SyntaxError: 'class' is not supported in Loupe cells
