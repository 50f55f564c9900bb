/// Byte-level tests the word splitter makes on UTF-8 text.

func characterLength(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead >= 0xF0 { return 4 }
    if lead >= 0xE0 { return 3 }
    if lead >= 0xC0 { return 2 }
    return 1
}

func isSpace(_ text: [UInt8], _ index: Int, _ end: Int) -> Bool {
    spaceLength(text, index, end) > 0 && (text[index] <= 0x20 || text[index] == 0xC2 || text[index] == 0xE2)
}

/// Length of the space at `index`: ASCII space and controls, no-break space, thin spaces.
func spaceLength(_ text: [UInt8], _ index: Int, _ end: Int) -> Int {
    let byte = text[index]
    if byte <= 0x20 { return 1 }
    if byte == 0xC2, index + 1 < end, text[index + 1] == 0xA0 { return 2 }
    if byte == 0xE2, index + 2 < end, text[index + 1] == 0x80, (0x80...0x8B).contains(text[index + 2]) || text[index + 2] == 0xAF { return 3 }
    return 0
}

func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0xC0 }
func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
func isSentenceMark(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ".") }
func isRunPunctuation(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || isSentenceMark(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*")
}

func isTrailingPunctuation(_ byte: UInt8) -> Bool {
    [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
     UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]"), UInt8(ascii: ">")].contains(byte)
}

/// ( [ { " < and the curly opening quotes “ ‘.
func isOpeningPunctuation(_ text: [UInt8], _ index: Int) -> Bool {
    let byte = text[index]
    if [UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "\""), UInt8(ascii: "<"),
        UInt8(ascii: "*"), UInt8(ascii: ">"), UInt8(ascii: "~")].contains(byte) { return true }
    return byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0x9C || text[index + 2] == 0x98)
}

/// . , ; : ! ? ) ] } " ' > * and the curly closing quotes ” ’ and the ellipsis ….
func isClosingPunctuation(_ text: [UInt8], _ index: Int, _ end: Int) -> Bool {
    let byte = text[index]
    if [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
        UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">"),
        UInt8(ascii: "*"), UInt8(ascii: "-")].contains(byte) { return true }
    guard byte == 0xE2, index + 2 < end, text[index + 1] == 0x80 else { return false }
    return text[index + 2] == 0x9D || text[index + 2] == 0x99 || text[index + 2] == 0xA6
}

/// $ £ € ¥ before an amount (lettered signs such as "US$": `letteredCurrencySign`).
func isCurrencySign(_ text: [UInt8], _ index: Int, _ end: Int) -> Bool {
    let byte = text[index]
    let next = index + characterLength(byte)
    guard next < end, isDigit(text[next]) || text[next] == UInt8(ascii: ".") else { return false }
    if byte == UInt8(ascii: "$") || byte == UInt8(ascii: "#") { return true }
    if byte == 0xC2, index + 1 < end { return text[index + 1] == 0xA3 || text[index + 1] == 0xA5 }  // £ ¥
    return byte == 0xE2 && index + 2 < end && text[index + 1] == 0x82 && text[index + 2] == 0xAC  // €
}

func isEmDash(_ text: [UInt8], _ index: Int, _ end: Int) -> Bool {
    text[index] == 0xE2 && index + 2 < end && text[index + 1] == 0x80 && (text[index + 2] == 0x93 || text[index + 2] == 0x94)
}
