struct Broken: Sequence {}
for x in Broken() { print(x) }
// expect error: TypeError: 'Broken' conforms to Sequence but has neither makeIterator() nor a mutating next()
