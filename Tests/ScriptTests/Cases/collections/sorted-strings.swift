print(["pear", "apple", "fig"].sorted(), ["pear", "apple", "fig"].sorted { $0.count < $1.count })
// expect: ["apple", "fig", "pear"] ["fig", "pear", "apple"]
