// Amounts: a number with its currency, scale word ("million") and unit, as the figure parser
// reads them at one position.

import BriefingModel

extension FigureParser {
    func parseAmount(at start: Int) -> Amount? {
        var position = start
        var negative = false
        var currency: String?

        // Sign, written against the number: "-5%", "+3.2%".
        if tokens[position].kind == .symbol, tokens[position].scalar == "-" || tokens[position].scalar == "−" || tokens[position].scalar == "+",
           position + 1 < tokens.count, tokens[position + 1].kind == .number, tokens[position + 1].glued,
           tokens[position].spaceBefore || position == 0 {
            negative = tokens[position].scalar != "+"
            position += 1
        }
        // "minus five percent", "negative 3%"
        if tokens[position].isWord("minus") || tokens[position].isWord("negative"), position + 1 < tokens.count,
           tokens[position + 1].kind == .number || Lexicon.units[tokens[position + 1]] != nil || Lexicon.tens[tokens[position + 1]] != nil {
            negative = true
            position += 1
        }
        var millionsPrefix = false
        if let (code, next) = parseCurrencyPrefix(at: position) {
            currency = code
            millionsPrefix = Lexicon.millionCodes[tokens[position]] != nil
            position = next
        }
        guard position < tokens.count else { return nil }
        if currency != nil, position + 1 < tokens.count, !negative,
           tokens[position].kind == .symbol, tokens[position].scalar == "-" || tokens[position].scalar == "−",
           tokens[position + 1].kind == .number, tokens[position + 1].glued {
            negative = true
            position += 1
        }

        // "$(12.5) million": an accounting negative, the sign written as brackets.
        var bracketed = false
        if currency != nil, !negative, position + 2 < tokens.count, tokens[position].isSymbol("("), tokens[position].glued,
           tokens[position + 1].kind == .number, tokens[position + 1].glued, tokens[position + 2].isSymbol(")"), tokens[position + 2].glued {
            bracketed = true
            negative = true
            position += 1
        }
        guard let (number, spelled, numberEnd) = parseNumber(at: position) else { return nil }
        if identifierRunEnd(at: position) != nil { return nil }
        var amount = Amount(first: start, last: numberEnd, number: number, spelled: spelled, negative: negative)
        amount.numberFirst = position
        amount.currency = currency
        if millionsPrefix {
            amount.scalePower = 6
            amount.hasScale = true
        }
        let numberToken = tokens[position]
        amount.isYearLike = !spelled && numberToken.kind == .number && numberToken.integerDigits == 4
            && !numberToken.hasFraction && !numberToken.hasGroupSeparator && currency == nil && !negative
            && (1800...2199).contains(number.value)

        var next = numberEnd + 1
        if bracketed {
            amount.last = numberEnd + 1
            next += 1
        }
        // Scale: "million", "bn", "2.4Bn".
        // (Every scale word is in the lexicon: a word outside it ends the scale at once.)
        while next < tokens.count, tokens[next].kind == .word, tokens[next].wordIndex != 0 {
            let word = tokens[next].word
            if let power = Lexicon.scaleWords[tokens[next]], !spelled || power > 2 {
                amount.scalePower += power
            } else if currency == nil || word == "mm", isMillionLetters(next) {
                // "10M", "1,674,200.5 M", "US$ 1MM": capital M is a million, not metres.
                amount.scalePower += 6
            } else if word == "m", currency == nil, tokens[next].glued, next + 1 < tokens.count,
                      Lexicon.quantityUnits[tokens[next + 1]] != nil || Lexicon.currencyNames[tokens[next + 1]] != nil {
                // "2.3m tonnes", "1.5m barrels": a million; "1.8m tall", "48m." are metres.
                amount.scalePower += 6
            } else if word == "m", currency == nil, isMillionBeforeNoun(next, numberStart: position) {
                // "1.8m people", "3m homes": a million of something.
                amount.scalePower += 6
            } else if word == "t", currency != nil, tokens[next].glued, text[tokens[next].start] == UInt8(ascii: "T") {
                // "$2.174T": trillions.
                amount.scalePower += 12
            } else if word == "k", !tokens[next].glued, currency == nil, next + 1 >= tokens.count || tokens[next + 1].kind != .word {
                // "2.33 k" with nothing after it.
                amount.scalePower += 3
            } else if let power = Lexicon.shortScales[tokens[next]],
                      tokens[next].glued || currency != nil || ["mn", "mln", "bn", "bln", "tn", "trn", "tln"].contains(word),
                      !(word == "m" && currency == nil),
                      next + 1 >= tokens.count || !tokens[next + 1].isSymbol("²") {
                amount.scalePower += power
            } else {
                break
            }
            amount.hasScale = true
            amount.isYearLike = false
            amount.last = next
            next += 1
        }

        amount.numberLast = amount.last
        // "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5": the stated uncertainty belongs to the figure.
        if let uncertaintyEnd = uncertainty(after: amount.last) {
            amount.last = uncertaintyEnd
            next = uncertaintyEnd + 1
        }
        if let suffixEnd = parseSuffix(at: next, into: &amount) {
            amount.last = suffixEnd
            amount.isYearLike = false
            if amount.currency != nil, let (per, rateEnd) = parseMoneyRate(at: suffixEnd + 1) {
                amount.moneyPer = per
                amount.last = rateEnd
            }
        } else if amount.currency != nil, let (per, rateEnd) = parseMoneyRate(at: next) {
            amount.moneyPer = per
            amount.last = rateEnd
        } else if currency == nil, next < tokens.count, tokens[next].kind == .word, tokens[next].glued,
                  tokens[numberEnd].kind == .number {
            // Letters glued to a number that are no unit: "5G", "3D", "22nd".
            return nil
        }
        return amount
    }

    /// The last token of "±0.01" or "+/- 1e-5" after a number, if there is one.
    private func uncertainty(after last: Int) -> Int? {
        var index = last + 1
        guard index + 1 < tokens.count else { return nil }
        if tokens[index].isSymbol("±") {
            index += 1
        } else if index + 3 < tokens.count, tokens[index].isSymbol("+"), tokens[index + 1].isSymbol("/"), tokens[index + 2].isSymbol("-") {
            index += 3
        } else {
            return nil
        }
        guard tokens[index].kind == .number, let (_, _, end) = parseNumber(at: index) else { return nil }
        return end
    }

    /// A lower-case "m" against the number, then an ordinary word: "1.8m people" (not "1.8m tall",
    /// "a 2m wall", which are lengths, nor "1m isn't", which is neither).
    private func isMillionBeforeNoun(_ index: Int, numberStart: Int) -> Bool {
        let token = tokens[index]
        guard token.glued, token.end - token.start == 1, text[token.start] == UInt8(ascii: "m"), tokens[index - 1].kind == .number,
              index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].spaceBefore,
              !FigureParser.wordsAfterLengths.contains(tokens[index + 1].word) else { return false }
        if index + 2 < tokens.count, tokens[index + 2].glued, tokens[index + 2].isSymbol("'") || tokens[index + 2].isSymbol("\u{2019}") { return false }
        if numberStart > 0, tokens[numberStart - 1].isWord("a") || tokens[numberStart - 1].isWord("an") { return false }
        return true
    }

    /// "M" or "MM" in capitals, not followed by a power or a rate ("10 M²", "5 M/s").
    private func isMillionLetters(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.end - token.start <= 2, text[token.start] == UInt8(ascii: "M"),
              token.end - token.start == 1 || text[token.start + 1] == UInt8(ascii: "M") else { return false }
        if index + 1 < tokens.count, tokens[index + 1].glued, tokens[index + 1].kind != .symbol || tokens[index + 1].isSymbol("/")
            || tokens[index + 1].isSymbol("²") { return false }
        return true
    }

    /// `$`, `US$`, `A$`, `USD`, `USD $`, `hk $`, `u . s . $`, `€`.
    private func parseCurrencyPrefix(at position: Int) -> (String, Int)? {
        guard position < tokens.count else { return nil }
        let token = tokens[position]
        if token.kind == .symbol, let code = Lexicon.currencySymbols[token.scalar] {
            return (code, position + 1)
        }
        guard token.kind == .word else { return nil }
        // Letters before a dollar sign.
        if position + 1 < tokens.count, tokens[position + 1].isSymbol("$"),
           let code = Lexicon.dollarPrefixes[token],
           tokens[position + 1].glued || (token.word != "a" && token.word != "u" && token.word != "s") {
            return (code, position + 2)
        }
        // "u . s . $" in tokenized newswire, "U.S.$" in print.
        if token.isWord("u"), position + 4 < tokens.count, tokens[position + 1].isSymbol("."),
           tokens[position + 2].isWord("s"), tokens[position + 3].isSymbol("."), tokens[position + 4].isSymbol("$") {
            return ("USD", position + 5)
        }
        if token.isWord("u"), position + 3 < tokens.count, tokens[position + 1].isSymbol("."),
           tokens[position + 2].isWord("s"), tokens[position + 3].isSymbol("$") {
            return ("USD", position + 4)
        }
        // "Rs 1,200 crore", "Rs. 500": Indian rupees (capital R: "rs" alone is too many other things).
        if token.isWord("rs"), text[token.start] == UInt8(ascii: "R") {
            var next = position + 1
            if next < tokens.count, tokens[next].isSymbol("."), tokens[next].glued { next += 1 }
            if next < tokens.count, tokens[next].kind == .number { return ("INR", next) }
        }
        if let code = Lexicon.millionCodes[token], position + 1 < tokens.count, tokens[position + 1].kind == .number
            || Lexicon.units[tokens[position + 1]] != nil || Lexicon.tens[tokens[position + 1]] != nil {
            return (code, position + 1)
        }
        if let code = Lexicon.currencyCodes[token], token.word.count == 3 {
            var next = position + 1
            if next < tokens.count, tokens[next].kind == .symbol, Lexicon.currencySymbols[tokens[next].scalar] != nil { next += 1 }
            if next < tokens.count, tokens[next].kind == .number { return (code, next) }
            if next < tokens.count, tokens[next].kind == .word, Lexicon.units[tokens[next]] != nil || Lexicon.tens[tokens[next]] != nil {
                return (code, next)
            }
        }
        return nil
    }
}
