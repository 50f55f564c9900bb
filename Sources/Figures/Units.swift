import BriefingModel

/// What follows the number: percent signs, currencies written after the amount,
/// units of time and quantity, rates ("per annum"), and the spellings that make
/// a letter a unit or not ("2 in thick", "1.8m tall", "66 Ma").
extension FigureParser {
    /// Units, percent signs and currency names after the number (and scale).
    /// Returns the last token used, or nil when nothing follows.
    func parseSuffix(at position: Int, into amount: inout Amount) -> Int? {
        guard position < tokens.count else { return nil }
        let token = tokens[position]

        if token.kind == .symbol {
            if token.scalar == "%" || token.scalar == "٪" {
                amount.percentUnit = "%"
                return position
            }
            if token.scalar == "-", token.glued, position + 1 < tokens.count, tokens[position + 1].glued, tokens[position + 1].kind == .word {
                // "30-year", "5-million-tonne"
                if let unit = Lexicon.durationUnits[tokens[position + 1]], amount.currency == nil {
                    if position + 3 < tokens.count, tokens[position + 2].isSymbol("-"), tokens[position + 3].isWord("old") { return nil }
                    amount.durationUnit = unit
                    return position + 1
                }
                // "12-cent-a-share", "one-yen bid"
                if amount.currency == nil, !amount.hasScale, let code = Lexicon.currencyNames[tokens[position + 1]] ?? Lexicon.subunits[tokens[position + 1]],
                   tokens[position + 1].word != "p", tokens[position + 1].word != "pound", tokens[position + 1].word != "pounds" {
                    amount.currency = code
                    amount.subunit = Lexicon.subunits[tokens[position + 1]] != nil
                    return position + 1
                }
                if tokens[position + 1].word == "percent" {
                    amount.percentUnit = "%"
                    return position + 1
                }
                if amount.currency == nil, let found = Lexicon.quantityUnits[tokens[position + 1]],
                   !Lexicon.ambiguousUnits.contains(tokens[position + 1].word) || ["ft", "bit"].contains(tokens[position + 1].word) {
                    if position + 3 < tokens.count, tokens[position + 2].isSymbol("-"), tokens[position + 3].glued { return nil }
                    amount.quantityUnit = found.unit
                    amount.quantityFactor = found.factor
                    return position + 1
                }
            }
            // '8"', '10 " long': inches, where the mark closes no quotation ('the "Top 10" list').
            if token.scalar == "\"" || token.scalar == "\u{2033}", amount.currency == nil, tokens[amount.last].kind == .number,
               !(position + 1 < tokens.count && tokens[position + 1].glued && tokens[position + 1].kind != .symbol),
               token.scalar == "\u{2033}" || quotationMarksBefore(amount.first) % 2 == 0 {
                amount.quantityUnit = "inch"
                return position
            }
            if let code = Lexicon.currencySymbols[token.scalar], amount.currency == nil,
               token.scalar != "$" || !(position + 1 < tokens.count && tokens[position + 1].kind == .number) {
                // "10€", "5 £"
                amount.currency = code
                return position
            }
            return amount.currency == nil ? bracketedOrForeignUnit(at: position, into: &amount) : nil
        }
        guard token.kind == .word else { return nil }
        // An ASCII word outside the lexicon ("5 banks") is no unit: skip every comparison below.
        if token.wordIndex == 0, text[token.start] < 0x80 { return nil }
        let word = token.word

        // Percentages.
        // "12.4pc" (British papers); "5 PC games" in capitals is no percentage.
        if word == "pc", text[token.start] == UInt8(ascii: "p") {
            amount.percentUnit = "%"
            return position
        }
        if word == "percent" || word == "pct" || word == "percentages" || word == "percents"
            || (word == "percentage" && !(position + 1 < tokens.count && (tokens[position + 1].isWord("points") || tokens[position + 1].isWord("point")))) {
            amount.percentUnit = "%"
            return position
        }
        if word == "percentage", position + 1 < tokens.count, tokens[position + 1].isWord("points") || tokens[position + 1].isWord("point") {
            amount.percentUnit = "pp"
            return position + 1
        }
        if word == "per", position + 1 < tokens.count, tokens[position + 1].isWord("cent") {
            amount.percentUnit = "%"
            return position + 1
        }
        if word == "basis", position + 1 < tokens.count, tokens[position + 1].isWord("points") || tokens[position + 1].isWord("point") {
            amount.percentUnit = "bp"
            return position + 1
        }
        if word == "bps" || word == "bp" {
            amount.percentUnit = "bp"
            return position
        }

        // Currencies after the amount.
        if amount.currency == nil {
            if let code = Lexicon.millionCodes[token] {
                // "30 MUSD": millions of dollars.
                amount.currency = code
                amount.scalePower += 6
                amount.hasScale = true
                return position
            }
            if word.isEmpty, let code = nonASCIICurrency(token) {
                amount.currency = code
                return position
            }
            // ("3 USD50": the code belongs to the number written against it.)
            if let code = Lexicon.currencyCodes[token], word.count == 3, word != "try",
               !(position + 1 < tokens.count && tokens[position + 1].glued && tokens[position + 1].kind == .number) {
                amount.currency = code
                if !amount.hasScale, position + 1 < tokens.count, let power = Lexicon.scaleWords[tokens[position + 1]] {
                    amount.scalePower += power
                    amount.hasScale = true
                    return position + 1
                }
                return position
            }
            if let code = Lexicon.subunits[token], word != "p" || token.glued {
                amount.currency = code
                amount.subunit = true
                if code == "BTC" { amount.subunitPlaces = 8 }
                return position
            }
            if let code = Lexicon.currencyNames[token], !(word == "pound" || word == "pounds") || amount.hasScale && !isFollowedByOf(position) {
                // "361 million pounds" is money; "25 pounds" and "2,204.62 pounds" are weights (sterling is written £25).
                amount.currency = code
                return position
            }
            if let code = Lexicon.currencyAdjectives[token], position + 1 < tokens.count,
               Lexicon.currencyNames[tokens[position + 1]] != nil {
                amount.currency = code
                return position + 1
            }
            // "5 million Australian dollars", "20 U.S. dollars", "10 Hong Kong dollars".
            var look = position
            var country: String?
            while look < tokens.count, look - position < 5 {
                let candidate = tokens[look]
                if candidate.kind == .word, let code = Lexicon.dollarCountries[candidate] { country = code; look += 1; continue }
                if candidate.kind == .word, candidate.word == "u" || candidate.word == "s" || candidate.word == "new" { look += 1; continue }
                if candidate.isSymbol(".") { look += 1; continue }
                break
            }
            if look > position, look < tokens.count, country != nil || tokens[position].isWord("u"),
               tokens[look].isWord("dollars") || tokens[look].isWord("dollar") {
                amount.currency = country ?? "USD"
                return look
            }
        }
        if amount.currency != nil { return nil }

        // Tenors written "10Y", "2W", "10D" (a capital letter against the number; "3D" stays a word).
        if token.glued, token.end - token.start == 1, tokens[amount.last].kind == .number,
           !(position + 1 < tokens.count && tokens[position + 1].glued && tokens[position + 1].kind != .symbol),
           let unit = ["Y": "year", "W": "week", "D": "day"][Character(Unicode.Scalar(text[token.start]))],
           unit != "day" || amount.number.value >= 10 {
            amount.durationUnit = unit
            return position
        }
        // "four times per week", "3 times a day": how often something happens.
        if word == "times", let (period, rateEnd) = parseRate(at: position + 1) {
            amount.quantityUnit = "count/" + period
            return rateEnd
        }
        // Durations, with "and a half" after the unit ("an hour and a half").
        if let unit = Lexicon.durationUnits[token] {
            if ["h", "min", "sec"].contains(word), amount.spelled, !tokens[position].glued, amount.number.value < 1 { return nil }
            amount.durationUnit = unit
            var last = position
            // "an hour and a half", "one year and a quarter"
            if last + 2 < tokens.count, tokens[last + 1].isWord("and") {
                let article = tokens[last + 2].isWord("a") ? 1 : 0
                if last + 2 + article < tokens.count, let share = ["half": 0.5, "quarter": 0.25][tokens[last + 2 + article].word] {
                    amount.number = Decimal(mantissa: amount.number.value + share, exponent: 0)
                    last += 2 + article
                }
            }
            // "six weeks' time": the possessive apostrophe belongs to the unit.
            if tokens[last].word.hasSuffix("s"), last + 2 < tokens.count, tokens[last + 1].isSymbol("'") || tokens[last + 1].isSymbol("\u{2019}"),
               tokens[last + 1].glued, tokens[last + 2].kind == .word, tokens[last + 2].spaceBefore {
                last += 1
            }
            return last
        }

        // "20 (kg)", "20 [kg]": a unit in brackets.
        if token.kind == .symbol || word.isEmpty {
            return bracketedOrForeignUnit(at: position, into: &amount)
        }

        // "15,000 British thermal units".
        if word == "british", position + 2 < tokens.count, tokens[position + 1].isWordText("thermal", in: text),
           tokens[position + 2].isWordText("units", in: text) || tokens[position + 2].isWordText("unit", in: text) {
            amount.quantityUnit = "british thermal unit"
            return position + 2
        }
        // Quantities, with "metric", "square", "cubic" and rates ("per annum").
        var unitStart = position
        var prefix = ""
        if word == "metric", position + 1 < tokens.count { unitStart = position + 1 }
        if word == "square" || word == "sq" || word == "cubic", position + 1 < tokens.count {
            unitStart = position + 1
            prefix = word == "cubic" ? "cubic " : "square "
            if position + 1 < tokens.count, tokens[position + 1].isSymbol(".") { unitStart = position + 2 }
        }
        guard unitStart < tokens.count, tokens[unitStart].kind == .word,
              let found = Lexicon.quantityUnits[tokens[unitStart]] else { return nil }
        let unitWord = tokens[unitStart].word
        // "2 in." and "2 1/2 in thick" are inches; "2 in 2024" and "ranked 2 in the world" are not.
        if unitWord == "in" {
            guard tokens[amount.last].kind == .number, !amount.isYearLike else { return nil }
            if unitStart + 1 < tokens.count, tokens[unitStart + 1].kind != .symbol || tokens[unitStart + 1].isSymbol("-") || tokens[unitStart + 1].isSymbol("$"),
               !(tokens[unitStart + 1].kind == .word && FigureParser.wordsAfterLengths.contains(tokens[unitStart + 1].word)
                    && !["in", "of", "and", "or", "to", "from", "by"].contains(tokens[unitStart + 1].word)) { return nil }
        }
        // "1.8m tall" and "48m." are lengths; "1m isn't" is neither a length nor a million.
        if unitWord == "m", tokens[unitStart].glued, unitStart + 1 < tokens.count, tokens[unitStart + 1].kind == .word,
           !FigureParser.wordsAfterLengths.contains(tokens[unitStart + 1].word) { return nil }
        // "5G" is a network generation, "5g" five grams.
        if unitWord == "g", text[tokens[unitStart].start] == UInt8(ascii: "G") { return nil }
        if Lexicon.ambiguousUnits.contains(unitWord) {
            // "24703m212": digits glued after a letter make a code, not a unit (a power is one digit).
            if unitStart + 1 < tokens.count, tokens[unitStart + 1].kind == .number, tokens[unitStart + 1].glued,
               tokens[unitStart + 1].integerDigits > 1 || tokens[unitStart + 1].hasFraction { return nil }
            // "9,000 t" and "250kt" are units; "5 m" after digits is metres only when nothing letter-like follows.
            guard tokens[amount.last].kind == .number || amount.hasScale || FigureParser.startSymbols.contains(tokens[amount.last].scalar) && tokens[amount.last].kind == .symbol else { return nil }
            // "5 t-shirts", "3 g-forces": a hyphen makes the letter part of another word;
            // "24703 L-202": digits after it make a code (only "-1" is a power, as in "s-1").
            if unitStart + 1 < tokens.count, tokens[unitStart + 1].isSymbol("-"), tokens[unitStart + 1].glued,
               !(unitStart + 2 < tokens.count && tokens[unitStart + 2].kind == .number && tokens[unitStart + 2].glued
                    && tokens[unitStart + 2].number.value == 1 && !tokens[unitStart + 2].hasFraction) { return nil }
        }
        var unit = prefix + found.unit
        if word == "metric", found.unit == "ton" { unit = "tonne" }
        // "Ma", "Ga" are millions and billions of years only in that spelling ("66 Ma ago").
        if found.unit == "megayear" || found.unit == "gigayear", tokens[unitStart].end - tokens[unitStart].start == 2,
           !(text[tokens[unitStart].start] < 0x60 && text[tokens[unitStart].start + 1] > 0x60) { return nil }
        // "100 MB" is megabytes, "100 Mb" and "100 mb" megabits.
        if found.unit.hasSuffix("byte"), tokens[unitStart].end - tokens[unitStart].start == 2,
           text[tokens[unitStart].start + 1] == UInt8(ascii: "b") {
            unit = String(found.unit.dropLast(4)) + "bit"
        }
        amount.quantityFactor = found.factor
        var last = unitStart
        // "190 km2", "24703m2", "4km^3", "4 km squared": a power written after the unit.
        if prefix.isEmpty, ["metre", "kilometre", "centimetre", "millimetre", "foot", "mile", "inch", "yard"].contains(found.unit) {
            var powerIndex = unitStart + 1
            if powerIndex + 1 < tokens.count, tokens[powerIndex].isSymbol("^"), tokens[powerIndex].glued { powerIndex += 1 }
            if powerIndex < tokens.count, tokens[powerIndex].kind == .number, tokens[powerIndex].glued,
               tokens[powerIndex].integerDigits == 1, !tokens[powerIndex].hasFraction {
                let power = tokens[powerIndex].number.value
                if power == 2 { unit = "square " + found.unit; last = powerIndex }
                if power == 3 { unit = "cubic " + found.unit; last = powerIndex }
            } else if unitStart + 1 < tokens.count, tokens[unitStart + 1].isWord("squared") || tokens[unitStart + 1].isWord("cubed") {
                unit = (tokens[unitStart + 1].isWord("squared") ? "square " : "cubic ") + found.unit
                last = unitStart + 1
            }
        }
        if found.unit == "degree", unitStart + 1 < tokens.count,
           let scale = ["celsius": "degree Celsius", "centigrade": "degree Celsius", "fahrenheit": "degree Fahrenheit"][tokens[unitStart + 1].word] {
            unit = scale
            last = unitStart + 1
        }
        // "1 fb−1", "4e14 s-1": an inverse unit. (A lone "s" is no unit.)
        let inverse = unitStart + 2 < tokens.count && tokens[unitStart + 2].kind == .number && tokens[unitStart + 2].number.value == 1
        if unitWord == "s", !inverse { return nil }
        if unitStart + 2 < tokens.count, tokens[unitStart + 1].isSymbol("-") || tokens[unitStart + 1].isSymbol("−"),
           tokens[unitStart + 1].glued, tokens[unitStart + 2].glued, tokens[unitStart + 2].kind == .number,
           tokens[unitStart + 2].number.value == 1, !tokens[unitStart + 2].hasFraction {
            unit = "inverse " + unit
            last = unitStart + 2
        }
        let statesRate = unit.contains("/")
        // "2.5 g/t", "20 J/m^2", "1.2 kg/m3": a unit per another unit.
        if let (other, otherEnd) = perUnit(at: last + 1) {
            unit += "/" + other
            last = otherEnd
        }
        if let (period, rateEnd) = parseRate(at: last + 1), !statesRate {
            unit += "/" + period
            last = rateEnd
        }
        amount.quantityUnit = unit
        return last
    }

    /// Currency words in other scripts: "100元", "100,000 ரூ".
    private func nonASCIICurrency(_ token: Token) -> String? {
        guard token.kind == .word, text[token.start] >= 0x80 else { return nil }
        let bytes = Array(text[token.start..<token.end])
        return Lexicon.nonASCIICurrencyWords.first { $0.key.elementsEqual(bytes) }?.value
    }

    /// "(kg)", "[kg]", "°C", "μg": units in brackets, after a degree sign, or in other scripts.
    private func bracketedOrForeignUnit(at position: Int, into amount: inout Amount) -> Int? {
        let token = tokens[position]
        if token.kind == .word, let unit = nonASCIIUnit(token) {
            amount.quantityUnit = unit
            return position
        }
        guard token.kind == .symbol, position + 1 < tokens.count else { return nil }
        if token.isSymbol("°"), tokens[position + 1].glued, tokens[position + 1].kind == .word {
            let letter = tokens[position + 1].end - tokens[position + 1].start == 1 ? text[tokens[position + 1].start] : 0
            if letter == UInt8(ascii: "C") || letter == UInt8(ascii: "F") {
                amount.quantityUnit = letter == UInt8(ascii: "C") ? "degree Celsius" : "degree Fahrenheit"
                return position + 1
            }
        }
        let closing: [Unicode.Scalar: Unicode.Scalar] = ["(": ")", "[": "]", "{": "}", "<": ">"]
        guard let close = closing[token.scalar], position + 2 < tokens.count, tokens[position + 2].isSymbol(close),
              tokens[position + 1].glued, tokens[position + 2].glued,
              let found = Lexicon.quantityUnits[tokens[position + 1]], !Lexicon.ambiguousUnits.contains(tokens[position + 1].word) else { return nil }
        amount.quantityUnit = found.unit
        amount.quantityFactor = found.factor
        return position + 2
    }

    private func nonASCIIUnit(_ token: Token) -> String? {
        guard token.kind == .word, text[token.start] >= 0x80 else { return nil }
        let bytes = Array(text[token.start..<token.end])
        return Lexicon.nonASCIIUnitWords.first { $0.key.elementsEqual(bytes) }?.value
    }

    /// How many straight double quotes stand in the 200 tokens before `position` (odd: a quotation
    /// is open). The window keeps a line of many inch marks from costing quadratic time.
    private func quotationMarksBefore(_ position: Int) -> Int {
        var count = 0
        for index in max(0, position - 200)..<position where tokens[index].isSymbol("\"") { count += 1 }
        return count
    }

    private func isFollowedByOf(_ position: Int) -> Bool {
        position + 1 < tokens.count && tokens[position + 1].isWord("of")
    }


    /// "/t", "/m^2", "/m3" written against a unit: the unit it is divided by (times are rates, read by `parseRate`).
    private func perUnit(at position: Int) -> (String, Int)? {
        guard position + 1 < tokens.count, tokens[position].isSymbol("/"), tokens[position].glued, tokens[position + 1].glued,
              tokens[position + 1].kind == .word, Lexicon.durationUnits[tokens[position + 1]] == nil, !tokens[position + 1].isWord("s"),
              let found = Lexicon.quantityUnits[tokens[position + 1]], found.factor == 1, !found.unit.contains("/") else { return nil }
        var last = position + 1
        var powerIndex = last + 1
        if powerIndex + 1 < tokens.count, tokens[powerIndex].isSymbol("^"), tokens[powerIndex].glued { powerIndex += 1 }
        if powerIndex < tokens.count, tokens[powerIndex].glued, tokens[powerIndex].kind == .number, !tokens[powerIndex].hasFraction,
           let prefix = [2.0: "square ", 3.0: "cubic "][tokens[powerIndex].number.value] {
            return (prefix + found.unit, powerIndex)
        }
        if powerIndex < tokens.count, tokens[powerIndex].glued, tokens[powerIndex].isSymbol("²") || tokens[powerIndex].isSymbol("³") {
            last = powerIndex
            return ((tokens[powerIndex].isSymbol("²") ? "square " : "cubic ") + found.unit, last)
        }
        return (found.unit, last)
    }

    /// What a price is per: "$15.4/hour", "$350 per kg", "$80 a barrel", "$5 million a year".
    /// Returns the unit (canonical, singular) and the last token used.
    func parseMoneyRate(at position: Int) -> (String, Int)? {
        guard position + 1 < tokens.count else { return nil }
        let token = tokens[position]
        let slash = token.isSymbol("/")
        guard slash || token.wordIndex != 0 && (token.isWord("per") || token.isWord("a") || token.isWord("an")) else { return nil }
        let next = tokens[position + 1]
        guard next.kind == .word else { return nil }
        // A unit glued behind a slash may be a letter ("/t", "/h"); after words it must be a word of its own.
        if let period = Lexicon.durationUnits[next], slash || next.word.count > 2, !pointsInTime(after: position + 1) {
            return (period, position + 1)
        }
        if let found = Lexicon.quantityUnits[next], found.factor == 1, !found.unit.contains("/"),
           slash || token.isWord("per") || !Lexicon.ambiguousUnits.contains(next.word) {
            // "$5 per cent" is no price per something.
            if next.word == "in" || next.word == "s" || next.word == "am" || next.word == "pm" { return nil }
            return (found.unit, position + 1)
        }
        return nil
    }

    /// True when "a year" at `position` is followed by words that make it a point in time
    /// ("$1.17 billion a year earlier", "100 tonnes a year ago"), not a rate.
    func pointsInTime(after position: Int) -> Bool {
        guard position + 1 < tokens.count else { return false }
        return ["earlier", "ago", "before", "later", "after", "prior", "previously", "back", "since"].contains {
            tokens[position + 1].isWordText($0, in: text)
        }
    }

    /// "per annum", "per year", "a year", "pa", "/yr", "per day".
    private func parseRate(at position: Int) -> (String, Int)? {
        guard position < tokens.count else { return nil }
        let token = tokens[position]
        if token.isWord("a") || token.isWord("an"), pointsInTime(after: position + 1) { return nil }
        if token.isWord("pa") { return ("year", position) }
        if token.isWord("per") || token.isWord("a") || token.isSymbol("/"), position + 1 < tokens.count {
            let next = tokens[position + 1]
            if next.isWord("annum") || next.isWord("year") || next.isWord("yr") || next.isWord("y") { return ("year", position + 1) }
            if next.isWord("day") || next.isWord("d") { return ("day", position + 1) }
            if next.isWord("month") { return ("month", position + 1) }
            if next.isWord("week") { return ("week", position + 1) }
            if next.isWord("hour") || next.isWord("h") || next.isWord("hr") { return ("hour", position + 1) }
            if next.isWord("millisecond") || next.isWord("ms") { return ("millisecond", position + 1) }
            if next.isWord("second") || next.isWord("s") && token.isSymbol("/") {
                // "km/s2", "m/s^2": per second squared.
                var last = position + 1
                if last + 1 < tokens.count, tokens[last + 1].isSymbol("^"), tokens[last + 1].glued { last += 1 }
                if last + 1 < tokens.count, tokens[last + 1].glued, tokens[last + 1].kind == .number, tokens[last + 1].number.value == 2,
                   !tokens[last + 1].hasFraction {
                    return ("square second", last + 1)
                }
                return ("second", position + 1)
            }
            if next.isWord("min") || next.isWord("minute"), token.isSymbol("/") || token.isWord("per") { return ("minute", position + 1) }
        }
        // "188 miles an hour"
        if token.isWord("an"), position + 1 < tokens.count, tokens[position + 1].isWord("hour") { return ("hour", position + 1) }
        return nil
    }
}
