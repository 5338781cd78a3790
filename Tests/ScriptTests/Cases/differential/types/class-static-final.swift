class SomeClass {
    static var storedTypeProperty = "Some value."
    static var computedTypeProperty: Int { 27 }
    class var overrideableComputedTypeProperty: Int { 107 }
    class func create() -> SomeClass { SomeClass() }
    final func fixed() -> String { "fixed" }
}
class Sub: SomeClass {
    override class var overrideableComputedTypeProperty: Int { 200 }
}
print(SomeClass.storedTypeProperty, SomeClass.computedTypeProperty)
print(SomeClass.overrideableComputedTypeProperty, Sub.overrideableComputedTypeProperty)
SomeClass.storedTypeProperty = "Another value."
print(SomeClass.storedTypeProperty)
print(SomeClass.create().fixed(), Sub().fixed())
// expect: Some value. 27
// expect: 107 200
// expect: Another value.
// expect: fixed fixed
