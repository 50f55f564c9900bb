import BriefingModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a paragraph of a scraped page is, when it is not article text.
enum NoiseKind: Equatable {
    /// Article text (or a heading, title, ...): keep.
    case none
    /// Page furniture standing alone (share counters, "Advertisement"): drop it.
    case single
    /// Starts the trailer of the page (comments, donation appeal): drop it and
    /// everything after it.
    case trailer
    /// Heads a list of links ("Related articles"): drop it and the short
    /// lines after it.
    case list
}

/// Lines that on their own mean the page's article text has ended.
private let trailerMarkers: Set<String> = [
    "no comments", "post a comment", "comments are closed", "comments", "leave a comment", "leave a reply",
    "donate", "donate here", "donate now", "support us", "support our journalism", "about the author",
    "share this article", "share this", "tags", "filed under", "join the conversation", "add a comment",
]

/// Lines that head a list of links to other articles.
private let listMarkers: Set<String> = [
    "related articles", "related", "related posts", "related stories", "read more", "read also", "also read",
    "more stories", "more from", "you may also like", "you might also like", "recommended", "recommended for you",
    "most read", "most popular", "popular", "trending", "latest news", "see also", "more on this story",
]

/// Page furniture that stands alone.
private let singleMarkers: Set<String> = [
    "advertisement", "sponsored", "share", "tweet", "email", "print", "comment", "like", "follow", "subscribe",
    "sign in", "log in", "menu", "skip to content", "skip to main content", "skip navigation", "listen to this article", "copy link", "whatsapp", "facebook",
    "twitter", "linkedin", "reddit", "telegram",
    // Labels above a press release's headline.
    "press release", "news release", "media release", "for immediate release", "immediate release",
]

/// Site banners above the page ("An official website of the United States government / Here's
/// how you know"), and archive notices: furniture, never a headline.
private let bannerPhrases = [
    "an official website of the", "here's how you know", "here’s how you know", "official websites use .gov",
    "website belongs to an official government organization", "secure .gov websites use https",
    "means you’ve safely connected to the .gov website", "means you've safely connected to the .gov website",
    "this is historical material", "this page has been archived", "this is an archived page",
    "you have accessed part of a historical collection", "may be outdated and links may not function",
]

/// Words that mark a fund-raising or paywall appeal (matched at the start of a word, so that
/// "donat" finds "donate" and "donation").
private let appealWords = [
    "donat", "support us", "supporting us", "newsletter", "sign up", "paywall", "continue reading",
    "already a subscriber", "unlimited access",
]

/// Words that mark an appeal only when the reader is asked directly ("your contribution"): a
/// company's own news says "our contribution" or "the subscription agreement".
private let weakAppealWords = ["contribution", "subscribe", "subscription"]

/// Words that mark payment details, as whole words ("iban" is no payment word inside
/// "Sibanye"); a paragraph holding one is payment details only with an account number in it.
private let paymentWords = ["iban", "ac #", "a/c", "account for", "account number", "account no", "swift code",
                            "bic", "sort code", "routing number", "vipps", "paypal", "bank account"]

/// Classifies one paragraph. `words` is its lower-cased text.
func classifyNoise(_ lowered: String) -> NoiseKind {
    // Markers and counters are a few words, furniture bars a line: a long
    // paragraph of prose skips those tests (a page may hold a million paragraphs).
    let length = lowered.utf8.count
    if length <= 80 {
        let key = lowered.trimmingSuffix(while: { ":.!…".contains($0) })
        if trailerMarkers.contains(key) || trailerMarkers.contains(withoutCount(key)) { return .trailer }
        if listMarkers.contains(key) { return .list }
        if singleMarkers.contains(key) || singleMarkers.contains(withoutCount(key)) { return .single }
        if isCounterLine(key) { return .single }
        if isShareButtonRow(key) { return .single }
    }
    if hasBarSeparator(lowered), isNavigationBar(lowered) || (length <= 800 && isFurnitureBar(lowered)) { return .single }
    if isLinkAfterMarker(lowered) { return .single }
    if paymentWords.contains(where: { containsWord(lowered, $0, prefixOnly: false) }), hasAccountNumber(lowered) { return .single }
    if length <= 1_200, lowered.count <= 300, bannerPhrases.contains(where: { containsBytes(lowered, $0) }) { return .single }
    if appealWords.contains(where: { containsWord(lowered, $0, prefixOnly: true) }), addressesReader(lowered) { return .single }
    if weakAppealWords.contains(where: { containsWord(lowered, $0, prefixOnly: true) }), asksReader(lowered) { return .single }
    return .none
}

/// Whether `text` holds `needle` starting at a word's start and, unless `prefixOnly`, ending at
/// a word's end. Bytes of non-ASCII letters count as letters.
func containsWord(_ text: String, _ needle: String, prefixOnly: Bool) -> Bool {
    func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
    let haystack = Array(text.utf8), wanted = Array(needle.utf8)
    guard !wanted.isEmpty, wanted.count <= haystack.count else { return false }
    var start = 0
    while start + wanted.count <= haystack.count {
        if haystack[start] == wanted[0], haystack[start..<(start + wanted.count)].elementsEqual(wanted),
           start == 0 || !isWordByte(haystack[start - 1]) || !isWordByte(wanted[0]) {
            let end = start + wanted.count
            if prefixOnly || end == haystack.count || !isWordByte(haystack[end]) || !isWordByte(wanted[wanted.count - 1]) { return true }
        }
        start += 1
    }
    return false
}

/// An account, sort or payment number: six digits or more, in groups split by single spaces or
/// hyphens ("0530 2294668", "20-45-11", "#557320"). A year or an amount ("4,000") is none.
private func hasAccountNumber(_ text: String) -> Bool {
    var digits = 0
    var previous: Character = " "
    for character in text {
        if character.isASCII, character.isNumber {
            digits += 1
            if digits >= 6 { return true }
        } else if (character == " " || character == "-"), previous.isNumber {
            // a separator inside a grouped number keeps the count
        } else {
            digits = 0
        }
        previous = character
    }
    return false
}

/// Whether `text` holds `needle`, compared as UTF-8 bytes (Foundation's
/// `contains` goes through NSString and is many times slower).
func containsBytes(_ text: String, _ needle: String) -> Bool {
    var text = text
    var needle = needle
    return text.withUTF8 { haystack in
        needle.withUTF8 { wanted in
            guard let first = wanted.first else { return true }
            guard wanted.count <= haystack.count else { return false }
            var index = 0
            let last = haystack.count - wanted.count
            while index <= last {
                if haystack[index] == first, memcmp(haystack.baseAddress! + index, wanted.baseAddress!, wanted.count) == 0 { return true }
                index += 1
            }
            return false
        }
    }
}

/// The separators of menus and tickers, as UTF-8: a line without one is no bar.
private let barSeparatorBytes = ["|", "•", "·", "›", "»", "▲", "▼"]

private func hasBarSeparator(_ line: String) -> Bool {
    barSeparatorBytes.contains { containsBytes(line, $0) }
}

/// A weak appeal word counts only where the reader is asked: "you", "your", "please".
private func asksReader(_ text: String) -> Bool {
    let padded = " " + text.map { $0.isLetter ? $0 : " " }.map(String.init).joined() + " "
    return [" you ", " your ", " please "].contains { padded.contains($0) }
}

/// Appeals speak to the reader ("support us", "your contribution"); news that
/// mentions a contribution or a subscription does not.
private func addressesReader(_ text: String) -> Bool {
    let padded = " " + text.map { $0.isLetter ? $0 : " " }.map(String.init).joined() + " "
    return [" us ", " our ", " you ", " your ", " please ", " we "].contains { padded.contains($0) }
}

/// "126", "1.2K shares", "14 comments", "3 min read": counters and furniture.
private func isCounterLine(_ line: String) -> Bool {
    let words = line.split(separator: " ")
    guard let first = words.first, words.count <= 3 else { return false }
    let numeric = first.allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "k" || $0 == "m" }
        && first.contains(where: { $0.isNumber })
    guard numeric else { return false }
    let furniture: Set<Substring> = ["shares", "share", "comments", "comment", "views", "likes", "min", "read", "reads", "minutes", "retweets"]
    return words.dropFirst().allSatisfy { furniture.contains($0) }
}

/// The names of share buttons, which a copied page leaves as a row of words.
private let shareButtonWords: Set<Substring> = [
    "share", "tweet", "email", "e-mail", "print", "facebook", "twitter", "x", "linkedin", "reddit", "telegram",
    "whatsapp", "pinterest", "messenger", "copy", "link", "save", "mail", "bluesky", "threads",
]

/// "Facebook Twitter Email", "Share on Facebook": a row of share buttons.
private func isShareButtonRow(_ line: String) -> Bool {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
    guard words.count >= 2, words.count <= 10 else { return false }
    return words.allSatisfy { shareButtonWords.contains($0) || $0 == "on" || $0 == "via" }
}

/// "Home | Markets | Gold $2,650.10 ▲ | Brent $74.20": a bar of short items (menus,
/// tickers, price strips) whose numbers are page furniture, not the article's figures.
private func isNavigationBar(_ line: String) -> Bool {
    let separators: Set<Character> = ["|", "•", "·", "›", "»", "▲", "▼"]
    let items = line.split(whereSeparator: { separators.contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard items.count >= 3 else { return false }
    // Sentence ends are stops before a space or the end ("2,650.10" is a price, not an end).
    let sentenceEnds = zip(line, line.dropFirst().map(Optional.some) + [nil]).filter { ".!?".contains($0.0) && ($0.1 == nil || $0.1 == " ") }.count
    return items.allSatisfy { $0.split(separator: " ").count <= 4 } && sentenceEnds <= items.count / 2
}

/// "comments (45)" → "comments": a marker with its counter taken off.
private func withoutCount(_ text: String) -> String {
    text.filter { !$0.isNumber && $0 != "(" && $0 != ")" && $0 != "[" && $0 != "]" }
        .trimmingCharacters(in: .whitespaces).trimmingSuffix(while: { ":.!…".contains($0) })
}

/// "Related: Top 10 copper mines | Comments (45) | Share this article": a bar with at
/// least one item that is page furniture, and no sentences.
private func isFurnitureBar(_ line: String) -> Bool {
    let items = line.split(whereSeparator: { "|•·›»".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard items.count >= 2, line.count <= 200 else { return false }
    let sentenceEnds = zip(line, line.dropFirst().map(Optional.some) + [nil]).filter { ".!?".contains($0.0) && ($0.1 == nil || $0.1 == " ") }.count
    guard sentenceEnds == 0 else { return false }
    return items.contains { item in
        let bare = withoutCount(item)
        return trailerMarkers.contains(bare) || singleMarkers.contains(bare) || listMarkers.contains(bare) || isLinkAfterMarker(item)
    }
}

/// "Read more: Chile's copper output hits a record": one link after a list marker.
private func isLinkAfterMarker(_ line: String) -> Bool {
    // The longest marker is a few words: its colon comes early or not at all.
    guard line.utf8.prefix(40).contains(UInt8(ascii: ":")), let colon = line.firstIndex(of: ":"), listMarkers.contains(String(line[..<colon]).trimmingCharacters(in: .whitespaces)) else { return false }
    return looksLikeLinkLine(line)
}

/// Keeps the paragraphs that are article text, in order, and says which were dropped.
func dropNoise(_ paragraphs: [ByteRange], lowered: [String]) -> [ByteRange] {
    var kept: [ByteRange] = []
    var inList = false
    var sawProse = false
    for (range, text) in zip(paragraphs, lowered) {
        var kind = classifyNoise(text)
        // "Share this article" or "Comments" above the story is a toolbar: only after the
        // story's prose has begun does such a marker mean the article text has ended.
        if kind == .trailer, !sawProse { kind = .single }
        if kind == .trailer { break }
        if kind == .list { inList = true; continue }
        if inList {
            // A list of links is a run of short title lines; real prose ends it.
            if looksLikeLinkLine(text) { continue }
            inList = false
        }
        if kind == .single { continue }
        kept.append(range)
        if !sawProse, isProse(text) { sawProse = true }
    }
    return kept
}

/// A paragraph of running text: eight words or more with a sentence end.
private func isProse(_ text: String) -> Bool {
    text.split(separator: " ").count >= 8 && text.contains(where: { ".!?".contains($0) })
}

private func looksLikeLinkLine(_ text: String) -> Bool {
    let sentenceEnds = text.filter { $0 == "." || $0 == "?" || $0 == "!" }.count
    return text.count <= 160 && sentenceEnds <= 1
}

extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var copy = self
        while let last = copy.last, predicate(last) { copy.removeLast() }
        return copy
    }
}
