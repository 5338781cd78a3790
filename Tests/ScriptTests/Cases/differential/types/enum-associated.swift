enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}
var productBarcode = Barcode.upc(8, 85909, 51226, 3)
print(productBarcode)
productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
switch productBarcode {
case .upc(let numberSystem, let manufacturer, let product, let check):
    print("UPC: \(numberSystem), \(manufacturer), \(product), \(check).")
case .qrCode(let productCode):
    print("QR code: \(productCode).")
}
let codes: [Barcode] = [.upc(1, 2, 3, 4), .qrCode("x")]
for code in codes {
    switch code {
    case let .upc(a, _, _, d): print(a + d)
    case let .qrCode(s): print(s)
    }
}
print(codes)
// expect: upc(8, 85909, 51226, 3)
// expect: QR code: ABCDEFGHIJKLMNOP.
// expect: 5
// expect: x
// expect: [main.Barcode.upc(1, 2, 3, 4), main.Barcode.qrCode("x")]
