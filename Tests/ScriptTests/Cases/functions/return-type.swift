func answer() -> Int { "42" }
answer()
// expect error: TypeError: cannot convert return expression of type 'String' to return type 'Int'
