extension Int {
    /// `value` truncated toward zero, clamped to ±2^52; NaN becomes 0. Use
    /// wherever a Double derived from user data becomes an index or a count.
    init(safe value: Double) {
        let limit = 4_503_599_627_370_496.0
        self = value.isNaN ? 0 : Int(Swift.max(-limit, Swift.min(limit, value)))
    }
}
