var log: [String] = []
do {
    let temp = "scoped"
    log.append(temp)
}
do {
    let temp = 5
    log.append(String(temp))
}
print(log)
// expect: ["scoped", "5"]
