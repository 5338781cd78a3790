enum BankError: Error {
    case insufficientFunds(needed: Double)
    case accountClosed
}
struct Account {
    var balance: Double
    var isOpen = true
    mutating func withdraw(_ amount: Double) throws {
        guard isOpen else { throw BankError.accountClosed }
        guard amount <= balance else { throw BankError.insufficientFunds(needed: amount - balance) }
        balance -= amount
    }
}
var acct = Account(balance: 100)
do {
    try acct.withdraw(30)
    print("ok", acct.balance)
    try acct.withdraw(100)
    print("not reached")
} catch BankError.insufficientFunds(let needed) {
    print("need", needed)
} catch {
    print("other", error)
}
acct.isOpen = false
do {
    try acct.withdraw(1)
} catch let e as BankError {
    print("bank error", e)
}
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw BankError.accountClosed }
    return n
}
print(try? parse("12") as Any, try? parse("x") as Any)
let forced = try! parse("7")
print(forced)
do {
    _ = try parse("bad")
} catch is BankError {
    print("is bank error")
}
struct ValidationError: Error { let message: String }
func check(_ x: Int) throws -> Int {
    if x < 0 { throw ValidationError(message: "negative") }
    return x
}
do { _ = try check(-1) } catch let error as ValidationError { print(error.message) }
let results = [1, -2, 3].map { try? check($0) }
print(results)
func rethrower(_ f: () throws -> Int) rethrows -> Int { try f() + 1 }
print(try rethrower { 41 })
do {
    print(try rethrower { try check(-5) })
} catch {
    print("caught", error)
}
// expect: ok 70.0
// expect: need 30.0
// expect: bank error accountClosed
// expect: Optional(12) nil
// expect: 7
// expect: is bank error
// expect: negative
// expect: [Optional(1), nil, Optional(3)]
// expect: 42
// expect: caught ValidationError(message: "negative")
