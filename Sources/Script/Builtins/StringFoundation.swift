/// Foundation's `String` members that notebooks use (`capitalized`, `padding(toLength:withPad:startingAt:)`),
/// behaving as swift-corelibs-foundation's do, checked against swiftc's build.
enum StringFoundation {
    /// Each word's first letter in title case and its other letters in lower case. A word starts at a letter
    /// that does not follow a letter (apostrophes between letters stay inside the word: "It's", "O'neil"), so
    /// digits and punctuation start one ("3Rd", "X-Ray", "A.B").
    static func capitalized(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var inWord = false
        for character in text {
            if character.isLetter {
                if inWord {
                    out += character.lowercased()
                } else {
                    out += titlecased(character)
                    inWord = true
                }
            } else {
                out.append(character)
                if character != "'" && character != "\u{2019}" { inWord = false }
            }
        }
        return out
    }

    /// The character's title case (`ǆ` → `ǅ`, most letters their upper case).
    private static func titlecased(_ character: Character) -> String {
        guard let first = character.unicodeScalars.first else { return String(character) }
        return first.properties.titlecaseMapping + String(String.UnicodeScalarView(character.unicodeScalars.dropFirst())).lowercased()
    }

    /// `text` cut or padded to `length` characters, the pad repeated from its character `start`.
    static func padding(_ text: String, toLength length: Int, with pad: String, startingAt start: Int) throws(ScriptError) -> String {
        guard length >= 0 else { throw ScriptError(kind: .runtime, message: "padding(toLength:) needs a length of 0 or more, not \(length)") }
        let characters = Array(text)
        if characters.count >= length { return String(characters.prefix(length)) }
        let padCharacters = Array(pad)
        guard start >= 0, start < padCharacters.count else {
            throw ScriptError(kind: .runtime, message: padCharacters.isEmpty ? "padding(withPad:) needs a pad of at least one character"
                              : "padding(startingAt:) is \(start), outside the pad's \(padCharacters.count) characters")
        }
        try Limits.checkAllocation(length, of: "a string", stride: 4)
        var out = text
        var index = start
        for _ in characters.count..<length {
            out.append(padCharacters[index])
            index = index + 1 == padCharacters.count ? 0 : index + 1
        }
        return out
    }
}
