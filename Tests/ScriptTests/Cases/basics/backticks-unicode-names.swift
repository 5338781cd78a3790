let `default` = 3
let café = 4
let π = 3.14
print(`default` + café, π)
// expect: 7 3.14
