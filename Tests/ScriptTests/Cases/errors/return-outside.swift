return 1
// expect error: SyntaxError: return invalid outside of a func
