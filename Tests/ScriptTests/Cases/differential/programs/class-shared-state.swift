class Account {
    var balance: Double
    var history: [Double] = []
    init(balance: Double) { self.balance = balance }
    func deposit(_ amount: Double) { balance += amount; history.append(amount) }
}
let acct = Account(balance: 10)
let same = acct
same.deposit(5)
acct.deposit(2.5)
print(acct.balance, same.history, acct === same)
let other = Account(balance: 10)
print(other === acct, other.balance)
// expect: 17.5 [5.0, 2.5] true
// expect: false 10.0
