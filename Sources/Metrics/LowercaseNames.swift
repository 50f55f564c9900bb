import BriefingModel

/// Names in text that has lost its capitals (lower-cased, tokenized
/// newswire): anchored on legal forms ("korea metals co", "pt nusantara
/// nickel") and on country names, then found again wherever their core
/// ("nusantara nickel") recurs.
enum LowercaseNames {
    /// A source is treated this way when under 1% of its letters are capitals.
    static func isLowercased(_ source: SourceDocument) -> Bool {
        var letters = 0
        var capitals = 0
        for byte in source.text {
            if byte >= 0x61 && byte <= 0x7A { letters += 1 } else if byte >= 0x41 && byte <= 0x5A { letters += 1; capitals += 1 }
        }
        return letters > 200 && capitals * 100 < letters
    }

    private static let suffixes: Set<String> = ["co", "corp", "inc", "ltd", "llc", "plc", "group", "holdings", "bank", "fund", "sa", "ag", "nv", "tbk"]
    private static let prefixes: Set<String> = ["pt", "jsc", "pjsc", "ojsc"]
    /// Words that cannot be part of a name: function words and common reporting verbs.
    private static let breakers: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from", "its", "it", "is", "was", "are",
        "has", "had", "have", "will", "would", "said", "says", "say", "sell", "sold", "buy", "bought", "keep", "kept", "which",
        "that", "this", "unit", "stake", "company", "statement", "on", "thursday", "friday", "monday", "tuesday", "wednesday",
        "can", "could", "may", "about", "more", "than", "percent", "reuters", "s",
    ]

    /// Names in one sentence's words; `cores` are names already found elsewhere.
    static func mentions(in words: [Word], sentence: Sentence, cores: Set<String>) -> [Mention] {
        var found: [(Int, Int)] = []
        let lower = words.map(\.lower)
        for (index, word) in lower.enumerated() {
            if suffixes.contains(word), index > 0 {
                var start = index
                while start > 0, index - start < 3, !breakers.contains(lower[start - 1]), !words[start - 1].endsRun,
                      lower[start - 1].first?.isLetter == true, !Gazetteer.demonyms.contains(lower[start - 1]) {
                    start -= 1
                }
                if start < index { found.append((start, index)) }
            } else if prefixes.contains(word) {
                var end = index
                while end + 1 < words.count, end - index < 3, !breakers.contains(lower[end + 1]), !words[end].endsRun,
                      lower[end + 1].first?.isLetter == true {
                    end += 1
                }
                if end > index { found.append((index, end)) }
            } else if Gazetteer.countries[word] != nil, word.count > 2 {
                found.append((index, index))
            }
        }
        // Cores found in other sentences: "nusantara nickel will keep ...".
        for core in cores {
            let parts = core.split(separator: " ").map(String.init)
            guard !parts.isEmpty, parts.count <= words.count else { continue }
            for start in 0...(words.count - parts.count) where Array(lower[start..<(start + parts.count)]) == parts {
                let end = start + parts.count - 1
                if !found.contains(where: { $0.0 <= start && end <= $0.1 }) { found.append((start, end)) }
            }
        }
        // Longest first; a name inside another ("korea" in "korea metals co") is dropped.
        var kept: [(Int, Int)] = []
        for range in found.sorted(by: { ($0.1 - $0.0) > ($1.1 - $1.0) }) where !kept.contains(where: { $0.0 <= range.1 && range.0 <= $0.1 }) {
            kept.append(range)
        }
        return kept.sorted { $0.0 < $1.0 }.map { start, end in
            let name = start == end ? displayWord(words[start].text, alone: true)
                : (start...end).map { displayWord(words[$0].text, alone: false) }.joined(separator: " ")
            return Mention(name: name, sourceID: sentence.sourceID, sentenceID: sentence.id, start: words[start].start,
                           end: words[end].end, firstWord: start, lastWord: end, isPerson: false, aliasOfPrevious: false)
        }
    }

    /// The core of a legal name: "pt nusantara nickel" → "nusantara nickel".
    static func core(_ name: String) -> String? {
        var parts = name.lowercased().split(separator: " ").map(String.init)
        while let first = parts.first, prefixes.contains(first) { parts.removeFirst() }
        while let last = parts.last, suffixes.contains(last) || Gazetteer.legalForms.contains(last) { parts.removeLast() }
        return parts.count >= 1 && Gazetteer.countries[parts.joined(separator: " ")] == nil ? parts.joined(separator: " ") : nil
    }

    /// "nusantara" → "Nusantara", "pt" → "PT", "co" → "Co".
    static func displayWord(_ word: String, alone: Bool) -> String {
        if prefixes.contains(word.lowercased()) || ["llc", "plc", "sa", "ag", "nv"].contains(word.lowercased()) { return word.uppercased() }
        if alone, let country = Gazetteer.countries[word.lowercased()] { return country }
        return word.prefix(1).uppercased() + word.dropFirst()
    }
}
