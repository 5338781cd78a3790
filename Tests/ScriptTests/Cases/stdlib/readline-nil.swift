print(readLine() ?? "no input")
// expect: no input
