enum VendingMachineError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}
struct Item { var price: Int; var count: Int }
class VendingMachine {
    var inventory = ["Candy Bar": Item(price: 12, count: 7), "Chips": Item(price: 10, count: 4), "Pretzels": Item(price: 7, count: 0)]
    var coinsDeposited = 0
    func vend(itemNamed name: String) throws {
        guard let item = inventory[name] else { throw VendingMachineError.invalidSelection }
        guard item.count > 0 else { throw VendingMachineError.outOfStock }
        guard item.price <= coinsDeposited else {
            throw VendingMachineError.insufficientFunds(coinsNeeded: item.price - coinsDeposited)
        }
        coinsDeposited -= item.price
        var newItem = item
        newItem.count -= 1
        inventory[name] = newItem
        print("Dispensing \(name)")
    }
}
let machine = VendingMachine()
machine.coinsDeposited = 8
for name in ["Candy Bar", "Pretzels", "Gum", "Pretzels"] {
    do {
        try machine.vend(itemNamed: name)
    } catch VendingMachineError.invalidSelection {
        print("Invalid Selection.")
    } catch VendingMachineError.outOfStock {
        print("Out of Stock.")
    } catch VendingMachineError.insufficientFunds(let coinsNeeded) {
        print("Insufficient funds. Please insert an additional \(coinsNeeded) coins.")
    } catch {
        print("Unexpected error: \(error).")
    }
}
machine.coinsDeposited = 20
try machine.vend(itemNamed: "Chips")
print(machine.coinsDeposited, machine.inventory["Chips"]!.count)
// expect: Insufficient funds. Please insert an additional 4 coins.
// expect: Out of Stock.
// expect: Invalid Selection.
// expect: Out of Stock.
// expect: Dispensing Chips
// expect: 10 3
