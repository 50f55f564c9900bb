/// Numbers written in words: cardinals ("one hundred and five", "ninety-five
/// hundred", "4 thousand 3 hundred and 21"), fractions ("two thirds", "one
/// hundred thirty fifths", "three and a half", "six million and two thirds"),
/// and decimals read out ("two hundred point zero three").
///
/// The words are first read into a short list of `NumberWord`s; the value is
/// then worked out from that list, which keeps the grammar in one place.
extension FigureParser {
    enum NumberWord: Equatable {
        /// zero to nineteen.
        case small(Double)
        /// twenty, thirty ... ninety.
        case tens(Double)
        /// "twenty-five", "ninety - five": a tens word and a digit word joined by a hyphen.
        case compound(Double)
        /// An integer below 1,000 written in digits inside a spelled number ("4 thousand 3 hundred").
        case digits(Double)
        case hundred
        /// thousand, million, lakh, crore ...
        case scale(Double)
        case dozen
        case and
        /// "a", "an" before "hundred", "million", "half", "fifth".
        case article
        /// "fifth", "thirty-fifths", "hundredth", "half", "quarters": the denominator of a fraction.
        /// `simple` for one to nine, which a tens word before it can join ("thirty fifth").
        case ordinal(Double, plural: Bool, simple: Bool)
    }

    struct NumberPiece {
        var word: NumberWord
        var last: Int
    }

    /// A spelled number starting at `start`: its value and last token.
    func parseSpelled(at start: Int) -> (Double, Int)? {
        if let halfOrQuarter = halfOrQuarterOfScale(at: start) { return halfOrQuarter }
        let pieces = readNumberWords(at: start)
        guard !pieces.isEmpty else { return nil }
        if case .ordinal = pieces.last!.word, let (value, last) = fraction(pieces, start: start) {
            return (value, last)
        }
        // Not a fraction: the longest run that is a well-formed cardinal.
        var count = pieces.count
        if case .ordinal = pieces.last!.word { count -= 1 }
        guard let cardinal = longestCardinal(pieces[0..<count]), cardinal.count > 0 else { return nil }
        var value = cardinal.value
        var last = pieces[cardinal.count - 1].last
        // A lone digit group is not spelled out ("4000 3 hundred": the 4000 is read as digits).
        if cardinal.count == 1, case .digits = pieces[0].word { return nil }
        // "At one point two of them left": no decimal there.
        let afterAt = start > 0 && tokens[start - 1].isWord("at") && value == 1
        if !afterAt, let (decimals, decimalsEnd) = spokenDecimals(after: last) {
            value += decimals
            last = decimalsEnd
        }
        return (value, last)
    }

    /// "half a billion", "half million", "quarter million", "half a dozen".
    private func halfOrQuarterOfScale(at start: Int) -> (Double, Int)? {
        let word = tokens[start].word
        guard word == "half" || word == "quarter", start + 1 < tokens.count else { return nil }
        let share = word == "half" ? 0.5 : 0.25
        var next = start + 1
        if word == "half", tokens[next].isWord("a"), next + 1 < tokens.count { next += 1 }
        if let scale = Lexicon.bigScales[tokens[next]] { return (share * scale, next) }
        if word == "half", next > start + 1, tokens[next].isWord("dozen") { return (6, next) }
        return nil
    }

    // MARK: - Reading the words

    private func readNumberWords(at start: Int) -> [NumberPiece] {
        var pieces: [NumberPiece] = []
        var position = start
        // After "between", an "and" that follows a tens word joins the range, not the number.
        let afterBetween = start > 0 && tokens[start - 1].isWord("between")
        while position < tokens.count {
            let token = tokens[position]
            if token.kind == .number {
                // Digits join a spelled number only before a multiplier or after "and"/a scale.
                guard !token.hasFraction, !token.hasGroupSeparator, !token.leadingZero, token.integerDigits <= 3 else { break }
                let nextToken = position + 1 < tokens.count ? tokens[position + 1] : nil
                let nextMultiplies = nextToken.map { $0.isWord("hundred") || $0.isWord("hundreds") || Lexicon.bigScales[$0] != nil } ?? false
                var followsAndOrScale = pieces.last?.word == .and
                if case .scale = pieces.last?.word { followsAndOrScale = true }
                guard nextMultiplies || followsAndOrScale else { break }
                pieces.append(NumberPiece(word: .digits(token.number.value), last: position))
                position += 1
                continue
            }
            // "three million, two hundred & forty": a comma after a scale word, before words that make a
            // number with a hundred or a smaller scale, goes on with the same number (a list would not).
            if token.isSymbol(","), case .scale = pieces.last?.word, continuesAfterComma(position + 1) {
                pieces.append(NumberPiece(word: .and, last: position))
                position += 1
                continue
            }
            if token.isSymbol("&"), !pieces.isEmpty {
                pieces.append(NumberPiece(word: .and, last: position))
                position += 1
                continue
            }
            // A hyphen before a denominator: "one-eighth", "five - eighths", "hundred-fifths".
            if token.isSymbol("-"), !pieces.isEmpty, position + 1 < tokens.count, let ordinal = Lexicon.ordinals[tokens[position + 1]] {
                pieces.append(NumberPiece(word: .ordinal(ordinal.value, plural: ordinal.plural, simple: ordinal.value < 10), last: position + 1))
                break
            }
            guard token.kind == .word else { break }
            let word = token.word
            if let value = Lexicon.units[token] {
                pieces.append(NumberPiece(word: .small(value), last: position))
            } else if let value = Lexicon.tens[token] {
                // "twenty-five", "ninety - five", "thirty-fifths", "twenty-first".
                if position + 2 < tokens.count, tokens[position + 1].isSymbol("-") {
                    let after = tokens[position + 2].word
                    if let unit = Lexicon.units[after], unit >= 1, unit <= 9 {
                        pieces.append(NumberPiece(word: .compound(value + unit), last: position + 2))
                        position += 3
                        continue
                    }
                    if let ordinal = Lexicon.ordinals[after], ordinal.value < 10 {
                        pieces.append(NumberPiece(word: .ordinal(value + ordinal.value, plural: ordinal.plural, simple: false), last: position + 2))
                        break
                    }
                }
                pieces.append(NumberPiece(word: .tens(value), last: position))
            } else if word == "hundred" || (word == "hundreds" && !pieces.isEmpty) {
                pieces.append(NumberPiece(word: .hundred, last: position))
            } else if let scale = Lexicon.bigScales[token] {
                pieces.append(NumberPiece(word: .scale(scale), last: position))
            } else if Lexicon.dozenWords.contains(word) {
                pieces.append(NumberPiece(word: .dozen, last: position))
            } else if word == "and", !pieces.isEmpty {
                if afterBetween, case .tens = pieces.last?.word { break }
                // "$620 million and one to ReElement": an amount of money written in digits does not go
                // on in words after "and" (nobody writes $620,000,001 so); "3 hundred and one" still joins.
                let startedInDigits = pieces.contains { if case .digits = $0.word { return true } else { return false } }
                let afterCurrency = start > 0 && tokens[start - 1].kind == .symbol && Lexicon.currencySymbols[tokens[start - 1].scalar] != nil
                if startedInDigits, afterCurrency, position + 1 < tokens.count, tokens[position + 1].kind == .word { break }
                pieces.append(NumberPiece(word: .and, last: position))
            } else if word == "a" || word == "an" {
                guard pieces.isEmpty || pieces.last?.word == .and else { break }
                pieces.append(NumberPiece(word: .article, last: position))
            } else if let ordinal = Lexicon.ordinals[token], !pieces.isEmpty {
                // "second" is a unit of time far more often than a denominator.
                if word == "second" || word == "seconds" {
                    guard case .tens = pieces.last?.word else { break }
                }
                pieces.append(NumberPiece(word: .ordinal(ordinal.value, plural: ordinal.plural, simple: ordinal.value < 10), last: position))
                break
            } else {
                break
            }
            position += 1
        }
        // Trailing words that cannot end a number are given back ("two hundred and", "and a").
        while let last = pieces.last?.word, last == .and || last == .article { pieces.removeLast() }
        return pieces
    }

    /// True when "two hundred", "twenty-five thousand" or "a hundred" starts at `position`.
    private func continuesAfterComma(_ position: Int) -> Bool {
        var look = position
        guard look < tokens.count, Lexicon.units[tokens[look]] != nil || Lexicon.tens[tokens[look]] != nil || tokens[look].isWord("a") else { return false }
        look += 1
        if look + 1 < tokens.count, tokens[look].isSymbol("-"), Lexicon.units[tokens[look + 1]] != nil { look += 2 }
        guard look < tokens.count else { return false }
        return tokens[look].isWord("hundred") || Lexicon.bigScales[tokens[look]] != nil
    }

    // MARK: - Cardinals

    struct Cardinal {
        var value: Double
        /// How many pieces it used.
        var count: Int
        /// The scale word it ends with ("six million"), if any.
        var trailingScale: Double?
    }

    /// The longest prefix of `pieces` that reads as one cardinal number.
    func longestCardinal(_ pieces: ArraySlice<NumberPiece>) -> Cardinal? {
        enum Previous { case start, small, tens, hundred, scale, dozen, and, article }
        var total = 0.0
        var group = 0.0
        var sinceHundred = 0.0
        var previous = Previous.start
        var lastScale = Double.infinity
        var best: Cardinal?
        var lastAnd: Cardinal?
        for (offset, piece) in pieces.enumerated() {
            switch piece.word {
            case .small(let value):
                let afterTens = previous == .tens && value >= 1 && value <= 9
                guard [.start, .hundred, .scale, .and].contains(previous) || afterTens else { return backOff(best, lastAnd, pieces, offset) }
                group += value
                sinceHundred += value
                previous = .small
            case .digits(let value):
                guard [.start, .scale, .and].contains(previous), previous != .and || value >= 1 else {
                    return backOff(best, lastAnd, pieces, offset)
                }
                group += value
                sinceHundred += value
                previous = .small
            case .tens(let value), .compound(let value):
                guard [.start, .hundred, .scale, .and].contains(previous) else { return backOff(best, lastAnd, pieces, offset) }
                group += value
                sinceHundred += value
                if case .tens = piece.word { previous = .tens } else { previous = .small }
            case .hundred:
                guard group < 100, previous == .small || previous == .tens || previous == .article else { return backOff(best, lastAnd, pieces, offset) }
                group = max(group, 1) * 100
                sinceHundred = 0
                previous = .hundred
            case .scale(let scale):
                guard scale < lastScale, previous != .start, previous != .and else { return backOff(best, lastAnd, pieces, offset) }
                total += max(group, 1) * scale
                group = 0
                sinceHundred = 0
                lastScale = scale
                previous = .scale
            case .dozen:
                guard previous == .small || previous == .tens || previous == .article else { return backOff(best, lastAnd, pieces, offset) }
                // Only the words since the last "hundred" count dozens: "three hundred and two dozens" is 324.
                group += sinceHundred == 0 ? 12 : sinceHundred * 11
                sinceHundred = 0
                previous = .dozen
            case .and:
                // "one hundred and five"; also "twenty and four" (hours), where a digit word follows.
                let digitFollows = offset + 1 < pieces.count && { if case let .small(value) = pieces[pieces.startIndex + offset + 1].word { return value >= 1 && value <= 9 } else { return false } }()
                guard previous == .hundred || previous == .scale || previous == .dozen || previous == .tens && digitFollows else { return best }
                lastAnd = best
                previous = .and
                continue
            case .article:
                guard previous == .start else { return best }
                previous = .article
                continue
            case .ordinal:
                return best
            }
            best = Cardinal(value: total + group, count: offset + 1, trailingScale: previous == .scale ? lastScale : nil)
        }
        return best
    }

    /// When a multiplier cannot follow ("two hundred and three hundred"), the
    /// words after the last "and" start a new number: give them back.
    private func backOff(_ best: Cardinal?, _ beforeAnd: Cardinal?, _ pieces: ArraySlice<NumberPiece>, _ offset: Int) -> Cardinal? {
        let word = pieces[pieces.startIndex + offset].word
        if let beforeAnd, word == .hundred || { if case .scale = word { return true } else { return false } }() { return beforeAnd }
        return best
    }

    /// The value of `pieces` when all of them make one cardinal ("a" alone is one).
    private func wholeCardinal(_ pieces: ArraySlice<NumberPiece>) -> Cardinal? {
        if pieces.count == 1, pieces.first?.word == .article { return Cardinal(value: 1, count: 1, trailingScale: nil) }
        guard let cardinal = longestCardinal(pieces), cardinal.count == pieces.count else { return nil }
        return cardinal
    }

    // MARK: - Fractions

    /// `pieces` ends with a denominator word. Reads "integer and fraction"
    /// ("twenty and three fifths") or "numerator denominator" ("one hundred
    /// thirty fifths" = 100/35), returning nil when neither fits.
    private func fraction(_ pieces: [NumberPiece], start: Int) -> (Double, Int)? {
        guard case let .ordinal(_, plural, _) = pieces.last!.word else { return nil }
        var last = pieces.last!.last
        let body = pieces.dropLast()
        var value: Double?
        var integerScale: Double?
        // "six million and two thirds", "two and fifty-four hundredths": a whole number and a proper fraction.
        if let andIndex = body.lastIndex(where: { $0.word == .and }), andIndex > body.startIndex,
           let integer = wholeCardinal(body[body.startIndex..<andIndex]),
           let (part, _) = andAHalf(body, after: andIndex, ordinal: pieces.last!) ?? plainFraction(Array(body[(andIndex + 1)...]) + [pieces.last!]),
           part < 1 {
            value = integer.value + part * (integer.trailingScale ?? 1)
            integerScale = integer.trailingScale
        } else if let (part, numerator) = plainFraction(pieces) {
            // "two millionth" is an ordinal after a number; only "one fifth" or "a fifth" is singular.
            guard plural || numerator == 1 else { return nil }
            value = part
        }
        guard var result = value else { return nil }
        // "a fifth straight year", "one third party": a singular ordinal read as a fraction
        // of one only where no noun follows it.
        let numeratorIsOne = body.count == 1 && (body.first!.word == .article || body.first!.word == .small(1))
        if !plural, numeratorIsOne, last + 1 < tokens.count, tokens[last + 1].kind == .word,
           !["of", "and", "or", "to"].contains(tokens[last + 1].word), Lexicon.bigScales[tokens[last + 1]] == nil,
           Lexicon.quantityUnits[tokens[last + 1]] == nil, Lexicon.durationUnits[tokens[last + 1]] == nil {
            return nil
        }
        // "one billion and a half million": the fraction has a scale of its own.
        if let integerScale, last + 1 < tokens.count, let scale = Lexicon.bigScales[tokens[last + 1]], scale < integerScale {
            let integer = result - (result.truncatingRemainder(dividingBy: integerScale))
            result = integer + (result - integer) / integerScale * scale
            last += 1
        }
        // "two thirds of a million"
        if last + 3 < tokens.count, tokens[last + 1].isWord("of"), tokens[last + 2].isWord("a"),
           let scale = Lexicon.bigScales[tokens[last + 3]] {
            result *= scale
            last += 3
        }
        return (result, last)
    }

    /// "one and half": half or quarter right after "and", with no article.
    private func andAHalf(_ body: ArraySlice<NumberPiece>, after andIndex: Int, ordinal: NumberPiece) -> (Double, Double)? {
        guard andIndex == body.endIndex - 1, case let .ordinal(denominator, false, _) = ordinal.word, denominator == 2 || denominator == 4 else { return nil }
        return (1 / denominator, 1)
    }

    /// "numerator denominator" with nothing before: tries the longest
    /// denominator first ("thirty fifths", "one hundred fifth") and keeps one
    /// that leaves a well-formed numerator.
    private func plainFraction(_ pieces: [NumberPiece]) -> (value: Double, numerator: Double)? {
        guard case let .ordinal(ordinal, _, simple) = pieces.last!.word else { return nil }
        let body = pieces.dropLast()
        var denominators: [(Double, Int)] = []  // (denominator, words it takes from the body)
        if simple, let before = body.last?.word {
            // "one one hundred fifth", "one hundred one thousand fifths", "one one hundred and fifth".
            var index = body.endIndex - 1
            if before == .and, index > body.startIndex { index -= 1 }
            let multiplierWord = body[index].word
            var multiplier: Double?
            if multiplierWord == .hundred { multiplier = 100 }
            if case let .scale(scale) = multiplierWord { multiplier = scale }
            if let multiplier, index > body.startIndex {
                switch body[index - 1].word {
                case .small(let count), .tens(let count), .compound(let count):
                    denominators.append((count * multiplier + ordinal, body.endIndex - (index - 1)))
                default: break
                }
            }
            // "one hundred thirty fifths": a tens word joins the ordinal, unless "and" binds it to the numerator.
            if case let .tens(tens) = before, !(body.count >= 2 && body[body.endIndex - 2].word == .and) {
                denominators.append((tens + ordinal, 1))
            }
        }
        denominators.append((ordinal, 0))
        for (denominator, taken) in denominators where denominator >= 2 {
            let numeratorPieces = body.dropLast(taken)
            guard !numeratorPieces.isEmpty, let numerator = wholeCardinal(numeratorPieces) else { continue }
            return (numerator.value / denominator, numerator.value)
        }
        return nil
    }

    // MARK: - Decimals read out

    /// "point zero three", "point seventy-one", "point nought four" after a number: the part after the point.
    private func spokenDecimals(after last: Int) -> (Double, Int)? {
        guard last + 2 < tokens.count, tokens[last + 1].isWord("point") else { return nil }
        var digits = ""
        var position = last + 2
        while position < tokens.count, let value = Lexicon.units[tokens[position]], value < 10 {
            digits += String(Int(value))
            position += 1
        }
        if digits.isEmpty {
            // A single two-digit word: "point eleven", "point seventy-one".
            if let value = Lexicon.units[tokens[position]] {
                digits = String(Int(value))
            } else if let tens = Lexicon.tens[tokens[position]] {
                var value = tens
                if position + 2 < tokens.count, tokens[position + 1].isSymbol("-"), let unit = Lexicon.units[tokens[position + 2]], unit < 10 {
                    value += unit
                    position += 2
                }
                digits = String(Int(value))
            } else {
                return nil
            }
            position += 1
        }
        guard let fraction = Double("0." + digits) else { return nil }
        return (fraction, position - 1)
    }
}
