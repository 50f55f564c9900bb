/// Two small corrections to the PDFs Cairo 1.16 writes, applied by editing
/// the file and its cross-reference table:
/// - dates gain the `D:` prefix the PDF standard requires (`(D:20251106000000Z)`);
///   Cairo fixed this only in later versions;
/// - a document with structure tags gets `/MarkInfo << /Marked true >>` in its
///   catalog, which marks it as a tagged PDF (Cairo 1.16 writes the structure
///   tree but not this flag).
/// When the file is not laid out as expected (one classic xref table), it is
/// returned unchanged.
public func fixUpPDF(_ pdf: [UInt8], tagged: Bool) -> [UInt8] {
    var insertions: [(position: Int, bytes: [UInt8])] = []
    for key in ["/CreationDate (", "/ModDate ("] {
        if let found = find(Array(key.utf8), in: pdf, from: 0) {
            let position = found + key.utf8.count
            if position + 2 <= pdf.count, !(pdf[position] == UInt8(ascii: "D") && pdf[position + 1] == UInt8(ascii: ":")) {
                insertions.append((position, Array("D:".utf8)))
            }
        }
    }
    let catalog = Array("<< /Type /Catalog".utf8)
    if tagged, find(Array("/MarkInfo".utf8), in: pdf, from: 0) == nil, let found = find(catalog, in: pdf, from: 0) {
        insertions.append((found + catalog.count, Array("\n   /MarkInfo << /Marked true >>".utf8)))
    }
    guard !insertions.isEmpty else { return pdf }
    insertions.sort { $0.position < $1.position }

    // Where the cross-reference table starts, from the trailer.
    guard let startxrefAt = findLast(Array("startxref".utf8), in: pdf) else { return pdf }
    var cursor = startxrefAt + "startxref".utf8.count
    while cursor < pdf.count, pdf[cursor] == 0x0A || pdf[cursor] == 0x0D || pdf[cursor] == 0x20 { cursor += 1 }
    var xrefOffset = 0
    let numberStart = cursor
    while cursor < pdf.count, pdf[cursor] >= 0x30, pdf[cursor] <= 0x39 { xrefOffset = xrefOffset * 10 + Int(pdf[cursor] - 0x30); cursor += 1 }
    let numberEnd = cursor
    guard numberEnd > numberStart, xrefOffset < pdf.count, Array(pdf[xrefOffset..<min(pdf.count, xrefOffset + 4)]) == Array("xref".utf8),
          insertions.allSatisfy({ $0.position < xrefOffset }) else { return pdf }

    func shifted(_ offset: Int) -> Int {
        offset + insertions.filter { $0.position < offset }.reduce(0) { $0 + $1.bytes.count }
    }

    var output: [UInt8] = []
    output.reserveCapacity(pdf.count + 64)
    var copied = 0
    for insertion in insertions {
        output.append(contentsOf: pdf[copied..<insertion.position])
        output.append(contentsOf: insertion.bytes)
        copied = insertion.position
    }
    output.append(contentsOf: pdf[copied..<xrefOffset])

    // Rewrite the table: "xref\n0 N\n" then N entries of 20 bytes.
    var position = xrefOffset + 4
    while position < pdf.count, pdf[position] == 0x0A || pdf[position] == 0x0D { position += 1 }
    var headerEnd = position
    while headerEnd < pdf.count, pdf[headerEnd] != 0x0A { headerEnd += 1 }
    let header = String(decoding: pdf[position..<headerEnd], as: UTF8.self).split(separator: " ")
    guard header.count == 2, header[0] == "0", let count = Int(header[1]) else { return pdf }
    output.append(contentsOf: pdf[xrefOffset..<(headerEnd + 1)])
    var entry = headerEnd + 1
    for _ in 0..<count {
        guard entry + 20 <= pdf.count else { return pdf }
        let line = Array(pdf[entry..<(entry + 20)])
        if line[17] == UInt8(ascii: "n"), let offset = Int(String(decoding: line[0..<10], as: UTF8.self)) {
            var digits = String(shifted(offset))
            digits = String(repeating: "0", count: max(0, 10 - digits.count)) + digits
            output.append(contentsOf: Array(digits.utf8))
            output.append(contentsOf: line[10..<20])
        } else {
            output.append(contentsOf: line)
        }
        entry += 20
    }
    // The trailer, with the new position of the table.
    let trailerStart = entry
    output.append(contentsOf: pdf[trailerStart..<numberStart])
    output.append(contentsOf: Array(String(shifted(xrefOffset)).utf8))
    output.append(contentsOf: pdf[numberEnd...])
    return output
}

private func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count else { return nil }
    var index = start
    while index + needle.count <= haystack.count {
        if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        index += 1
    }
    return nil
}

private func findLast(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
    var index = haystack.count - needle.count
    while index >= 0 {
        if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
        index -= 1
    }
    return nil
}
