import BriefingModel

/// Groups lines into paragraphs. A line break ends a paragraph unless the text
/// was hard-wrapped mid-sentence (the next line goes on in lower case).
func groupParagraphs(_ text: [UInt8], _ lines: [Line]) -> [ByteRange] {
    var paragraphs: [ByteRange] = []
    var current: ByteRange?
    for line in lines {
        guard !line.isBlank else {
            if let open = current { paragraphs.append(open) }
            current = nil
            continue
        }
        if let open = current, continuesSentence(text, previous: open, next: line.range) {
            current = ByteRange(open.start, line.range.end)
        } else {
            if let open = current { paragraphs.append(open) }
            current = line.range
        }
    }
    if let open = current { paragraphs.append(open) }
    return paragraphs
}

private func continuesSentence(_ text: [UInt8], previous: ByteRange, next: ByteRange) -> Bool {
    let last = text[previous.end - 1]
    let endsSentence = last == UInt8(ascii: ".") || last == UInt8(ascii: "?") || last == UInt8(ascii: "!")
        || last == UInt8(ascii: ":") || last == UInt8(ascii: "\"") || last == 0x9D /* end of ” */
    let first = text[next.start]
    let startsLower = first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")
    return !endsSentence && startsLower
}
