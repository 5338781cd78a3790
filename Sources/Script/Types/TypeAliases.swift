/// `typealias` declarations at the top level of cells.
extension TypeRegistry {
    /// Registers `typealias name = type`; false (nothing registered) when the type refers back to the alias, directly
    /// or through other aliases (`typealias A = B; typealias B = [A]`): every use of it would recurse forever.
    func declareAlias(_ name: String, _ type: TypeAnnotation) -> Bool {
        var visited: Set<String> = []
        func refersToAlias(_ type: TypeAnnotation) -> Bool {
            switch type {
            case .named(let other), .generic(let other, []):
                if other == name { return true }
                guard let target = aliases[other], visited.insert(other).inserted else { return false }
                return refersToAlias(target)
            case .generic(let other, let arguments): return refersToAlias(.named(other)) || arguments.contains(where: refersToAlias)
            case .array(let element), .optional(let element): return refersToAlias(element)
            case .dictionary(let key, let value): return refersToAlias(key) || refersToAlias(value)
            case .tuple(let items, _): return items.contains(where: refersToAlias)
            case .function: return false
            }
        }
        if refersToAlias(type) { return false }
        aliases[name] = type
        return true
    }
}
