import BriefingModel

/// A line of the text, trimmed of surrounding white space (including NBSP).
struct Line {
    var range: ByteRange
    var isBlank: Bool { range.length == 0 }
}

/// Splits UTF-8 text into trimmed lines; a line of only white space comes out empty.
func splitLines(_ text: [UInt8]) -> [Line] {
    var lines: [Line] = []
    var lineStart = 0
    var index = 0
    while index <= text.count {
        if index == text.count || text[index] == 0x0A {
            lines.append(Line(range: trimmedRange(text, ByteRange(lineStart, index))))
            lineStart = index + 1
        }
        index += 1
    }
    return lines
}

/// The range without leading and trailing ASCII white space, NBSP (C2 A0) and a BOM.
func trimmedRange(_ text: [UInt8], _ range: ByteRange) -> ByteRange {
    var start = range.start
    var end = range.end
    while start < end {
        if isASCIISpace(text[start]) { start += 1 }
        else if start + 1 < end, text[start] == 0xC2, text[start + 1] == 0xA0 { start += 2 }
        else if start + 2 < end, text[start] == 0xEF, text[start + 1] == 0xBB, text[start + 2] == 0xBF { start += 3 }
        else { break }
    }
    while end > start {
        if isASCIISpace(text[end - 1]) { end -= 1 }
        else if end - 2 >= start, text[end - 2] == 0xC2, text[end - 1] == 0xA0 { end -= 2 }
        else { break }
    }
    return ByteRange(start, end)
}

@inline(__always) func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
}
