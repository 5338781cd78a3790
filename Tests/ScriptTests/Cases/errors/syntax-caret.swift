let x = (1 + 2
print(x)
// expect error: SyntaxError: expected ')' to close the parenthesis
