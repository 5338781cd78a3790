let n = 1
if n { print("no") }
// expect error: TypeError: type 'Int' cannot be used as a boolean; test for '!= nil' instead
