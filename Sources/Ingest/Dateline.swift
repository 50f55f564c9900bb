import BriefingModel

/// The wire-style dateline that opens a story: "SALTA, Argentina –",
/// "ULAANBAATAR, June 12, 2024 (Reuters) -", "jakarta , aug 3 ( reuters ) -".
struct DatelinePrefix {
    /// Where the story's own first sentence starts.
    var storyStart: Int
    /// The outlet named in brackets, if any ("Reuters").
    var outlet: String?
    /// The prefix text, for a date when the page has no dateline of its own.
    var text: String
}

private let monthWords: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]

/// Finds a dateline before the first dash of a paragraph's first 90 bytes.
func findDatelinePrefix(_ text: [UInt8], _ paragraph: ByteRange) -> DatelinePrefix? {
    let limit = min(paragraph.end, paragraph.start + 90)
    var index = paragraph.start
    while index < limit {
        // " - ", " – " (E2 80 93), " — " (E2 80 94), " -- "
        var dashLength = 0
        if text[index] == UInt8(ascii: " "), index + 2 < paragraph.end {
            if text[index + 1] == UInt8(ascii: "-") {
                dashLength = text[index + 2] == UInt8(ascii: "-") ? 3 : 2
            } else if index + 3 < paragraph.end, text[index + 1] == 0xE2, text[index + 2] == 0x80,
                      text[index + 3] == 0x93 || text[index + 3] == 0x94 {
                dashLength = 4
            }
        }
        if dashLength > 0, index + dashLength < paragraph.end, text[index + dashLength] == UInt8(ascii: " ") {
            let prefix = String(decoding: text[paragraph.start..<index], as: UTF8.self)
            guard isDateline(prefix) else { return nil }
            var outlet: String?
            if let open = prefix.firstIndex(of: "("), let close = prefix.lastIndex(of: ")"), open < close {
                let inside = prefix[prefix.index(after: open)..<close].trimmingCharacters(in: " ")
                if !inside.isEmpty {
                    outlet = inside.prefix(1).uppercased() + inside.dropFirst()
                }
            }
            return DatelinePrefix(storyStart: index + dashLength + 1, outlet: outlet, text: prefix)
        }
        if text[index] == UInt8(ascii: ".") && index + 1 < limit && text[index + 1] == UInt8(ascii: " ") {
            // A full stop first: this paragraph opens with a sentence, not a dateline.
            // (unless it ends an abbreviation such as "Aug." or "U.S.").
            let before = String(decoding: text[paragraph.start..<index], as: UTF8.self)
            let lastWord = before.split(separator: " ").last.map { $0.lowercased() } ?? ""
            if !monthWords.contains(lastWord) && lastWord.count > 3 { return nil }
        }
        index += 1
    }
    return nil
}

/// A place in capitals, or a prefix naming an outlet in brackets or a month.
private func isDateline(_ prefix: String) -> Bool {
    let words = prefix.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    guard let first = words.first, words.count <= 10 else { return false }
    let letters = first.filter(\.isLetter)
    if letters.count >= 3, letters.allSatisfy(\.isUppercase) { return true }
    if prefix.contains("("), prefix.contains(")") { return true }
    if words.contains(where: { monthWords.contains($0.lowercased().filter { $0 != "." }) }) { return true }
    // "Zenda, Ruritania —": a place and its country, every word capitalised, one comma between.
    let parts = prefix.split(separator: ",", omittingEmptySubsequences: false).map { $0.split(separator: " ") }
    return parts.count == 2 && words.count <= 6 && parts.allSatisfy { part in
        !part.isEmpty && part.count <= 3 && part.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" } }
    }
}
