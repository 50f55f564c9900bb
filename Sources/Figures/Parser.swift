import BriefingModel

/// The grammar over one chunk's tokens:
///
///     figure    := [qualifier] amount [("to" | "-" | "and") amount] [post-qualifier]
///                | "between" amount "and" amount | date
///     amount    := [sign] [currency] number [scale] [unit | currency | percent]
///     number    := digits [fraction] | number words
///
/// Tokens that look like identifiers (account numbers, `C5+1`, `#557320`,
/// `0530 2294668`) are skipped whole.
struct FigureParser {
    let tokens: [Token]
    let text: UnsafeBufferPointer<UInt8>
    var index = 0

    init(tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        self.tokens = tokens
        self.text = text
    }

    /// Symbols a figure can start with: currencies, signs, qualifiers, `#` (which starts an identifier).
    static let startSymbols: Set<Unicode.Scalar> = ["$", "€", "£", "¥", "₹", "₸", "₽", "₩", "₺", "-", "−", "+", "~", "∼", "≈", ">", "<",
                                                   "≥", "≤", "#", "½", "¼", "¾", "⅓", "⅔", "⅛", "⅜", "⅝", "⅞", "⅕", "⅖", "⅗", "⅘", "⅙", "⅚", "⅐", "⅑", "⅒", "₡", "₾", "₭", "₿"]

    /// Words after "1.8m" that make it a length, not a million.
    static let wordsAfterLengths: Set<String> = [
        "tall", "long", "high", "wide", "deep", "thick", "away", "above", "below", "from", "in", "of", "and", "or", "to", "x", "by",
        "is", "equals",
    ]

    /// ASCII start symbols as a bit mask, so that commas and full stops cost no hashing.
    static let asciiStartMask: (UInt64, UInt64) = {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for scalar in startSymbols where scalar.value < 128 {
            if scalar.value < 64 { low |= 1 << UInt64(scalar.value) } else { high |= 1 << UInt64(scalar.value - 64) }
        }
        return (low, high)
    }()

    @inline(__always) static func isStartSymbol(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return asciiStartMask.0 & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiStartMask.1 & (1 << UInt64(value - 64)) != 0 }
        return startSymbols.contains(scalar)
    }

    /// "a" starts a figure only before these ("a quarter million", "a minimum of").
    static let afterArticle: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "quarter", "half",
                                            "minimum", "maximum"]

    /// True when a digit, a currency sign or a number word comes within the next five tokens.
    @inline(__always) func numberFollows(_ index: Int) -> Bool {
        var look = index + 1
        let limit = min(tokens.count, index + 6)
        while look < limit {
            let token = tokens[look]
            if token.kind == .number || token.isNumberWord || (token.kind == .symbol && FigureParser.isStartSymbol(token.scalar)) {
                return true
            }
            look += 1
        }
        return false
    }

    mutating func run(into results: inout [RecognizedFigure]) {
        while index < tokens.count {
            let token = tokens[index]
            // Most tokens are ordinary words and punctuation: nothing starts there.
            if token.kind == .word && !token.canStart { index += 1; continue }
            // Qualifiers, currency words and months lead to a figure only when a number follows soon.
            if token.kind == .word, !token.isNumberWord, !numberFollows(index) { index += 1; continue }
            // Web addresses are full of digits and percent signs that are no figures.
            if token.word == "http" || token.word == "https" || token.word == "www" {
                index += 1
                while index < tokens.count, tokens[index].glued { index += 1 }
                continue
            }
            if token.kind == .word, token.word == "a" || token.word == "an",
               !(index + 1 < tokens.count && (FigureParser.afterArticle.contains(tokens[index + 1].word)
                    || Lexicon.ordinals[tokens[index + 1]] != nil || Lexicon.tens[tokens[index + 1]] != nil
                    || Lexicon.durationUnits[tokens[index + 1]] != nil || tokens[index + 1].isWord("couple") || tokens[index + 1].isWord("few")
                    || (tokens[index + 1].isSymbol("$") && tokens[index + 1].glued))) { index += 1; continue }
            if token.kind == .symbol && !FigureParser.isStartSymbol(token.scalar) { index += 1; continue }
            if let skipTo = identifierRunEnd(at: index) {
                index = skipTo
                continue
            }
            // "absolute zero" names a temperature: 0 kelvin.
            if index > 0, tokens[index - 1].wordIndex != 0, tokens[index - 1].isWord("absolute"), token.isWord("zero"), token.spaceBefore {
                var figure = RecognizedFigure(range: ByteRange(tokens[index - 1].start, token.end), kind: .quantity, value: 0, unit: "kelvin",
                                              currency: nil, qualifier: .exact, qualifierRange: nil, low: nil, high: nil, isoDate: nil)
                figure.numberRange = ByteRange(token.start, token.end)
                figure.numberValue = 0
                results.append(figure)
                index += 1
                continue
            }
            if let date = parseDate(at: index) {
                if let figure = date.figure { results.append(figure) }
                index = date.next
                continue
            }
            if let (figure, next) = parseReversedPercent(at: index) ?? parseFigure(at: index) {
                results.append(figure)
                index = next
                continue
            }
            index += 1
        }
    }

    /// "percent of 10", "per cent of twenty-two": the percentage named before its number.
    private func parseReversedPercent(at start: Int) -> (RecognizedFigure, Int)? {
        var position = start
        if tokens[position].isWord("per"), position + 1 < tokens.count, tokens[position + 1].isWord("cent") { position += 1 }
        guard position + 2 < tokens.count, tokens[position].isWord("percent") || tokens[position].isWord("cent") && position > start
                || tokens[position].isWord("percents"),
              tokens[position + 1].isWord("of"),
              tokens[position + 2].kind == .number || tokens[position + 2].isNumberWord,
              let (number, _, last) = parseNumber(at: position + 2) else { return nil }
        // "percent of 2024 revenue", "percent of 30 companies": a year or a count of things follows.
        if last + 1 < tokens.count, tokens[last + 1].kind == .word { return nil }
        if tokens[position + 2].kind == .number, tokens[position + 2].integerDigits == 4 { return nil }
        var figure = RecognizedFigure(range: ByteRange(tokens[start].start, tokens[last].end), kind: .percent, value: number.value,
                                      unit: "%", currency: nil, qualifier: .exact, qualifierRange: nil, low: nil, high: nil, isoDate: nil)
        figure.numberRange = ByteRange(tokens[position + 2].start, tokens[last].end)
        figure.numberValue = number.value
        return (figure, last + 1)
    }

    // MARK: - Figures with qualifiers and ranges

    private func parseFigure(at start: Int) -> (RecognizedFigure, Int)? {
        var position = start
        var qualifier: Qualifier = .exact
        var qualifierRange: ByteRange?
        var betweenRange = false

        if tokens[position].isWord("between") {
            betweenRange = true
            position += 1
        } else if let (found, length) = matchQualifier(at: position) {
            qualifier = found
            qualifierRange = ByteRange(tokens[position].start, tokens[position + length - 1].end)
            position += length
        }
        guard position < tokens.count, identifierRunEnd(at: position) == nil,
              var first = parseAmount(at: position)
                ?? halfAfterQualifier(at: position, qualified: qualifier != .exact || tokens[position].isNumberWord && remainingBefore(position)) else { return nil }
        let next = first.last + 1
        // "three-nought-four": a number inside a hyphenated chain starts no range.
        let inChain = start > 0 && tokens[start - 1].isSymbol("-") && tokens[start].glued

        // "a 10- to 15-year loan": the first unit is left hanging on a hyphen.
        let hangingHyphen = next + 2 < tokens.count && tokens[next].isSymbol("-") && tokens[next].glued && tokens[next + 1].isWord("to")
        let secondStart = hangingHyphen ? next + 2 : next + 1

        // "rose 12.4pc to 48.20", "fell by 5% to 300": a change, then the level it reached.
        let changeThenLevel = next < tokens.count && tokens[next].isWord("to") && start > 0 && Self.changeVerbs.contains { tokens[start - 1].isWordText($0, in: text) }
        // A range: "30 to 40 years", "$2.1-2.4bn", "between 5 and 7 percent".
        if !inChain, next < tokens.count, isRangeConnector(tokens[next], between: betweenRange, after: first),
           secondStart < tokens.count, var second = parseAmount(at: secondStart) {
            let secondAsWritten = second
            var low = first
            low.inherit(from: second)
            second.inherit(from: low)
            // "US$1,350-1,450/oz": the second end, given its currency, may say what the price is per.
            if second.currency != nil, second.moneyPer == nil, let (per, rateEnd) = parseMoneyRate(at: second.last + 1) {
                second.moneyPer = per
                second.last = rateEnd
                if low.moneyPer == nil { low.moneyPer = per }
            }
            // "temperatures ranged from -18 °C to -34 °C": a range may be written high to low after "ranged".
            if low.value > second.value, rangedBefore(start), low.kind == second.kind, compatible(low, second) {
                swap(&low.number, &second.number)
                swap(&low.negative, &second.negative)
            }
            // "12% to $4.35" is two figures: both ends state a unit, and they differ.
            // ("grew 30 to 40 percent" is still a range: there the unit comes once, at the end.)
            if low.value < second.value, low.kind == second.kind, compatible(low, second),
               !(first.hasUnit && secondAsWritten.hasUnit && !compatible(first, secondAsWritten, perStatedOnce: true)),
               !(changeThenLevel && first.hasUnit && !secondAsWritten.hasUnit) {
                first = low
                let low = first.value
                let high = second.value
                var rangeWords = betweenRange ? ByteRange(tokens[start].start, tokens[start].end) : qualifierRange
                if rangeWords == nil, start > 0, tokens[start - 1].isWord("from") {
                    rangeWords = ByteRange(tokens[start - 1].start, tokens[start - 1].end)
                }
                let figure = RecognizedFigure(
                    range: ByteRange(tokens[first.first].start, tokens[second.last].end),
                    kind: second.kind, value: low, unit: second.unitName, currency: second.currency,
                    qualifier: .range, qualifierRange: rangeWords,
                    low: low, high: high, isoDate: second.kind == .date ? "\(Int(low))/\(Int(high))" : nil)
                return (figure, second.last + 1)
            }
            // "2024-25", "555-1234": a glued hyphen that is no range hides an identifier
            // (between words, as in "three-nought-four", each number stands alone).
            if tokens[next].isSymbol("-"), tokens[next].glued, tokens[next + 1].glued, tokens[first.last].kind == .number {
                return nil
            }
        }
        if betweenRange { qualifier = .exact }
        // "$1 billion over five years" spreads an amount across the time: the duration is exact.
        // "for over five years", "over 30 years old" and "over a year ago" still mean more than.
        if qualifier == .atLeast, first.durationUnit != nil, tokens[start].isWord("over"), position == start + 1,
           !(first.last + 1 < tokens.count && (tokens[first.last + 1].isWordText("old", in: text) || tokens[first.last + 1].isWord("ago"))),
           !(start > 0 && ["for", "in", "after", "of", "than", "within", "since", "to", "at", "lasting", "taking", "took", "takes"].contains {
               tokens[start - 1].isWordText($0, in: text) }) {
            qualifier = .exact
            qualifierRange = nil
        }

        // "80% or more", "$5 million or so".
        var end = next
        if end + 1 < tokens.count, tokens[end].isWord("or") {
            let after = tokens[end + 1]
            let post: Qualifier? = after.isWord("more") || after.isWord("above") || after.isWord("higher") ? .atLeast
                : after.isWord("less") || after.isWord("fewer") || after.isWord("below") ? .atMost
                : after.isWord("so") ? .approx : nil
            if let post, qualifier == .exact || qualifier == .approx && post != .approx {
                qualifier = post
                qualifierRange = ByteRange(tokens[end].start, tokens[end + 1].end)
                end += 2
            }
        }

        // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 50".
        // "17 USD 25", "c $ 100 and fifty".
        let namedAfter = tokens[first.last].kind == .word
            && (Lexicon.currencyNames[tokens[first.last]] != nil || Lexicon.currencyCodes[tokens[first.last]] != nil)
        if first.currency != nil, !first.subunit, !first.hasScale, end < tokens.count,
           namedAfter || (tokens[end].isWord("and") && first.number.exponent == 0) {
            var look = end
            if look < tokens.count, tokens[look].isWord("and") { look += 1 }
            if look < tokens.count, tokens[look].spaceBefore, let (cents, _, centsEnd) = parseNumber(at: look), cents.value >= 1, cents.value < 100,
               cents.value == cents.value.rounded(), !startsAnotherAmount(after: centsEnd) {
                var last = centsEnd
                if last + 1 < tokens.count, tokens[last + 1].isWord("cents") || tokens[last + 1].isWord("cent") { last += 1 }
                first.number = Decimal(mantissa: first.number.value * 100 + cents.value, exponent: -2)
                first.last = last
                end = last + 1
            }
        }

        // "5 ft 2 in", "5 feet and 2 inches": one length, in feet.
        if first.quantityUnit == "foot", end < tokens.count {
            var look = end
            if tokens[look].isWord("and") { look += 1 }
            if look + 1 < tokens.count, tokens[look].kind == .number, !tokens[look].hasFraction,
               tokens[look + 1].isWord("in") || tokens[look + 1].isWord("inch") || tokens[look + 1].isWord("inches") {
                first.number = Decimal(mantissa: first.number.value + tokens[look].number.value / 12, exponent: 0)
                first.last = look + 1
                end = look + 2
            }
        }

        // "1 year 1 month 21 days", "one week three days": one duration, in the smallest unit.
        if first.durationUnit != nil, qualifier == .exact || qualifier == .approx || qualifier == .atLeast || qualifier == .atMost {
            var totalDays = Self.days(first)
            var cursor = end
            var smallest = first.durationUnit!
            while cursor < tokens.count {
                // "1 hour and 30 minutes"
                let partStart = tokens[cursor].isWord("and") && cursor + 1 < tokens.count ? cursor + 1 : cursor
                guard tokens[partStart].kind == .number || Lexicon.units[tokens[partStart]] != nil,
                      let next = parseAmount(at: partStart), let unit = next.durationUnit, let days = Self.days(next), totalDays != nil else { break }
                // "3 months and 2 weeks and 2 days ago": a chain of "and"s, or "ago", ends in a date, not one duration.
                if partStart != cursor, next.last + 1 < tokens.count, tokens[next.last + 1].isWord("and") || tokens[next.last + 1].isWord("ago") { break }
                totalDays! += days
                if (Self.dayLength[unit] ?? 0) < (Self.dayLength[smallest] ?? 0) { smallest = unit }
                first.last = next.last
                cursor = next.last + 1
            }
            if cursor != end, let totalDays, let length = Self.dayLength[smallest] {
                first.number = Decimal(mantissa: totalDays / length, exponent: 0)
                first.durationUnit = smallest
                first.scalePower = 0
                end = cursor
            }
        }

        // "above 1000 and below 1500": a floor and a ceiling make a range.
        if qualifier == .atLeast || qualifier == .atMost, end + 1 < tokens.count,
           tokens[end].isWord("and") || tokens[end].isWord("but") || tokens[end].isSymbol(","),
           let (otherQualifier, length) = matchQualifier(at: end + 1), otherQualifier != qualifier,
           otherQualifier == .atLeast || otherQualifier == .atMost, end + 1 + length < tokens.count,
           let second = parseAmount(at: end + 1 + length), second.kind == first.kind || !second.hasUnit {
            let (low, high) = qualifier == .atLeast ? (first.value, second.value) : (second.value, first.value)
            if low < high {
                let figure = RecognizedFigure(
                    range: ByteRange(tokens[first.first].start, tokens[second.last].end), kind: first.kind, value: low,
                    unit: first.unitName, currency: first.currency, qualifier: .range,
                    qualifierRange: qualifierRange, low: low, high: high, isoDate: nil)
                return (figure, second.last + 1)
            }
        }

        // "45 and 50 mg", "5 or 6 percent": a bare number takes the unit the next one states.
        if !first.hasUnit, !first.spelled, !first.isYearLike, qualifier == .exact, end + 1 < tokens.count,
           tokens[end].isWord("and") || tokens[end].isWord("or"), tokens[end + 1].kind == .number,
           let second = parseAmount(at: end + 1), second.hasUnit, !second.isYearLike, !second.negative {
            first.inherit(from: second)
        }
        let kind = first.kind
        // A lone "one" (as in "one of the largest") is a word, not a figure.
        if kind == .number, first.spelled, !first.hasScale, first.number.value == 1, first.first == first.last { return nil }
        // Years are not "over" or "under" anything.
        if kind == .date { qualifier = .exact; qualifierRange = nil }

        let value = first.value
        var figure = RecognizedFigure(
            range: ByteRange(tokens[first.first].start, tokens[first.last].end),
            kind: kind, value: value, unit: first.unitName, currency: first.currency,
            qualifier: qualifier, qualifierRange: qualifierRange, low: nil, high: nil,
            isoDate: kind == .date ? String(Int(value)) : nil)
        figure.numberRange = ByteRange(tokens[first.numberFirst].start, tokens[first.numberLast].end)
        figure.numberValue = first.number.scaled(by: first.scalePower) * (first.negative ? -1 : 1)
        switch qualifier {
        case .atLeast: figure.low = value
        case .atMost: figure.high = value
        default: break
        }
        return (figure, end)
    }

    /// True when the token after `last` makes the number before it an amount of its own
    /// ("50 dollar 40 rmb", "10 turkish lira 11a"), so it cannot be the cents of the one before.
    private func startsAnotherAmount(after last: Int) -> Bool {
        guard last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        if next.kind == .word, next.glued { return true }
        if next.kind == .symbol, Lexicon.currencySymbols[next.scalar] != nil { return true }
        guard next.kind == .word else { return false }
        let word = next.word
        return Lexicon.currencyNames[next] != nil || Lexicon.currencyCodes[next] != nil
            || (Lexicon.quantityUnits[next] != nil && !Lexicon.ambiguousUnits.contains(word))
            || Lexicon.durationUnits[next] != nil || Lexicon.currencyAdjectives[next] != nil || Lexicon.dollarCountries[next] != nil
    }

    /// True when "ranged from", "ranging from", "varied from" comes right before `start`.
    private func rangedBefore(_ start: Int) -> Bool {
        guard start >= 2, tokens[start - 1].isWord("from") else { return false }
        return ["ranged", "ranging", "ranges", "range", "varied", "varying", "varies"].contains { tokens[start - 2].isWordText($0, in: text) }
    }

    /// Words before an amount that make it a change ("rose 12%"), so a "to" after it names the new level.
    static let changeVerbs = ["rose", "rises", "rise", "fell", "falls", "fall", "grew", "grows", "jumped", "jumps", "climbed", "climbs",
                              "dropped", "drops", "declined", "declines", "gained", "gains", "slipped", "slips", "increased",
                              "decreased", "surged", "plunged", "slid", "soared", "tumbled", "by", "up", "down"]

    /// "the remaining half", "the other half": a share of one half too.
    private func remainingBefore(_ position: Int) -> Bool {
        position > 0 && (tokens[position - 1].isWordText("remaining", in: text) || tokens[position - 1].isWordText("other", in: text))
    }

    /// "more than half", "nearly half": after a qualifier, "half" on its own is a share of one half.
    private func halfAfterQualifier(at position: Int, qualified: Bool) -> Amount? {
        guard qualified, tokens[position].isWord("half"),
              !(position + 1 < tokens.count && (tokens[position + 1].isWord("a") || Lexicon.durationUnits[tokens[position + 1]] != nil)) else { return nil }
        return Amount(first: position, last: position, number: Decimal(mantissa: 5, exponent: -1), spelled: true)
    }

    /// Lengths of time units in days (a month is 30 days, a year 365).
    static let dayLength: [String: Double] = [
        "second": 1.0 / 86400, "minute": 1.0 / 1440, "hour": 1.0 / 24, "day": 1, "night": 1, "weekend": 2, "week": 7, "fortnight": 14, "month": 30,
        "quarter": 90, "year": 365, "decade": 3650, "century": 36500,
    ]

    static func days(_ amount: Amount) -> Double? {
        guard let unit = amount.durationUnit, let length = dayLength[unit] else { return nil }
        return amount.value * length
    }

    /// Same currency and unit; with `perStatedOnce`, a price may say what it is per at one end only ("$350 to $680 per kg").
    private func compatible(_ a: Amount, _ b: Amount, perStatedOnce: Bool = false) -> Bool {
        if perStatedOnce, a.currency != nil, a.currency == b.currency, a.moneyPer == nil || b.moneyPer == nil || a.moneyPer == b.moneyPer {
            return a.percentUnit == nil && b.percentUnit == nil
        }
        return a.currency == b.currency && a.unitName == b.unitName
    }

    private func isRangeConnector(_ token: Token, between: Bool, after first: Amount) -> Bool {
        // "between 44 mg to 50 mg" mixes two ways of saying it; read it as the range it means.
        if between { return token.isWord("and") || token.isWord("to") }
        if token.isWord("to") || token.isWord("through") || token.isWord("thru") { return true }
        if token.isSymbol("~"), token.glued { return true }
        if token.isSymbol("-") || token.isSymbol("–") || token.isSymbol("—") {
            // "2.1-2.4" and "30 – 40" are ranges; "- 40" after a sentence is not.
            return true
        }
        return false
    }

    /// Longest qualifier phrase starting at `position`, with its length in tokens.
    private func matchQualifier(at position: Int) -> (Qualifier, Int)? {
        let token = tokens[position]
        if token.kind == .symbol {
            // ">=", "<=", "< =" count as one sign; "<>" is no qualifier.
            let next = position + 1 < tokens.count ? tokens[position + 1] : nil
            let equalsFollows = next?.isSymbol("=") == true
            if next?.isSymbol(">") == true || next?.isSymbol("<") == true { return nil }
            switch token.scalar {
            // ("∼70%": the tilde operator, as typeset papers write "about".)
            case "~", "∼", "≈": return (.approx, 1)
            case ">", "≥": return (.atLeast, equalsFollows ? 2 : 1)
            case "<", "≤": return (.atMost, equalsFollows ? 2 : 1)
            default: return nil
            }
        }
        guard token.kind == .word, let candidates = Lexicon.qualifiersByFirstWord[token] else {
            return token.isWord("within") ? (.atMost, 1) : nil
        }
        var best: (Qualifier, Int)?
        for entry in candidates {
            guard position + entry.words.count <= tokens.count else { continue }
            var matches = true
            for (offset, word) in entry.words.enumerated().dropFirst() where !tokens[position + offset].isWord(word) {
                matches = false
                break
            }
            // "approx." and "ca." carry a full stop.
            var length = entry.words.count
            if matches, position + length < tokens.count, tokens[position + length].isSymbol("."),
               entry.words == ["approx"] || entry.words == ["ca"] {
                length += 1
            }
            if matches, length > (best?.1 ?? 0) {
                let qualifier: Qualifier
                switch entry.qualifier {
                case .approx: qualifier = .approx
                case .atLeast: qualifier = .atLeast
                case .atMost: qualifier = .atMost
                case .exactly: qualifier = .exact
                }
                best = (qualifier, length)
            }
        }
        if token.isWord("within") { best = (.atMost, 1) }
        return best
    }
}
