/// The field types a request must have before its handler sees it. A signed request with a
/// field of the wrong type (a `code` that is a number, a header `msg_id` that is an object) is
/// answered with an error reply and never run; a missing optional field or `null` takes its default.
enum RequestValidation {
    enum Kind: String { case string, bool, integer, object }

    /// Header fields every message has (`msg_type` is checked when the message is decoded).
    static let header: [(String, Kind, required: Bool)] = [
        ("msg_id", .string, true), ("session", .string, false), ("username", .string, false),
        ("date", .string, false), ("version", .string, false),
    ]

    /// Content fields per request type: name, type, whether it must be present.
    static let content: [String: [(String, Kind, required: Bool)]] = [
        "execute_request": [("code", .string, true), ("silent", .bool, false), ("store_history", .bool, false),
                            ("allow_stdin", .bool, false), ("stop_on_error", .bool, false),
                            ("user_expressions", .object, false)],
        "complete_request": [("code", .string, true), ("cursor_pos", .integer, false)],
        "inspect_request": [("code", .string, true), ("cursor_pos", .integer, false), ("detail_level", .integer, false)],
        "is_complete_request": [("code", .string, true)],
        "history_request": [("hist_access_type", .string, false), ("output", .bool, false), ("raw", .bool, false),
                            ("session", .integer, false), ("start", .integer, false), ("stop", .integer, false),
                            ("n", .integer, false), ("pattern", .string, false), ("unique", .bool, false)],
        "comm_info_request": [("target_name", .string, false)],
        "shutdown_request": [("restart", .bool, false)],
        "input_reply": [("value", .string, true)],
    ]

    /// Why `message` is malformed, or nil when its header and content fields have the right types.
    static func problem(with message: Message) -> String? {
        for (name, kind, required) in header {
            if let reason = check(message.header[name], kind, required: required) {
                return "header field '\(name)' \(reason)"
            }
        }
        for (name, kind, required) in content[message.msgType] ?? [] {
            if let reason = check(message.content[name], kind, required: required) {
                return "field '\(name)' of \(message.msgType) \(reason)"
            }
        }
        return nil
    }

    private static func check(_ value: JSON?, _ kind: Kind, required: Bool) -> String? {
        guard let value else { return required ? "is missing" : nil }
        if value == .null && !required { return nil }
        let fits: Bool
        switch kind {
        case .string: fits = value.stringValue != nil
        case .bool: fits = value.boolValue != nil
        case .integer: fits = value.intValue != nil
        case .object: fits = value.isObject
        }
        return fits ? nil : "must be \(article(kind.rawValue)), not \(article(typeName(value)))"
    }

    static func typeName(_ value: JSON) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    private static func article(_ word: String) -> String {
        (["a", "e", "i", "o", "u"].contains(word.first.map(String.init) ?? "") ? "an " : "a ") + word
    }
}
