import BriefingModel

private let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"]
private let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

/// Gives each kept paragraph its role: title, dateline, byline, heading, caption or body.
func assignRoles(_ text: [UInt8], _ paragraphs: [ByteRange]) -> [Paragraph] {
    var result: [Paragraph] = []
    var sawTitle = false
    var sawBody = false
    for range in paragraphs {
        let string = String(decoding: text[range.start..<range.end], as: UTF8.self)
        let role: ParagraphRole
        if string.count <= 60, parseDateline(string) != nil || placeAndDate(string) != nil {
            role = .dateline
        } else if parseByline(string) != nil {
            role = .byline
        } else if isCaption(string) {
            role = .caption
        } else if isListItem(string) {
            // "- A $300 million loan from KfW", "• 85% held by Meridian": list items are text.
            role = .body
            sawBody = true
        } else if sawBody, looksLikeHeading(string), string.split(separator: " ").count >= 5, !isTitleCase(string) {
            // After the story has begun, a line of five words or more in sentence case without a
            // full stop is text the writer left unpunctuated ("The project will cost about $900
            // million", a last paragraph cut off), not a section heading: headings are short or
            // capitalised, and one read as text costs nothing (it holds no figure to misread).
            role = .body
        } else if looksLikeHeading(string) || (!sawTitle && !sawBody && looksLikeLowercaseHeadline(string)) {
            // A one- or two-word label ("Challenge", "Key terms") is a section heading, not a headline.
            let isLabel = string.split(separator: " ").count < 3
            role = (!sawTitle && !sawBody && !isLabel) ? .title : .heading
            if role == .title { sawTitle = true }
        } else {
            role = .body
            sawBody = true
        }
        result.append(Paragraph(range: range, role: role))
    }
    return result
}

/// A short line with no closing full stop: a headline or a section heading.
private func looksLikeHeading(_ string: String) -> Bool {
    guard string.count <= 200, let last = string.last else { return false }
    if ".!?:;,".contains(last) { return false }
    if last == "”" || last == "\"" { return false }
    let words = string.split(separator: " ")
    return words.count >= 1 && words.count <= 30 && (string.first?.isUppercase ?? false || string.first?.isNumber ?? false)
}

/// "Office of Strategic Capital Agrees to Joint $700M Loan": most words capitalised, as headlines are.
private func isTitleCase(_ string: String) -> Bool {
    let words = string.split(separator: " ").filter { $0.first?.isLetter == true }
    let small: Set<String> = ["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "at", "by", "from", "as"]
    let content = words.filter { !small.contains($0.lowercased()) }
    guard !content.isEmpty else { return false }
    return Double(content.filter { $0.first!.isUppercase }.count) / Double(content.count) >= 0.7
}

/// A bulleted or numbered list item: "- text", "• text", "* text", "1. text", "2) text".
private func isListItem(_ string: String) -> Bool {
    let scalars = Array(string.unicodeScalars.prefix(5))
    guard scalars.count >= 3 else { return false }
    if ["-", "•", "*", "–", "—", "·", "▪", "◦"].contains(String(scalars[0])), scalars[1] == " " { return true }
    var index = 0
    while index < scalars.count, scalars[index].properties.numericType != nil { index += 1 }
    return index > 0 && index < 3 && index + 1 < scalars.count && (scalars[index] == "." || scalars[index] == ")") && scalars[index + 1] == " "
}

/// Lower-cased newswire puts the headline first with no full stop.
private func looksLikeLowercaseHeadline(_ string: String) -> Bool {
    guard string.count <= 200, let last = string.last, !".!?:;,".contains(last) else { return false }
    return string.split(separator: " ").count >= 3
}

/// Photo credits and captions: text about a picture, not reporting.
private func isCaption(_ string: String) -> Bool {
    let lowered = string.lowercased()
    return lowered.contains("credit:") || lowered.hasPrefix("photo:") || lowered.hasPrefix("image:")
        || lowered.contains("(photo:") || lowered.contains("getty images") || lowered.hasPrefix("file photo")
}

/// "Wednesday, October 22, 2025", "22 October 2025", "2025-10-22" → `2025-10-22`.
public func parseDateline(_ string: String) -> String? {
    let words = string.lowercased()
        .replacingOccurrences(of: ",", with: " ")
        .replacingOccurrences(of: ".", with: " ")
        .split(separator: " ").map(String.init)
        .filter { !weekdayNames.contains($0) && !["updated", "published", "posted", "on", "at"].contains($0) }
    if words.count == 1, words[0].count == 10 {
        let parts = words[0].split(separator: "-")
        if parts.count == 3, parts[0].count == 4, let _ = Int(parts[0]), let _ = Int(parts[1]), let _ = Int(parts[2]) {
            return words[0]
        }
    }
    guard words.count >= 3 else { return nil }
    var month: Int?
    var day: Int?
    var year: Int?
    for word in words.prefix(4) {
        if let index = monthNames.firstIndex(where: { $0 == word || ($0.hasPrefix(word) && word.count >= 3) }) {
            month = index + 1
        } else if let number = Int(word.filter(\.isNumber)), word.first?.isNumber == true {
            if number >= 1000 { year = number } else if number >= 1 && number <= 31 { day = number }
        } else if month != nil && day != nil && year != nil {
            break
        } else {
            return nil
        }
    }
    guard let month, let day, let year else { return nil }
    return "\(year)-\(pad2(month))-\(pad2(day))"
}

/// "LIMA, Sept 18, 2025": a place in capitals, then the date.
func placeAndDate(_ string: String) -> String? {
    guard let comma = string.firstIndex(of: ","), string[..<comma].allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" }),
          string[..<comma].contains(where: \.isLetter) else { return nil }
    return parseDateline(String(string[string.index(after: comma)...]))
}

private func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

/// The date inside a wire dateline: "ULAANBAATAR, June 12, 2024 (Reuters)" → 2024-06-12.
func datelineDate(_ prefix: String) -> String? {
    var words = prefix.replacingOccurrences(of: "(", with: " ").replacingOccurrences(of: ")", with: " ")
        .split(separator: " ").map(String.init)
    while !words.isEmpty {
        if let date = parseDateline(words.joined(separator: " ")) { return date }
        words.removeFirst()
    }
    return nil
}

/// "By Jane Doe", "(By Joe Deaux and Josh Wingrove)" → the names.
public func parseByline(_ string: String) -> String? {
    var body = Substring(string)
    if body.hasPrefix("("), body.hasSuffix(")") { body = body.dropFirst().dropLast() }
    guard body.hasPrefix("By ") || body.hasPrefix("by ") || body.hasPrefix("BY ") else { return nil }
    let names = body.dropFirst(3).trimmingCharacters(in: " ")
    guard !names.isEmpty, names.count <= 100, !names.contains(". ") else { return nil }
    guard names.first?.isUppercase == true else { return nil }
    return String(names)
}

extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var copy = self
        while copy.first == set { copy = copy.dropFirst() }
        while copy.last == set { copy = copy.dropLast() }
        return copy
    }
}
