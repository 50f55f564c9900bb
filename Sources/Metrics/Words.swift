import BriefingModel

/// A word of a sentence with its UTF-8 byte offsets in the source text.
struct Word: Equatable {
    var text: String
    var lower: String
    var start: Int
    var end: Int
    /// Punctuation that directly follows the word (`,`, `.`, `)`, `’s`...).
    var trailing: String
    /// Punctuation that directly precedes it (`(`, `“`).
    var leading: String
    /// True when the punctuation after the word is written onto it ("C$", "Acme's"), with no space between.
    var trailingIsAttached = true

    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase || (first.properties.numericType != nil && text.contains(where: \.isLetter))
    }
    var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
    /// True when punctuation between this word and the next breaks a name.
    var endsRun: Bool {
        trailing.contains { ",;:()\"“”!?–—".contains($0) } || trailing == "-" || (trailing.contains(".") && !isAbbreviationWithDots)
            || trailing.hasPrefix("’s") || trailing.hasPrefix("'s") || trailing.hasPrefix("’") || trailing.hasPrefix("'")
    }
    var isPossessive: Bool { trailing.hasPrefix("’s") || trailing.hasPrefix("'s") || trailing == "’" || trailing == "'" }
    var isAbbreviationWithDots: Bool { text.count <= 4 && text.contains(".") }
}

/// Splits a sentence into words. A word is letters and digits with the
/// joiners `-`, `&`, `.` (as in `U.S.`) and `'` inside it; the punctuation
/// around each word is kept in `leading` and `trailing`.
func splitWords(_ text: [UInt8], _ range: ByteRange) -> [Word] {
    let sentence = String(decoding: text[range.start..<range.end], as: UTF8.self)
    let scalars = Array(sentence.unicodeScalars)
    var spans: [(start: Int, end: Int, text: String)] = []
    var current = ""
    var currentStart = 0
    var offset = range.start

    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
    for (index, scalar) in scalars.enumerated() {
        let nextIsWord = index + 1 < scalars.count && isWordScalar(scalars[index + 1])
        let isApostrophe = scalar == "'" || scalar == "’"
        // "’s" at the end of a word is a possessive, left outside the word.
        let possessive = isApostrophe && index + 1 < scalars.count && scalars[index + 1] == "s"
            && (index + 2 >= scalars.count || !isWordScalar(scalars[index + 2]))
        let isJoiner = (scalar == "-" || scalar == "&" || scalar == "." || isApostrophe) && !current.isEmpty && nextIsWord && !possessive
        if isWordScalar(scalar) || isJoiner {
            if current.isEmpty { currentStart = offset }
            current.unicodeScalars.append(scalar)
        } else if !current.isEmpty {
            spans.append((currentStart, offset, current))
            current = ""
        }
        offset += String(scalar).utf8.count
    }
    if !current.isEmpty { spans.append((currentStart, offset, current)) }

    var words: [Word] = []
    for (index, span) in spans.enumerated() {
        var wordText = span.text
        var end = span.end
        // "U.S." keeps its final dot; "deal." at a sentence end does not have one inside.
        if index + 1 <= spans.count, end < range.end, text[end] == UInt8(ascii: "."), wordText.contains("."), wordText.count <= 4 {
            wordText += "."
            end += 1
        }
        let previousEnd = index == 0 ? range.start : words[index - 1].end
        let leading = String(decoding: text[previousEnd..<span.start], as: UTF8.self).trimmingCharacters(in: " ")
        words.append(Word(text: wordText, lower: wordText.lowercased(), start: span.start, end: end, trailing: "", leading: leading))
    }
    for index in words.indices {
        let nextStart = index + 1 < words.count ? words[index + 1].start : range.end
        words[index].trailing = String(decoding: text[words[index].end..<nextStart], as: UTF8.self).trimmingCharacters(in: " ")
        words[index].trailingIsAttached = words[index].end < nextStart && text[words[index].end] != UInt8(ascii: " ")
    }
    return words
}

extension String {
    func trimmingCharacters(in character: Character) -> String {
        var copy = Substring(self)
        while copy.first == character || copy.first == "\u{00A0}" { copy = copy.dropFirst() }
        while copy.last == character || copy.last == "\u{00A0}" { copy = copy.dropLast() }
        return String(copy)
    }
}
