/// A CurveZMQ server key pair from the connection file, as 40-character Z85 text each.
public struct CurveKeys: Equatable, Sendable {
    public var publicKey: String
    public var secretKey: String

    /// The pair when both fields are there; nil when neither is (no encryption). One without the
    /// other, or a key that is not 40 characters of Z85, makes the connection file invalid: the
    /// kernel must never fall back to plain text when encryption was asked for.
    init?(publicKey: JSON?, secretKey: JSON?) throws(ConnectionError) {
        let absent = { (value: JSON?) in value == nil || value == .null }
        if absent(publicKey) && absent(secretKey) { return nil }
        guard let publicText = publicKey?.stringValue, let secretText = secretKey?.stringValue else {
            throw .invalid("'curve_publickey' and 'curve_secretkey' must both be given, as Z85 text")
        }
        for (name, text) in [("curve_publickey", publicText), ("curve_secretkey", secretText)] where !Self.isZ85Key(text) {
            throw .invalid("'\(name)' must be a 40-character Z85 key")
        }
        self.publicKey = publicText
        self.secretKey = secretText
    }

    static let z85Alphabet = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#".utf8)

    static func isZ85Key(_ text: String) -> Bool {
        text.utf8.count == 40 && text.utf8.allSatisfy(z85Alphabet.contains)
    }
}
