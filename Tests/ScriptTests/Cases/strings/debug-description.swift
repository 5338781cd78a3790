"line\nbreak"
// expect: "line\nbreak"
