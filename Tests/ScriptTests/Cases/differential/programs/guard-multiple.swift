func validate(_ name: String?, _ age: Int?) -> String {
    guard let name = name, !name.isEmpty else { return "no name" }
    guard let age = age, age >= 0, age < 150 else { return "\(name): bad age" }
    return "\(name) is \(age)"
}
print(validate("Ann", 30), validate(nil, 3), validate("", 1), validate("Bo", 200), validate("Cy", nil))
// expect: Ann is 30 no name no name Bo: bad age Cy: bad age
