import BriefingModel

/// A unit named without a number: "the dollar fell", "a small percent",
/// "the symbol is mcg". Not a figure (it has no value), so the pipeline never
/// stores one; `briefing figures --mentions` lists them, and the Recognizers-Text
/// suites expect them.
public struct UnitMention: Sendable, Equatable {
    public var range: ByteRange
    /// `.percent`, `.money` or `.quantity`.
    public var kind: FigureKind
    public var unit: String?
    public var currency: String?
}

extension FigureRecognizer {
    /// Every unit word in `text` that stands outside `figures` (the result of
    /// `recognize` on the same text) and outside web addresses.
    public func unitMentions(_ text: [UInt8], outside figures: [RecognizedFigure]) -> [UnitMention] {
        var mentions: [UnitMention] = []
        var tokens: [Token] = []
        let covered = figures.map { ByteRange(min($0.range.start, $0.qualifierRange?.start ?? .max), max($0.range.end, $0.qualifierRange?.end ?? 0)) }
            .sorted { $0.start < $1.start }
        var nextCovered = 0
        text.withUnsafeBufferPointer { buffer in
            var chunkStart = 0
            while chunkStart < buffer.count {
                let chunkEnd = nextChunkEnd(buffer, chunkStart, buffer.count)
                tokenize(buffer, chunkStart, chunkEnd, into: &tokens)
                var index = 0
                while index < tokens.count {
                    let token = tokens[index]
                    if token.isWord("http") || token.isWord("https") || token.isWord("www") {
                        index += 1
                        while index < tokens.count, tokens[index].glued { index += 1 }
                        continue
                    }
                    while nextCovered < covered.count, covered[nextCovered].end <= token.start { nextCovered += 1 }
                    if nextCovered < covered.count, covered[nextCovered].start <= token.start {
                        index += 1
                        continue
                    }
                    if let (mention, last) = mention(at: index, in: tokens) {
                        mentions.append(mention)
                        index = last + 1
                    } else {
                        index += 1
                    }
                }
                chunkStart = chunkEnd
            }
        }
        return mentions
    }

    /// The mention starting at `tokens[index]`, and its last token.
    private func mention(at index: Int, in tokens: [Token]) -> (UnitMention, Int)? {
        let token = tokens[index]
        func span(_ last: Int) -> ByteRange { ByteRange(token.start, tokens[last].end) }
        if token.isSymbol("%") {
            // "%28" and "%20" are escapes in an address, not a percent sign.
            if index + 1 < tokens.count, tokens[index + 1].glued, tokens[index + 1].kind != .symbol { return nil }
            return (UnitMention(range: span(index), kind: .percent, unit: "%"), index)
        }
        guard token.kind == .word, token.wordIndex != 0 else { return nil }
        let word = token.word
        if ["percent", "percentage", "percentages", "pct"].contains(word) {
            return (UnitMention(range: span(index), kind: .percent, unit: "%"), index)
        }
        if word == "per", index + 1 < tokens.count, tokens[index + 1].isWord("cent") {
            return (UnitMention(range: span(index + 1), kind: .percent, unit: "%"), index + 1)
        }
        if let code = Lexicon.currencyNames[token] ?? (word.count == 3 ? Lexicon.currencyCodes[token] : nil),
           !UnitMention.ambiguousCurrencyWords.contains(word) {
            return (UnitMention(range: span(index), kind: .money, currency: code), index)
        }
        // "metric ton": the unit as the tonne.
        if word == "metric", index + 1 < tokens.count, let found = Lexicon.quantityUnits[tokens[index + 1]],
           found.unit == "ton" || found.unit == "tonne" {
            return (UnitMention(range: span(index + 1), kind: .quantity, unit: "tonne"), index + 1)
        }
        if let found = Lexicon.quantityUnits[token], found.factor == 1, !Lexicon.ambiguousUnits.contains(word),
           !UnitMention.ambiguousQuantityWords.contains(word) {
            return (UnitMention(range: span(index), kind: .quantity, unit: found.unit), index)
        }
        return nil
    }
}

extension UnitMention {
    /// Currency words that are more often something else: "won", "real", "rand", and "pound" (also a weight).
    static let ambiguousCurrencyWords: Set<String> = ["won", "real", "rand", "pound", "pounds", "try", "franc", "francs", "lira"]
    /// Unit words that are more often ordinary English: "on foot", "a degree", "inch closer", "the yard".
    static let ambiguousQuantityWords: Set<String> = [
        "pound", "pounds", "foot", "feet", "inch", "inches", "yard", "yards", "degree", "degrees", "knot", "knots",
        "watt", "watts", "kilo", "kilos", "dram", "drachma", "radian", "radians", "carat", "carats", "turn", "turns",
    ]
}
