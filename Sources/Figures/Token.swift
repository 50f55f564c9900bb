/// A decimal number as written: `mantissa × 10^exponent`, so that `1.1` times
/// a billion is exactly 1,100,000,000 and not a float artefact.
struct Decimal: Equatable {
    var mantissa: Double
    var exponent: Int

    var value: Double { scaled(by: 0) }

    /// The value times 10^`power`, computed with one rounding.
    func scaled(by power: Int) -> Double {
        let total = exponent + power
        if total >= 0 { return mantissa * pow10(total) }
        return mantissa / pow10(-total)
    }
}

@inline(__always) func pow10(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<min(n, 308) { result *= 10 }
    return result
}

/// A piece of the text: a number, a word or one symbol, with its byte range.
struct Token {
    enum Kind: Equatable {
        /// Digits, with `,` thousands groups and a `.` fraction.
        case number
        /// Letters (ASCII or not), lower-cased in `word`.
        case word
        /// Any other single character; `scalar` holds it.
        case symbol
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// True when white space (or the start of the text) comes right before it.
    var spaceBefore: Bool
    /// Lower-cased text of a word the recognizer knows (see `Lexicon.interesting`);
    /// empty for every other word.
    var wordIndex: UInt16 = 0
    /// The word's lower-case text, or "" (kept as an index so tokens stay plain data:
    /// no reference counting when the token buffer is filled and emptied).
    var word: String { Lexicon.wordList[Int(wordIndex)] }
    /// True for words a figure can begin with (see `Lexicon.startWords`).
    var canStart = false
    /// True for number words ("two", "dozen", "half").
    var isNumberWord = false
    var scalar: Unicode.Scalar = " "
    var number = Decimal(mantissa: 0, exponent: 0)
    /// Digits before the decimal point, and whether the number had `,` or `.`.
    var integerDigits = 0
    var hasGroupSeparator = false
    var hasFraction = false
    var leadingZero = false
    /// True for words written with a capital first letter.
    var capitalized = false

    /// (Words outside the lexicon have index 0 and never match: no string is compared for them.)
    func isWord(_ text: String) -> Bool { wordIndex != 0 && word == text }

    /// For words outside the lexicon: compares the raw bytes, case-insensitively.
    func isWordText(_ expected: String, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard kind == .word, end - start == expected.utf8.count else { return false }
        return zip(text[start..<end], expected.utf8).allSatisfy { ($0 | 0x20) == $1 }
    }
    func isSymbol(_ character: Unicode.Scalar) -> Bool { kind == .symbol && scalar == character }
    var glued: Bool { !spaceBefore }
}

/// Splits `text[range]` into tokens. White space separates tokens; NBSP counts
/// as white space.
func tokenize(_ text: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int, into tokens: inout [Token]) {
    tokens.removeAll(keepingCapacity: true)
    // Read the lexicon's table once, not once per word (each static access checks its lazy initialisation).
    let table = Lexicon.table
    var index = lower
    var sawSpace = true
    while index < upper {
        let byte = text[index]
        // Words first: most tokens are ASCII words.
        if isASCIILetter(byte) {
            let start = index
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while index < upper, isASCIILetter(text[index]) {
                hash = (hash ^ UInt64(text[index] | 0x20)) &* 0x100_0000_01b3
                index += 1
            }
            // Only words the grammar knows keep their text; the look-up shares the lexicon's storage.
            let entry = index - start <= 20 ? table.lookup(hash) : nil
            tokens.append(Token(kind: .word, start: start, end: index, spaceBefore: sawSpace, wordIndex: entry?.wordIndex ?? 0,
                                canStart: entry?.canStart ?? false, isNumberWord: entry?.isNumberWord ?? false,
                                capitalized: text[start] < 0x60))
            sawSpace = false
            continue
        }
        if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
            sawSpace = true
            index += 1
            continue
        }
        if byte == 0xC2, index + 1 < upper, text[index + 1] == 0xA0 {
            sawSpace = true
            index += 2
            continue
        }
        // Thin, narrow no-break and other fixed-width spaces (U+2000–U+200A, U+202F), as in "40 000".
        if byte == 0xE2, index + 2 < upper, text[index + 1] == 0x80, text[index + 2] <= 0x8A || text[index + 2] == 0xAF {
            sawSpace = true
            index += 3
            continue
        }
        // ".08": a decimal written without its leading zero.
        if byte == UInt8(ascii: "."), sawSpace, index + 1 < upper, isDigit(text[index + 1]) {
            var token = Token(kind: .number, start: index, end: index, spaceBefore: true)
            index = scanLeadingDecimal(text, index, upper, &token)
            tokens.append(token)
            sawSpace = false
            continue
        }
        if byte >= 0x30 && byte <= 0x39 {
            var token = Token(kind: .number, start: index, end: index, spaceBefore: sawSpace)
            index = scanNumber(text, index, upper, &token)
            tokens.append(token)
        } else if byte < 0x80 {
            tokens.append(Token(kind: .symbol, start: index, end: index + 1, spaceBefore: sawSpace, scalar: Unicode.Scalar(byte)))
            index += 1
        } else {
            let (scalar, length) = decodeScalar(text, index, upper)
            if scalar.properties.isAlphabetic {
                // Words with non-ASCII letters (Zürich, Энергия) are words, but
                // none is in the lexicon, so their text is not kept.
                let start = index
                var position = index
                while position < upper {
                    if isASCIILetter(text[position]) {
                        position += 1
                        continue
                    }
                    guard text[position] >= 0x80 else { break }
                    let (next, nextLength) = decodeScalar(text, position, upper)
                    guard next.properties.isAlphabetic else { break }
                    position += nextLength
                }
                tokens.append(Token(kind: .word, start: start, end: position, spaceBefore: sawSpace,
                                    capitalized: scalar.properties.isUppercase))
                index = position
            } else {
                tokens.append(Token(kind: .symbol, start: index, end: index + length, spaceBefore: sawSpace, scalar: scalar))
                index += length
            }
        }
        sawSpace = false
    }
}

@inline(__always) func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
}

@inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

/// Reads `1,100.5`: groups of three after commas, then an optional fraction.
private func scanNumber(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ upper: Int, _ token: inout Token) -> Int {
    var index = start
    var mantissa = 0.0
    var digits = 0
    while index < upper {
        let byte = text[index]
        if isDigit(byte) {
            mantissa = mantissa * 10 + Double(byte - 0x30)
            digits += 1
            index += 1
        } else if byte == UInt8(ascii: ","), digits > 0, digits <= 3 || token.hasGroupSeparator,
                  index + 3 < upper,
                  isDigit(text[index + 1]), isDigit(text[index + 2]), isDigit(text[index + 3]),
                  index + 4 >= upper || !isDigit(text[index + 4]) {
            token.hasGroupSeparator = true
            index += 1
        } else {
            break
        }
    }
    token.integerDigits = digits
    token.leadingZero = digits > 1 && text[start] == 0x30 && !token.hasGroupSeparator
    var exponent = 0
    // "5,00", "1,3": a decimal comma (one or two digits after it, and no list "1,3,5" going on).
    if !token.hasGroupSeparator, digits <= 3, index + 1 < upper, text[index] == UInt8(ascii: ","), isDigit(text[index + 1]) {
        var end = index + 1
        while end < upper, isDigit(text[end]), end - index <= 3 { end += 1 }
        let fractionDigits = end - index - 1
        let listGoesOn = end + 1 < upper && text[end] == UInt8(ascii: ",") && isDigit(text[end + 1])
            || start >= 2 && text[start - 1] == UInt8(ascii: ",") && isDigit(text[start - 2])
        if fractionDigits <= 2, end == upper || !isDigit(text[end]), !listGoesOn {
            for position in (index + 1)..<end {
                mantissa = mantissa * 10 + Double(text[position] - 0x30)
                exponent -= 1
            }
            token.hasFraction = true
            token.number = Decimal(mantissa: mantissa, exponent: exponent)
            token.end = end
            return end
        }
    }
    if index + 1 < upper, text[index] == UInt8(ascii: "."), isDigit(text[index + 1]) {
        index += 1
        token.hasFraction = true
        while index < upper, isDigit(text[index]) {
            mantissa = mantissa * 10 + Double(text[index] - 0x30)
            exponent -= 1
            index += 1
        }
    }
    token.number = Decimal(mantissa: mantissa, exponent: exponent)
    token.end = index
    return index
}

/// Reads ".08" (the byte at `start` is the point).
private func scanLeadingDecimal(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ upper: Int, _ token: inout Token) -> Int {
    var index = start + 1
    var mantissa = 0.0
    var exponent = 0
    while index < upper, isDigit(text[index]) {
        mantissa = mantissa * 10 + Double(text[index] - 0x30)
        exponent -= 1
        index += 1
    }
    token.hasFraction = true
    token.number = Decimal(mantissa: mantissa, exponent: exponent)
    token.end = index
    return index
}

/// Decodes one scalar of valid UTF-8 (invalid bytes come out as U+FFFD, length 1).
@inline(__always) func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ upper: Int) -> (Unicode.Scalar, Int) {
    let lead = text[index]
    var length = 1
    var value: UInt32 = 0
    if lead & 0xE0 == 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
    else if lead & 0xF0 == 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
    else if lead & 0xF8 == 0xF0 { length = 4; value = UInt32(lead & 0x07) }
    else { return ("\u{FFFD}", 1) }
    guard index + length <= upper else { return ("\u{FFFD}", 1) }
    for offset in 1..<length {
        let byte = text[index + offset]
        guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
        value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
}
