/// A flattened subpath: straight segments through `points`, closed or open.
struct Polyline: Sendable {
    var points: [Point]
    var closed: Bool
}
