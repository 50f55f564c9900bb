import BriefingModel

extension FigureParser {
    // MARK: - Numbers

    /// Digits (with fractions such as `3-1/2`, `3½`) or number words
    /// (`three and a half`, `a quarter million`). Returns the value, whether it
    /// was spelled out, and the last token used.
    func parseNumber(at position: Int) -> (Decimal, Bool, Int)? {
        guard let (value, spelled, last) = parseNumberAlone(at: position) else { return nil }
        // Only "over", "out" and "in" (known words) can make a ratio: skip the look-up for anything else.
        if last + 2 < tokens.count, tokens[last + 1].wordIndex != 0, let (ratio, ratioEnd) = ratio(of: value.value, after: last) {
            return (Decimal(mantissa: ratio, exponent: 0), spelled, ratioEnd)
        }
        return (value, spelled, last)
    }

    /// "one over three", "2000 over 3", "two out of five hundred", "1 in twenty-one": a ratio as one number.
    private func ratio(of numerator: Double, after last: Int) -> (Double, Int)? {
        guard last + 2 < tokens.count else { return nil }
        var next = last + 1
        let connector = tokens[next].word
        switch connector {
        case "over":
            next += 1
        case "out" where tokens[next + 1].isWord("of"):
            next += 2
        case "in" where numerator == 1:
            next += 1
        default:
            return nil
        }
        guard next < tokens.count, tokens[next].kind == .number || tokens[next].isNumberWord,
              let (denominator, _, end) = parseNumberAlone(at: next), denominator.value > 0 else { return nil }
        // "over 3 years", "in 2024": a period or a year, not a ratio.
        let denominatorToken = tokens[next]
        if denominatorToken.kind == .number, denominatorToken.integerDigits == 4, (1800...2199).contains(denominator.value) { return nil }
        if end + 1 < tokens.count, tokens[end + 1].kind == .word {
            let word = tokens[end + 1].word
            if connector == "over" || Lexicon.durationUnits[tokens[end + 1]] != nil || Lexicon.quantityUnits[tokens[end + 1]] != nil
                || Lexicon.currencyNames[tokens[end + 1]] != nil || Lexicon.scaleWords[tokens[end + 1]] != nil || word == "percent" { return nil }
        }
        if end + 1 < tokens.count, tokens[end + 1].isSymbol("%") { return nil }
        // "12 out of 10" is two numbers, not a share.
        if connector == "out", numerator > denominator.value { return nil }
        return (numerator / denominator.value, end)
    }

    private func parseNumberAlone(at position: Int) -> (Decimal, Bool, Int)? {
        let token = tokens[position]
        if token.kind == .number {
            // "4 thousand 3 hundred and 21", "6 crore and two hundred": digits inside a spelled number.
            let nextIsKnownWord = position + 1 < tokens.count && tokens[position + 1].wordIndex != 0
            if nextIsKnownWord, position + 2 < tokens.count, !token.hasFraction, token.integerDigits <= 3,
               tokens[position + 1].isWord("hundred") || Lexicon.bigScales[tokens[position + 1]] != nil,
               let (value, last) = parseSpelled(at: position), last > position + 1 {
                return (Decimal(mantissa: value, exponent: 0), true, last)
            }
            var value = token.number
            var last = position
            if let (powered, powerEnd) = powerNotation(after: position) {
                return (Decimal(mantissa: powered, exponent: 0), false, powerEnd)
            }
            // "3 dozens", "5 dz"
            if nextIsKnownWord, Lexicon.dozenWords.contains(tokens[position + 1].word), !token.hasFraction {
                return (Decimal(mantissa: value.value * 12, exponent: 0), false, position + 1)
            }
            // "1.3e6", "-12e-1": an exponent written against the number.
            if position + 2 < tokens.count, tokens[position + 1].isWordText("e", in: text), tokens[position + 1].glued {
                var exponentIndex = position + 2
                var sign = 1
                if tokens[exponentIndex].kind == .symbol, tokens[exponentIndex].scalar == "-" || tokens[exponentIndex].scalar == "+",
                   tokens[exponentIndex].glued, exponentIndex + 1 < tokens.count {
                    sign = tokens[exponentIndex].scalar == "-" ? -1 : 1
                    exponentIndex += 1
                }
                let exponentToken = tokens[exponentIndex]
                if exponentToken.kind == .number, exponentToken.glued, !exponentToken.hasFraction, exponentToken.integerDigits <= 3 {
                    value = Decimal(mantissa: value.mantissa, exponent: value.exponent + sign * Int(exponentToken.number.value))
                    return (value, false, exponentIndex)
                }
            }
            // "1 234 567": groups of three digits after spaces make one number.
            if token.integerDigits <= 3, !token.leadingZero, !token.hasGroupSeparator, !token.hasFraction,
               let end = spacedThousandsEnd(after: position) {
                var mantissa = token.number.value
                var exponent = 0
                for index in (position + 1)...end {
                    let group = tokens[index]
                    let integerPart = Decimal(mantissa: group.number.mantissa, exponent: group.number.exponent)
                    mantissa = mantissa * 1000 * pow10(-group.number.exponent) + integerPart.mantissa
                    exponent = group.number.exponent
                }
                return (Decimal(mantissa: mantissa, exponent: exponent), false, end)
            }
            // "3-1/2" and "3 1/2"
            if position + 4 <= tokens.count - 1 || position + 3 <= tokens.count - 1 {
                if position + 4 < tokens.count, tokens[position + 1].isSymbol("-"), tokens[position + 1].glued,
                   let fraction = simpleFraction(at: position + 2), tokens[position + 2].glued {
                    value = Decimal(mantissa: value.value + fraction, exponent: 0)
                    last = position + 4
                } else if position + 3 < tokens.count, tokens[position + 1].spaceBefore, !token.hasFraction,
                          let fraction = simpleFraction(at: position + 1) {
                    value = Decimal(mantissa: value.value + fraction, exponent: 0)
                    last = position + 3
                }
            }
            if last == position, position + 1 < tokens.count, tokens[position + 1].kind == .symbol,
               let fraction = vulgarFraction(tokens[position + 1].scalar) {
                value = Decimal(mantissa: value.value + fraction, exponent: 0)
                last = position + 1
            }
            if last == position, let fraction = simpleFraction(at: position) {
                return (Decimal(mantissa: fraction, exponent: 0), false, position + 2)
            }
            return (value, false, last)
        }
        if token.kind == .symbol, let fraction = vulgarFraction(token.scalar) {
            return (Decimal(mantissa: fraction, exponent: 0), false, position)
        }
        if token.kind == .word, let (value, last) = durationQuantifier(at: position) {
            return (Decimal(mantissa: value, exponent: 0), true, last)
        }
        if token.kind == .word, let (value, last) = parseSpelled(at: position) {
            return (Decimal(mantissa: value, exponent: 0), true, last)
        }
        return nil
    }

    /// "1.1^23", "2.5^-1", "1.3x10^6", "2.48×10−5": the number raised to a power, or times a power of ten.
    private func powerNotation(after position: Int) -> (Double, Int)? {
        var index = position + 1
        guard index + 1 < tokens.count, tokens[index].glued else { return nil }
        var base = tokens[position].number.value
        var multiplies = false
        // "1.3x10^6", "2.48×10−5": times a power of ten.
        if tokens[index].isWordText("x", in: text) || tokens[index].isSymbol("×"), tokens[index + 1].kind == .number,
           tokens[index + 1].number.value == 10, !tokens[index + 1].hasFraction {
            base = 10
            multiplies = true
            index += 2
            guard index < tokens.count else { return nil }
        }
        let caret = tokens[index].isSymbol("^")
        if caret { index += 1 }
        var sign = 1
        var signs = 0
        while index < tokens.count, tokens[index].isSymbol("-") || tokens[index].isSymbol("−") || tokens[index].isSymbol("+"), tokens[index].glued {
            if !tokens[index].isSymbol("+") { sign = -sign }
            signs += 1
            index += 1
        }
        guard caret || (multiplies && signs > 0), index < tokens.count, tokens[index].kind == .number, tokens[index].glued,
              !tokens[index].hasFraction, tokens[index].integerDigits <= 3 else { return nil }
        let exponent = Int(tokens[index].number.value)
        var power = 1.0
        for _ in 0..<min(exponent, 400) { power *= base }
        if sign < 0 { power = 1 / power }
        return (multiplies ? tokens[position].number.value * power : power, index)
    }

    /// Words that count a unit of time: "an hour", "half a year", "a couple of
    /// days", "few hours", "another week", "all day", "full-year". Returns the
    /// count and the last word before the unit.
    func durationQuantifier(at position: Int) -> (Double, Int)? {
        func isDurationUnit(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .word && Lexicon.durationUnits[tokens[index]] != nil
                && !["h", "min", "sec", "second", "quarter"].contains(tokens[index].word)
        }
        let word = tokens[position].word
        var next = position + 1
        switch word {
        case "a", "an", "another":
            // "for an hour", "more than a year"; but "150,000 tonnes a year" is a rate, not a duration.
            if word != "another", !(position > 0 && Self.wordsBeforeArticleDurations.contains { tokens[position - 1].isWordText($0, in: text) }) {
                return nil
            }
            if next + 2 < tokens.count, tokens[next].isWord("couple"), tokens[next + 1].isWord("of"), isDurationUnit(next + 2) {
                return (2, next + 1)
            }
            if next + 1 < tokens.count, tokens[next].isWord("few"), isDurationUnit(next + 1) { return (3, next) }
            return isDurationUnit(next) ? (1, position) : nil
        case "couple":
            return next + 1 < tokens.count && tokens[next].isWord("of") && isDurationUnit(next + 1) ? (2, next) : nil
        case "few":
            return isDurationUnit(next) ? (3, position) : nil
        case "half":
            if next < tokens.count, tokens[next].isWord("a") || tokens[next].isWord("an") { next += 1 }
            return isDurationUnit(next) ? (0.5, next - 1) : nil
        case "all", "full", "whole":
            if next < tokens.count, tokens[next].isSymbol("-"), tokens[next].glued { next += 1 }
            return isDurationUnit(next) && ["day", "week", "month", "year"].contains(Lexicon.durationUnits[tokens[next]] ?? "")
                ? (1, next - 1) : nil
        default:
            return nil
        }
    }

    /// Words after which "a year", "an hour", "a few minutes" are spans of time.
    static let wordsBeforeArticleDurations = [
        "for", "in", "within", "than", "about", "around", "nearly", "almost", "over", "after", "takes", "take", "took",
        "lasts", "lasted", "last", "spent", "spend", "only", "just", "least", "most", "under",
    ]

    /// The last token of a run of space-separated three-digit groups after
    /// `position` ("1 234 567"), or nil when there is none or the run is not
    /// all three-digit groups (then it is an identifier such as a phone number).
    func spacedThousandsEnd(after position: Int) -> Int? {
        if position > 0, tokens[position - 1].isSymbol("+") || tokens[position - 1].isSymbol("#") { return nil }
        var index = position + 1
        var end: Int?
        while index < tokens.count, tokens[index].kind == .number, tokens[index].spaceBefore {
            let group = tokens[index]
            guard group.integerDigits == 3, !group.hasGroupSeparator else { return nil }
            end = index
            if group.hasFraction { break }
            index += 1
        }
        if let end, end + 1 < tokens.count, tokens[end + 1].kind == .number, tokens[end + 1].spaceBefore { return nil }
        return end
    }

    /// `1/2`, `3/4`: small proper fractions written with a slash, glued.
    private func simpleFraction(at position: Int) -> Double? {
        guard position + 2 < tokens.count,
              tokens[position].kind == .number, tokens[position + 1].isSymbol("/"), tokens[position + 1].glued,
              tokens[position + 2].kind == .number, tokens[position + 2].glued,
              !tokens[position].hasFraction, !tokens[position + 2].hasFraction else { return nil }
        let numerator = tokens[position].number.value
        let denominator = tokens[position + 2].number.value
        // "1/40" is a fraction; "9/11" and "24/7" are names, "1/0" no number at all.
        guard denominator >= 2, numerator >= 1, numerator < denominator, denominator <= 16 || numerator == 1 && denominator <= 1000 else { return nil }
        // "1/2/2025" is a date.
        if position + 3 < tokens.count, tokens[position + 3].isSymbol("/"), tokens[position + 3].glued { return nil }
        return numerator / denominator
    }

    private func vulgarFraction(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "½": return 0.5
        case "¼": return 0.25
        case "¾": return 0.75
        case "⅓": return 1.0 / 3
        case "⅔": return 2.0 / 3
        case "⅛": return 0.125
        case "⅜": return 0.375
        case "⅝": return 0.625
        case "⅞": return 0.875
        case "⅕": return 0.2
        case "⅖": return 0.4
        case "⅗": return 0.6
        case "⅘": return 0.8
        case "⅙": return 1.0 / 6
        case "⅚": return 5.0 / 6
        case "⅐": return 1.0 / 7
        case "⅑": return 1.0 / 9
        case "⅒": return 0.1
        default: return nil
        }
    }
}
