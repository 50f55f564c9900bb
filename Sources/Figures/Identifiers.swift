// Identifiers and dates: numbers that are parts of account numbers, phone numbers, codes,
// times or dates, so that they never become figures.

import BriefingModel

extension FigureParser {
    /// When the number at `position` is part of an identifier (account, phone,
    /// code, list number, time), the index after it; else nil.
    func identifierRunEnd(at position: Int) -> Int? {
        let token = tokens[position]
        guard token.kind == .number else {
            // "#557320", "No. 4"
            if token.isSymbol("#"), position + 1 < tokens.count, tokens[position + 1].kind == .number {
                return runEnd(after: position + 1)
            }
            return nil
        }
        if position > 0 {
            let previous = tokens[position - 1]
            // "C5+1", "NO15", "G7", "COVID-19" (letters glued before digits).
            if token.glued, previous.kind == .word, Lexicon.currencyCodes[previous.word] == nil {
                return chunkEnd(after: position)
            }
            // ("5k-20k" is a range: a scale word before the hyphen.)
            if token.glued, previous.isSymbol("-"), position >= 2, tokens[position - 2].kind == .word, tokens[position - 1].glued,
               Lexicon.currencyCodes[tokens[position - 2]] == nil, Lexicon.shortScales[tokens[position - 2]] == nil,
               Lexicon.scaleWords[tokens[position - 2]] == nil {
                return chunkEnd(after: position)
            }
            if previous.isSymbol("#") { return runEnd(after: position) }
        }
        // "0530", "10:30", "1.2.3", "10/22/2025", "name@host"
        if token.leadingZero { return runEnd(after: position) }
        if position + 2 < tokens.count, tokens[position + 1].glued, tokens[position + 2].glued,
           tokens[position + 1].isSymbol(":") || tokens[position + 1].isSymbol("@"), tokens[position + 2].kind == .number {
            return chunkEnd(after: position)
        }
        if position + 2 < tokens.count, tokens[position + 1].isSymbol("."), tokens[position + 1].glued,
           tokens[position + 2].kind == .number, tokens[position + 2].glued, token.hasFraction {
            return chunkEnd(after: position)
        }
        if position + 4 < tokens.count, tokens[position + 1].isSymbol("/"), tokens[position + 3].isSymbol("/"),
           tokens[position + 1].glued, tokens[position + 2].glued, tokens[position + 3].glued, tokens[position + 4].glued {
            return chunkEnd(after: position)
        }
        // Digit groups in a row with nothing between: "0530 2294668", "+7 727 555 1234"
        // (but "1 234 567", three-digit groups, is one number).
        if position + 1 < tokens.count, tokens[position + 1].kind == .number, tokens[position + 1].spaceBefore,
           !(position + 2 < tokens.count && tokens[position + 2].isSymbol("/")),
           // ("4000 3 hundred and 21": the second number is spelled on, so these are two numbers.)
           !(position + 2 < tokens.count && (tokens[position + 2].isWord("hundred") || Lexicon.bigScales[tokens[position + 2]] != nil)),
           !(token.integerDigits <= 3 && !token.leadingZero && !token.hasFraction && spacedThousandsEnd(after: position) != nil) {
            return runEnd(after: position)
        }
        // Phone numbers and references: three or more hyphen-joined groups.
        if position + 4 < tokens.count, tokens[position + 1].isSymbol("-"), tokens[position + 2].kind == .number,
           tokens[position + 3].isSymbol("-"), tokens[position + 4].kind == .number,
           tokens[position + 1].glued, tokens[position + 2].glued, tokens[position + 3].glued, tokens[position + 4].glued {
            let isDate = token.integerDigits == 4 && tokens[position + 2].integerDigits <= 2 && tokens[position + 4].integerDigits <= 2
            if !isDate { return chunkEnd(after: position) }
        }
        // "1/0": a division by zero is no number.
        if position + 2 < tokens.count, tokens[position + 1].isSymbol("/"), tokens[position + 1].glued, tokens[position + 2].glued,
           tokens[position + 2].kind == .number, tokens[position + 2].number.value == 0 {
            return chunkEnd(after: position)
        }
        // Wire-story times: "1430 GMT", "0900 ET".
        if position + 1 < tokens.count, !token.hasFraction, token.integerDigits == 4,
           ["gmt", "utc", "bst", "cet", "cest", "est", "edt", "et", "pt", "jst", "hkt", "sgt"].contains(where: { tokens[position + 1].isWordText($0, in: text) }),
           text[tokens[position + 1].start] < 0x60 {
            return position + 2
        }
        // Clock times: "2 pm", "2.13 am", "10 a.m." ("2.123 pm" is a length: see the units).
        let clockLike = !token.hasFraction || (token.number.exponent == -2 && token.integerDigits <= 2)
        if clockLike, position + 1 < tokens.count, tokens[position + 1].isWord("am") || tokens[position + 1].isWord("pm")
            || (tokens[position + 1].isWord("a") || tokens[position + 1].isWord("p")) && position + 3 < tokens.count
                && tokens[position + 2].isSymbol(".") && tokens[position + 3].isWordText("m", in: text) {
            return position + 2
        }
        // Telephone numbers with an area code in brackets: "(212) 555-0147", "+1 (212) 555-0147".
        if let end = bracketedAreaCodeEnd(at: position) { return end }
        // Street addresses and rooms: "123 Main Street", "Suite 400", "PO Box 12".
        // (Lexicon look-ups only for lexicon words: most capitalised words are names, index 0.)
        if position > 0, tokens[position - 1].capitalized, tokens[position - 1].wordIndex != 0, Lexicon.addressWords[tokens[position - 1]] != nil {
            return runEnd(after: position)
        }
        if !token.hasFraction, !token.hasGroupSeparator, position + 2 < tokens.count, tokens[position + 1].kind == .word, tokens[position + 1].capitalized {
            var look = position + 1
            while look < tokens.count, look - position <= 3, tokens[look].kind == .word, tokens[look].capitalized,
                  tokens[look].wordIndex == 0 || Lexicon.streetWords[tokens[look]] == nil { look += 1 }
            if look < tokens.count, look > position + 1, tokens[look].capitalized, tokens[look].wordIndex != 0, Lexicon.streetWords[tokens[look]] != nil {
                return position + 1
            }
        }
        // List numbering at the start of a paragraph: "1. ", "2) ".
        if position == 0, position + 2 < tokens.count, tokens[1].glued, tokens[1].isSymbol(".") || tokens[1].isSymbol(")"),
           tokens[2].spaceBefore, !token.hasFraction {
            return 2
        }
        return nil
    }


    /// The end of "(212) 555-0147" when `position` is the area code or the "+1" before it.
    private func bracketedAreaCodeEnd(at position: Int) -> Int? {
        var areaCode = position
        // "+1 (212) ...": the country code comes first.
        if position > 0, tokens[position - 1].isSymbol("+"), position + 2 < tokens.count, tokens[position + 1].isSymbol("(") {
            areaCode = position + 2
        }
        guard areaCode > 0, areaCode + 2 < tokens.count, tokens[areaCode - 1].isSymbol("("), tokens[areaCode].glued,
              tokens[areaCode].kind == .number, tokens[areaCode + 1].isSymbol(")"), tokens[areaCode + 1].glued,
              tokens[areaCode + 2].kind == .number, !tokens[areaCode].hasFraction else { return nil }
        var index = areaCode + 2
        while index < tokens.count, tokens[index].kind == .number || (tokens[index].isSymbol("-") || tokens[index].isSymbol(".")) && tokens[index].glued {
            index += 1
        }
        return index
    }

    /// The index after the run of glued tokens that contains `position`.
    private func chunkEnd(after position: Int) -> Int {
        var index = position + 1
        while index < tokens.count, tokens[index].glued { index += 1 }
        return index
    }

    /// The index after a run of space-separated digit groups starting at `position`.
    private func runEnd(after position: Int) -> Int {
        var index = chunkEnd(after: position)
        while index < tokens.count, tokens[index].kind == .number, tokens[index].spaceBefore {
            index = chunkEnd(after: index)
        }
        return index
    }

    struct DateMatch {
        /// nil for dates without a year, which are consumed but not reported.
        var figure: RecognizedFigure?
        var next: Int
    }

    /// "October 22, 2025", "22 October 2025", "October 2025", "2025-10-22".
    /// Dates without a year are consumed (so the day is no figure) but not reported.
    func parseDate(at position: Int) -> DateMatch? {
        let token = tokens[position]
        func makeDate(first: Int, last: Int, year: Int?, month: Int, day: Int?) -> DateMatch? {
            guard let year else { return nil }
            var iso = "\(year)-\(pad(month))"
            if let day { iso += "-\(pad(day))" }
            let figure = RecognizedFigure(range: ByteRange(tokens[first].start, tokens[last].end), kind: .date,
                                          value: Double(year), unit: nil, currency: nil, qualifier: .exact,
                                          qualifierRange: nil, low: nil, high: nil, isoDate: iso)
            return DateMatch(figure: figure, next: last + 1)
        }
        func year(at index: Int) -> Int? {
            guard index < tokens.count, tokens[index].kind == .number, tokens[index].integerDigits == 4,
                  !tokens[index].hasFraction, !tokens[index].hasGroupSeparator else { return nil }
            let value = Int(tokens[index].number.value)
            return (1800...2199).contains(value) ? value : nil
        }
        func day(at index: Int) -> Int? {
            guard index < tokens.count, tokens[index].kind == .number, tokens[index].integerDigits <= 2,
                  !tokens[index].hasFraction else { return nil }
            let value = Int(tokens[index].number.value)
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].glued,
               ["st", "nd", "rd", "th"].contains(tokens[index + 1].word) { return value }
            return (1...31).contains(value) ? value : nil
        }
        func dayEnd(_ index: Int) -> Int {
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].glued,
               ["st", "nd", "rd", "th"].contains(tokens[index + 1].word) { return index + 1 }
            return index
        }

        if token.kind == .word, let month = Lexicon.months[token],
           token.capitalized || token.word.count > 3 && token.word != "march" {
            var next = position + 1
            if next < tokens.count, tokens[next].isSymbol("."), tokens[next].glued { next += 1 }
            if let dayValue = day(at: next) {
                var after = dayEnd(next) + 1
                if after < tokens.count, tokens[after].isSymbol(",") { after += 1 }
                if let yearValue = year(at: after) {
                    return makeDate(first: position, last: after, year: yearValue, month: month, day: dayValue)
                }
                // "October 22" with no year: consumed, not reported.
                return DateMatch(figure: nil, next: dayEnd(next) + 1)
            }
            if let yearValue = year(at: next) {
                return makeDate(first: position, last: next, year: yearValue, month: month, day: nil)
            }
            return nil
        }
        if token.kind == .number, let dayValue = day(at: position) {
            let monthIndex = dayEnd(position) + 1
            if monthIndex < tokens.count, tokens[monthIndex].kind == .word, let month = Lexicon.months[tokens[monthIndex]],
               tokens[monthIndex].capitalized {
                if let yearValue = year(at: monthIndex + 1) {
                    return makeDate(first: position, last: monthIndex + 1, year: yearValue, month: month, day: dayValue)
                }
                return DateMatch(figure: nil, next: monthIndex + 1)
            }
        }
        // Fiscal years: "2013-14", "2024/25" are one period, not a year and a number.
        if let yearValue = year(at: position), position + 2 < tokens.count,
           tokens[position + 1].isSymbol("-") || tokens[position + 1].isSymbol("–") || tokens[position + 1].isSymbol("/"),
           tokens[position + 1].glued, tokens[position + 2].glued, tokens[position + 2].kind == .number,
           tokens[position + 2].integerDigits == 2, !tokens[position + 2].hasFraction,
           Int(tokens[position + 2].number.value) == (yearValue + 1) % 100,
           !(position + 3 < tokens.count && tokens[position + 3].glued && tokens[position + 3].kind != .symbol) {
            var figure = makeDate(first: position, last: position + 2, year: yearValue, month: 1, day: nil)?.figure
            figure?.isoDate = "\(yearValue)/\(yearValue + 1)"
            return DateMatch(figure: figure, next: position + 3)
        }
        // ISO 8601: 2025-10-22
        if let yearValue = year(at: position), position + 4 < tokens.count,
           tokens[position + 1].isSymbol("-"), tokens[position + 1].glued, tokens[position + 2].kind == .number, tokens[position + 2].glued,
           tokens[position + 3].isSymbol("-"), tokens[position + 3].glued, tokens[position + 4].kind == .number, tokens[position + 4].glued,
           tokens[position + 2].integerDigits == 2, tokens[position + 4].integerDigits == 2 {
            let month = Int(tokens[position + 2].number.value)
            let dayValue = Int(tokens[position + 4].number.value)
            if (1...12).contains(month), (1...31).contains(dayValue) {
                return makeDate(first: position, last: position + 4, year: yearValue, month: month, day: dayValue)
            }
        }
        return nil
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
