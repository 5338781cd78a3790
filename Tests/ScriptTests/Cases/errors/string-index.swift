let s = "abc"
s[0]
// expect error: TypeError: cannot subscript a value of type 'String' with an argument of type 'Int'
