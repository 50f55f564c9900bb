/// The article's bytes as UTF-8, with a way back to the file's own offsets.
struct DecodedText {
    var utf8: [UInt8]
    var encoding: String
    /// nil when the file already was UTF-8 (offsets are then the same).
    var originalOffsets: [Int]?
}

/// Decodes a file's bytes: UTF-8 when valid, else Windows-1252, which is what
/// "ANSI" text saved from older sites and editors almost always is.
func decodeText(_ bytes: [UInt8]) -> DecodedText {
    // A byte-order mark says UTF-16 (as Windows' Notepad saves "Unicode").
    if bytes.count >= 2, (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF) {
        return decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE)
    }
    if isValidUTF8(bytes) {
        return DecodedText(utf8: bytes, encoding: "utf-8", originalOffsets: nil)
    }
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count + bytes.count / 8)
    var offsets: [Int] = []
    offsets.reserveCapacity(bytes.count + bytes.count / 8 + 1)
    for (index, byte) in bytes.enumerated() {
        let scalar = windows1252Scalar(byte)
        let before = utf8.count
        utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
        for _ in before..<utf8.count { offsets.append(index) }
    }
    offsets.append(bytes.count)
    return DecodedText(utf8: utf8, encoding: "windows-1252", originalOffsets: offsets)
}

/// UTF-16 after its byte-order mark, transcoded to UTF-8; each UTF-8 byte maps
/// back to the file offset of its code unit. A lone surrogate becomes U+FFFD.
private func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> DecodedText {
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count)
    var offsets: [Int] = []
    offsets.reserveCapacity(bytes.count + 1)
    var index = 2
    func unit(at position: Int) -> UInt32? {
        guard position + 1 < bytes.count else { return nil }
        return bigEndian ? UInt32(bytes[position]) << 8 | UInt32(bytes[position + 1]) : UInt32(bytes[position + 1]) << 8 | UInt32(bytes[position])
    }
    while let first = unit(at: index) {
        var scalar = Unicode.Scalar(0xFFFD)!
        var width = 2
        if (0xD800...0xDBFF).contains(first), let second = unit(at: index + 2), (0xDC00...0xDFFF).contains(second) {
            scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            width = 4
        } else if let plain = Unicode.Scalar(first) {
            scalar = plain
        }
        let before = utf8.count
        utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
        for _ in before..<utf8.count { offsets.append(index) }
        index += width
    }
    offsets.append(bytes.count)
    return DecodedText(utf8: utf8, encoding: bigEndian ? "utf-16be" : "utf-16le", originalOffsets: offsets)
}

func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue: continue
        case .emptyInput: return true
        case .error: return false
        }
    }
}

/// Bytes 0x80–0x9F differ from Latin-1 in Windows-1252; the rest map straight through.
private func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
    let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
    if byte >= 0x80 && byte <= 0x9F {
        return Unicode.Scalar(high[Int(byte - 0x80)])!
    }
    return Unicode.Scalar(byte)
}
