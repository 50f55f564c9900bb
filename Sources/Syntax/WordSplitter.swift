import BriefingModel

/// Splits a sentence into words the way Universal Dependencies English EWT does:
/// punctuation apart ("end." → end .), clitics apart ("don't" → do n't,
/// "Kazakhstan's" → Kazakhstan 's), currency signs apart from their amounts
/// ("$5" → $ 5), most hyphenated compounds apart ("long-term" → long - term)
/// but not prefixed words ("non-binding", "co-owner") or telephone numbers;
/// abbreviations keep their full stops ("U.S.", "Mr."), and web and e-mail
/// addresses stay whole.
public func treebankWords(_ text: [UInt8], _ range: ByteRange) -> [SyntaxWord] {
    var words: [SyntaxWord] = []
    var index = range.start
    while index < range.end {
        while index < range.end, isSpace(text, index, range.end) { index += spaceLength(text, index, range.end) }
        guard index < range.end else { break }
        var end = index
        while end < range.end, !isSpace(text, end, range.end) { end += characterLength(text[end]) }
        end = min(end, range.end)
        let chunk = Chunk(text: text, range: ByteRange(index, end), endsSentence: end >= range.end)
        let pieces = chunk.words()
        for (offset, piece) in pieces.enumerated() {
            let last = offset == pieces.count - 1
            let spaceAfter = last ? end < range.end : false
            words.append(SyntaxWord(form: String(decoding: text[piece.start..<piece.end], as: UTF8.self),
                                    range: piece, spaceAfter: spaceAfter))
        }
        index = end
    }
    if let last = words.indices.last { words[last].spaceAfter = false }
    return words
}

/// Words the treebank writes with their full stop.
private let abbreviationsWithStop: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "vs", "etc", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "no", "approx", "dept",
    "est", "fig", "mt", "ft", "lb", "lbs", "oz", "hr", "hrs", "min", "sec", "ave", "blvd", "rd", "mon", "tue", "wed",
    "thu", "fri", "sat", "sun", "plc", "bros", "cf", "al", "pp", "vol", "p", "messrs", "capt", "ext", "lt", "col",
    "sgt", "cpl", "adm", "hon", "rev", "assn", "intl", "govt", "sts", "pvt", "ps", "ect", "drs",
]

/// Units and scales written straight after a number ("650k", "2bn", "10am").
private let unitWords: Set<String> = [
    "bn", "mn", "mln", "am", "pm", "mm", "cm", "km", "kg", "mg", "ft", "hrs", "hr", "gb", "mb", "kb", "tb", "mph", "lb",
    "lbs", "oz", "hz", "khz", "mhz", "ghz", "kw", "mw", "gw", "kwh", "mwh", "gwh", "mt", "kt", "yrs", "yr", "mins", "min",
    "sec", "secs", "day", "days", "p", "g", "m", "k", "b", "t",
]

/// Prefixes that keep their hyphen: "non-binding", "co-owner", "e-mail".
private let hyphenPrefixes: Set<String> = [
    "e", "non", "mid", "pre", "anti", "re", "post", "co", "over", "multi", "pro", "ex", "sub", "semi", "cross", "neo",
    "inter", "intra", "micro", "macro", "mini", "bi", "tri", "un", "counter", "ultra", "de", "mis", "trans", "extra",
    "vice",
]

/// Emoticons are one word each.
private let emoticons: Set<String> = [
    ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", "=)", "=(", ":/", ":-/", ":o", "<3", "^_^",
    "<<", ">>", "<--", "-->", "->", "<-",
]

/// Words a contraction without an apostrophe stands for: "dont" → do nt.
private let apostropheLessNegations: [String: Int] = [
    "dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "cant": 2, "wont": 2, "couldnt": 5, "wouldnt": 5,
    "shouldnt": 6, "arent": 3, "werent": 4, "havent": 4, "hasnt": 3, "hadnt": 3, "aint": 2,
    // and the other clitics written without their apostrophe, where the fused form is no other word
    "thats": 4, "whats": 4, "theres": 5, "ive": 1, "im": 1, "youre": 3, "theyre": 4, "youve": 3, "weve": 2, "theyve": 4,
]

/// "gonna" → gon na, "cannot" → can not: where the second word starts.
private let fusedWords: [String: Int] = ["gonna": 3, "wanna": 3, "gotta": 3, "cannot": 3]

/// One whitespace-free stretch of a sentence and the words inside it.
private struct Chunk {
    let text: [UInt8]
    let range: ByteRange
    /// The last chunk of the sentence: even an abbreviation gives up its full stop there ("etc .").
    let endsSentence: Bool

    func words() -> [ByteRange] {
        let whole = String(decoding: text[range.start..<range.end], as: UTF8.self)
        if emoticons.contains(whole) || isRepeatedSymbol(range) { return [range] }
        // Brackets and quotes around an address come off; the address stays whole.
        var opening = range.start
        while opening < range.end - 1, "([<\"".utf8.contains(text[opening]) { opening += 1 }
        if isWebAddress(ByteRange(opening, range.end)) {
            var end = range.end
            while end > opening + 1, isTrailingPunctuation(text[end - 1]) { end -= 1 }
            return (range.start..<opening).map { ByteRange($0, $0 + 1) } + [ByteRange(opening, end)]
                + (end..<range.end).map { ByteRange($0, $0 + 1) }
        }
        var leading: [ByteRange] = []
        var trailing: [ByteRange] = []
        var start = range.start
        var end = range.end
        // Opening brackets, quotes and currency signs before the word.
        while start < end {
            let length = characterLength(text[start])
            guard start + length <= end else { break }
            if start + length < end, isOpeningPunctuation(text, start) || isCurrencySign(text, start, end)
                || opensBeforeWord(start, end) {
                leading.append(ByteRange(start, start + length))
                start += length
            } else if text[start] == UInt8(ascii: "."), start + 1 < end, text[start + 1] == UInt8(ascii: ".") {
                // "...Now": a leading ellipsis is a word of its own.
                var runEnd = start
                while runEnd < end, text[runEnd] == UInt8(ascii: ".") { runEnd += 1 }
                guard runEnd < end, isAlphanumeric(text[runEnd]) else { break }
                leading.append(ByteRange(start, runEnd))
                start = runEnd
            } else if let sign = letteredCurrencySign(start, end) {
                // "A$200", "US$1.5": the lettered sign is one word, as "$" is.
                leading.append(ByteRange(start, sign))
                start = sign
            } else if start + length < end, text[start] == UInt8(ascii: "'") || text[start] == UInt8(ascii: "`"),
                      !isDigit(text[start + 1]) {
                leading.append(ByteRange(start, start + 1))
                start += 1
            } else {
                break
            }
        }
        // Closing punctuation after it, one word each but for runs ("...", "?!").
        while end > start {
            if let smiley = trailingEmoticon(ByteRange(start, end)) {
                trailing.append(smiley)
                end = smiley.start
                continue
            }
            let previous = previousCharacterStart(end, floor: start)
            guard isClosingPunctuation(text, previous, end) else { break }
            if text[previous] == UInt8(ascii: "."), previous - 1 > start, text[previous - 1] == UInt8(ascii: "."),
               text[previous - 2] != UInt8(ascii: "."), keepsFullStop(ByteRange(start, previous)) {
                // "Inc..": the abbreviation keeps one stop, the sentence ends with the other.
                trailing.append(ByteRange(previous, end))
                end = previous
                break
            }
            if text[previous] == UInt8(ascii: "."), previous > start, text[previous - 1] != UInt8(ascii: "."),
               keepsFullStop(ByteRange(start, end)) {
                if endsSentence, end == range.end {
                    trailing.append(ByteRange(previous, end))
                    end = previous
                }
                break
            }
            if text[previous] == UInt8(ascii: "'"), previous > start, text[previous - 1] == UInt8(ascii: "s") || text[previous - 1] == UInt8(ascii: "S") {
                // Plural possessive "banks'" is a word of its own, like "'s".
                trailing.append(ByteRange(previous, end))
                end = previous
                break
            }
            var runStart = previous
            while runStart > start, isRunPunctuation(text[previous]),
                  text[runStart - 1] == text[previous] || (isSentenceMark(text[previous]) && isSentenceMark(text[runStart - 1])) {
                runStart -= 1
            }
            if runStart == start, runStart < previous { break }  // a word of only "...": keep it whole below
            trailing.append(ByteRange(runStart, end))
            end = runStart
        }
        var middle: [ByteRange] = []
        if start < end { middle = splitInside(ByteRange(start, end)) }
        return leading + middle + trailing.reversed()
    }

    /// Splits the core of a chunk: clitics, hyphens, slashes, "%", dashes.
    private func splitInside(_ core: ByteRange) -> [ByteRange] {
        var pieces: [ByteRange] = []
        var pieceStart = core.start
        var index = core.start
        while index < core.end {
            let byte = text[index]
            if byte == UInt8(ascii: "-"), index + 1 < core.end, text[index + 1] == UInt8(ascii: "-") {
                // "--" and longer dashes between words.
                var dashEnd = index
                while dashEnd < core.end, text[dashEnd] == UInt8(ascii: "-") { dashEnd += 1 }
                if index > pieceStart { pieces.append(ByteRange(pieceStart, index)) }
                pieces.append(ByteRange(index, dashEnd))
                pieceStart = dashEnd
                index = dashEnd
                continue
            }
            if byte == UInt8(ascii: "-"), index > pieceStart, index + 1 < core.end, splitsAtHyphen(ByteRange(pieceStart, core.end), index) {
                pieces.append(ByteRange(pieceStart, index))
                pieces.append(ByteRange(index, index + 1))
                pieceStart = index + 1
            } else if byte == UInt8(ascii: "/"), index > pieceStart, index + 1 < core.end,
                      index - pieceStart > 1 || !isLetter(text[pieceStart]), wordLength(from: index + 1, core.end) > 1 {
                pieces.append(ByteRange(pieceStart, index))
                pieces.append(ByteRange(index, index + 1))
                pieceStart = index + 1
            } else if byte == UInt8(ascii: "."), index + 1 < core.end, text[index + 1] == UInt8(ascii: "."),
                      index > pieceStart ? isLetter(text[index - 1]) : index > core.start {
                // "house...is", 'corner"...and': the dots between two words are a word of their own.
                var runEnd = index
                while runEnd < core.end, text[runEnd] == UInt8(ascii: ".") { runEnd += 1 }
                if index > pieceStart { pieces.append(ByteRange(pieceStart, index)) }
                pieces.append(ByteRange(index, runEnd))
                pieceStart = runEnd
                index = runEnd
                continue
            } else if byte == UInt8(ascii: ","), index > pieceStart, index + 1 < core.end, isLetter(text[index - 1]), isAlphanumeric(text[index + 1]) {
                // "meat,chorizo": a comma after a letter (between digits it is a thousands separator).
                pieces.append(ByteRange(pieceStart, index))
                pieces.append(ByteRange(index, index + 1))
                pieceStart = index + 1
            } else if byte == UInt8(ascii: "%"), index + 2 < core.end, text[index + 1] == UInt8(ascii: "-"), isLetter(text[index + 2]) {
                // "51%-owned" → 51 % - owned, as the treebank writes it.
                if index > pieceStart { pieces.append(ByteRange(pieceStart, index)) }
                pieces.append(ByteRange(index, index + 1))
                pieces.append(ByteRange(index + 1, index + 2))
                pieceStart = index + 2
                index += 2
                continue
            } else if byte == UInt8(ascii: "%"), index > pieceStart {
                pieces.append(ByteRange(pieceStart, index))
                pieceStart = index
            } else if byte == UInt8(ascii: "\""), index > pieceStart || index + 1 < core.end {
                // A straight double quote is never part of a word: 'corner"...and'.
                if index > pieceStart { pieces.append(ByteRange(pieceStart, index)) }
                pieces.append(ByteRange(index, index + 1))
                pieceStart = index + 1
                if pieceStart < core.end, text[pieceStart] == UInt8(ascii: "<"), isWebAddress(ByteRange(pieceStart + 1, core.end)) {
                    // '"Ryan"<ryan@example.com': the bracket apart, the address whole.
                    pieces.append(ByteRange(pieceStart, pieceStart + 1))
                    pieces.append(ByteRange(pieceStart + 1, core.end))
                    pieceStart = core.end
                    break
                }
            } else if byte == UInt8(ascii: "("), index > pieceStart, isLetter(text[index - 1]),
                      !text[index..<core.end].contains(UInt8(ascii: ")")) {
                // "Road(": a bracket that opens after a word and closes outside it.
                pieces.append(ByteRange(pieceStart, index))
                pieces.append(ByteRange(index, index + 1))
                pieceStart = index + 1
            } else if byte == UInt8(ascii: ")"), index > pieceStart, index + 1 < core.end, text[index + 1] == UInt8(ascii: "(") {
                // "file.pdf)(See": one bracket closes, the next opens.
                pieces.append(ByteRange(pieceStart, index))
                pieces.append(ByteRange(index, index + 1))
                pieces.append(ByteRange(index + 1, index + 2))
                pieceStart = index + 2
                index += 2
                continue
            } else if isEmDash(text, index, core.end) {
                if index > pieceStart { pieces.append(ByteRange(pieceStart, index)) }
                pieces.append(ByteRange(index, index + 3))
                pieceStart = index + 3
                index += 3
                continue
            }
            index += characterLength(byte)
        }
        if pieceStart < core.end { pieces.append(ByteRange(pieceStart, core.end)) }
        return pieces.flatMap(splitUnit).flatMap(splitClitics)
    }

    /// "650k", "375mm", "$2bn" → 650 k, 375 mm, 2 bn, as the treebank writes an
    /// amount and its unit; codes ("4G", "83N"), ordinals ("21st") and decades
    /// ("1990s") stay whole.
    private func splitUnit(_ piece: ByteRange) -> [ByteRange] {
        guard isDigit(text[piece.start]) else { return [piece] }
        var letters = piece.start
        while letters < piece.end, isDigit(text[letters]) || text[letters] == UInt8(ascii: ".") || text[letters] == UInt8(ascii: ",") {
            letters += 1
        }
        guard letters < piece.end, isDigit(text[letters - 1]) else { return [piece] }
        let unit = String(decoding: text[letters..<piece.end], as: UTF8.self)
        let isUnit = unit.count == 1 ? "kmbKMBx".contains(unit)
            : unitWords.contains(unit) || ["AM", "PM", "GB", "MB", "KB", "TB", "MW", "GW", "KW"].contains(unit)
        return isUnit ? [ByteRange(piece.start, letters), ByteRange(letters, piece.end)] : [piece]
    }

    /// "family:)", "lingerie :-).": an emoticon at the end of a word.
    private func trailingEmoticon(_ word: ByteRange) -> ByteRange? {
        for smiley in [":-)", ":-(", ";-)", ":)", ":(", ";)"] {
            let length = smiley.utf8.count
            guard word.length >= length, text[(word.end - length)..<word.end].elementsEqual(smiley.utf8) else { continue }
            return ByteRange(word.end - length, word.end)
        }
        return nil
    }

    /// The end of a lettered currency sign at `index` ("A$", "US$", "HK$") with an amount
    /// right after it, else nil.
    private func letteredCurrencySign(_ index: Int, _ end: Int) -> Int? {
        var cursor = index
        while cursor < end, cursor - index < 3, text[cursor] >= UInt8(ascii: "A"), text[cursor] <= UInt8(ascii: "Z") { cursor += 1 }
        guard cursor > index, cursor + 1 < end, text[cursor] == UInt8(ascii: "$"), isDigit(text[cursor + 1]) else { return nil }
        return cursor + 1
    }

    /// "-2:30", "-Page", ",thank", "%10": a hyphen, comma or percent sign stuck to
    /// the front of a word is a word of its own.
    private func opensBeforeWord(_ index: Int, _ end: Int) -> Bool {
        let byte = text[index]
        guard index + 1 < end, byte == UInt8(ascii: "-") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "%") else { return false }
        return byte == UInt8(ascii: "%") ? isDigit(text[index + 1]) : isAlphanumeric(text[index + 1])
    }

    /// "don't" → do n't, "it's" → it 's, "cannot" → can not, "dont" → do nt.
    private func splitClitics(_ piece: ByteRange) -> [ByteRange] {
        let lower = String(decoding: text[piece.start..<piece.end], as: UTF8.self).lowercased()
        let scalars = Array(lower.utf8)
        func endsWith(_ suffix: String) -> Bool { scalars.count > suffix.utf8.count && lower.hasSuffix(suffix) }
        // "the 70's", "under 12's": a number's 's stays on it.
        if scalars.count > 2, lower.hasSuffix("'s"), scalars.dropLast(2).allSatisfy(isDigit) { return [piece] }
        for apostrophe in ["'", "’"] {
            let cut = apostrophe.utf8.count
            if endsWith("n" + apostrophe + "t") {
                let at = piece.end - 2 - cut
                return [ByteRange(piece.start, at), ByteRange(at, piece.end)]
            }
            for clitic in ["s", "m", "d", "ll", "re", "ve"] where endsWith(apostrophe + clitic) {
                let at = piece.end - cut - clitic.utf8.count
                return [ByteRange(piece.start, at), ByteRange(at, piece.end)]
            }
        }
        if let second = fusedWords[lower] ?? apostropheLessNegations[lower] {
            return [ByteRange(piece.start, piece.start + second), ByteRange(piece.start + second, piece.end)]
        }
        return [piece]
    }

    /// Hyphens split compounds ("long-term") but not prefixed words or digit codes.
    private func splitsAtHyphen(_ word: ByteRange, _ hyphen: Int) -> Bool {
        let before = String(decoding: text[word.start..<hyphen], as: UTF8.self).lowercased()
        if hyphenPrefixes.contains(before) { return false }
        // Telephone numbers and codes: 713-853-3989, 345-9945.
        var digitsBefore = 0
        var cursor = hyphen - 1
        while cursor >= word.start, isDigit(text[cursor]) { digitsBefore += 1; cursor -= 1 }
        var digitsAfter = 0
        cursor = hyphen + 1
        while cursor < word.end, isDigit(text[cursor]) { digitsAfter += 1; cursor += 1 }
        // A range of years splits (2019 - 2020); an extension or ZIP+4 does not.
        if digitsAfter >= 4 && digitsBefore > 0 && digitsBefore != 4 { return false }
        if digitsBefore > 0, digitsAfter > 0, cursor + 1 < word.end, text[cursor] == UInt8(ascii: "-"), isDigit(text[cursor + 1]) { return false }
        return isAlphanumeric(text[hyphen - 1]) && isAlphanumeric(text[hyphen + 1])
    }

    private func wordLength(from start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, isLetter(text[index]) { index += 1 }
        return index - start
    }

    /// "U.S.", "e.g.", "Mr.", "J." keep their stop; "end." does not.
    private func keepsFullStop(_ word: ByteRange) -> Bool {
        let body = String(decoding: text[word.start..<(word.end - 1)], as: UTF8.self)
        if body.contains(".") && !body.hasSuffix(".") && body.allSatisfy({ $0.isLetter || $0 == "." }) { return true }
        if body.count == 1, body.first!.isLetter { return true }
        return abbreviationsWithStop.contains(body.lowercased())
    }

    private func isWebAddress(_ word: ByteRange) -> Bool {
        // Every address has an "@", a ":" or a dot with something after it; most words
        // have none, and skip the string work below.
        guard text[word.start..<word.end].indices.contains(where: { index in
            let byte = text[index]
            return byte == UInt8(ascii: "@") || byte == UInt8(ascii: ":") || (byte == UInt8(ascii: ".") && index + 1 < word.end)
        }) else { return false }
        let string = String(decoding: text[word.start..<word.end], as: UTF8.self).lowercased()
        if string.contains("\"") { return false }
        if string.contains("://") || string.hasPrefix("www.") { return true }
        if let at = string.firstIndex(of: "@"), at != string.startIndex {
            let domain = string[string.index(after: at)...]
            return domain.contains(".") && domain.first?.isLetter == true
        }
        for ending in [".com", ".org", ".net", ".gov", ".edu"] where string.contains(ending) && string.first?.isLetter == true {
            return !string.hasPrefix(ending)
        }
        return false
    }

    /// "*****", "=====", "____": a line of one symbol is one word.
    private func isRepeatedSymbol(_ word: ByteRange) -> Bool {
        guard word.length >= 2 else { return false }
        let first = text[word.start]
        guard "*=_~#+".utf8.contains(first) || first == UInt8(ascii: "-") else { return false }
        return text[word.start..<word.end].allSatisfy { $0 == first }
    }

    private func previousCharacterStart(_ end: Int, floor: Int) -> Int {
        var index = end - 1
        while index > floor, text[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }
}
