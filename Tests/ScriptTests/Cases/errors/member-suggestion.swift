let name = "loupe"
name.uppercase()
// expect error: NameError: value of type 'String' has no member 'uppercase'; did you mean 'uppercased'?
