import BriefingModel

/// Words that end in a full stop without ending a sentence.
private let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "no", "vs", "etc", "e.g", "i.e",
    "gen", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "a.m", "p.m", "approx", "est", "fig", "mt", "mln", "bln", "dept", "univ", "pte", "plc", "s.a",
]

/// Splits a paragraph into sentences, each a trimmed byte range.
func splitSentences(_ text: [UInt8], _ paragraph: ByteRange) -> [ByteRange] {
    var sentences: [ByteRange] = []
    var start = paragraph.start
    var index = paragraph.start
    while index < paragraph.end {
        let byte = text[index]
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
            var end = index + 1
            end = skipClosers(text, end, paragraph.end)
            if end < paragraph.end, isASCIISpace(text[end]),
               startsSentence(text, skipSpaces(text, end, paragraph.end), paragraph.end),
               !(byte == UInt8(ascii: ".") && isAbbreviation(text, before: index, from: start)) {
                sentences.append(trimmedRange(text, ByteRange(start, end)))
                start = end
                index = end
                continue
            }
        }
        index += 1
    }
    let last = trimmedRange(text, ByteRange(start, paragraph.end))
    if last.length > 0 { sentences.append(last) }
    return sentences
}

/// Steps over closing quotes and brackets after a full stop (`.”`, `.)`).
private func skipClosers(_ text: [UInt8], _ position: Int, _ limit: Int) -> Int {
    var index = position
    while index < limit {
        if text[index] == UInt8(ascii: "\"") || text[index] == UInt8(ascii: ")") || text[index] == UInt8(ascii: "'") {
            index += 1
        } else if index + 2 < limit, text[index] == 0xE2, text[index + 1] == 0x80, text[index + 2] == 0x9D || text[index + 2] == 0x99 {
            index += 3  // ” or ’
        } else {
            break
        }
    }
    return index
}

private func skipSpaces(_ text: [UInt8], _ position: Int, _ limit: Int) -> Int {
    var index = position
    while index < limit, isASCIISpace(text[index]) { index += 1 }
    return index
}

/// Sentences start with a capital, a digit, a quote or an opening bracket.
private func startsSentence(_ text: [UInt8], _ position: Int, _ limit: Int) -> Bool {
    guard position < limit else { return false }
    let byte = text[position]
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
    if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "'") { return true }
    if byte == 0xE2, position + 2 < limit, text[position + 1] == 0x80, text[position + 2] == 0x9C || text[position + 2] == 0x98 { return true }
    // Non-ASCII capitals (É, Ö, ...) start with a lead byte; lower-case ones are rare at a sentence start.
    return byte >= 0xC3 && byte <= 0xD4
}

/// True when the word before the full stop at `dot` is an abbreviation or an initial.
private func isAbbreviation(_ text: [UInt8], before dot: Int, from start: Int) -> Bool {
    var wordStart = dot
    while wordStart > start, !isASCIISpace(text[wordStart - 1]), text[wordStart - 1] != UInt8(ascii: "(") { wordStart -= 1 }
    let word = String(decoding: text[wordStart..<dot], as: UTF8.self).lowercased()
    if word.count == 1, word.first?.isLetter == true { return true }  // an initial: "J. Smith"
    return abbreviations.contains(word)
}
