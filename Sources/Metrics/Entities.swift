import BriefingModel
import Foundation

/// A name as it stands in one sentence.
struct Mention {
    var name: String
    var sourceID: String
    var sentenceID: String
    var start: Int
    var end: Int
    /// Index range into the sentence's words.
    var firstWord: Int
    var lastWord: Int
    var isPerson: Bool
    /// `EXIM` in `Export-Import Bank of the United States (EXIM)`: an alias of the mention before it.
    var aliasOfPrevious: Bool
}

/// Finds the names in a sentence: runs of capitalised words, with `of the`
/// inside, split at job titles, without the sentence's first word when that
/// word is only capitalised because it starts the sentence.
func findMentions(in words: [Word], sentence: Sentence, commonWords: Set<String>, namePairs: Set<String> = []) -> [Mention] {
    var mentions: [Mention] = []
    var index = 0
    while index < words.count {
        guard startsName(words, index, commonWords: commonWords, namePairs: namePairs) else {
            index += 1
            continue
        }
        var last = index
        var cursor = index + 1
        // "IREL (India) Ltd", "Rio Tinto (Australia) Pty": a bracketed word before a legal form
        // is part of the company's name.
        func bracketedQualifier(_ at: Int) -> Bool {
            words[at].leading == "(" && words[at].trailing == ")" && isNameWord(words[at]) && at + 1 < words.count
                && Gazetteer.legalForms.contains(words[at + 1].lower)
        }
        while cursor < words.count, !words[cursor - 1].endsRun || bracketedQualifier(cursor) {
            let word = words[cursor]
            if bracketedQualifier(cursor) {
                last = cursor + 1
                cursor += 2
                continue
            }
            if !word.leading.isEmpty, word.leading.contains(where: { "(\"“‘".contains($0) }) { break }
            // "Engine No. 1": "No." and its number close a name.
            if word.lower == "no", word.trailing == ".", cursor + 1 < words.count, words[cursor + 1].text.allSatisfy(\.isNumber) {
                last = cursor + 1
                cursor += 2
                continue
            }
            if isNameWord(word), !hasNonNameDigits(word), !isCurrencyCode(words, cursor) { last = cursor; cursor += 1; continue }
            // "Anglo American", "Pan American Silver": a nationality word right after a name's
            // first word is part of the name (a possessor would have its "'s": "Glencore's Australian unit").
            // (Not after a region's word: "Central Asian", "Latin American" describe, they name no one.)
            if cursor == index + 1, word.isCapitalized, Gazetteer.demonyms.contains(word.lower), !words[index].isPossessive,
               !regionWords.contains(words[index].lower) {
                last = cursor; cursor += 1; continue
            }
            // "Bank of the United States": connectors only lead to more name.
            // "and" joins only inside an institution's name ("Center for
            // Strategic and International Studies"), never two names.
            let insideInstitution = (index...last).contains { ["of", "for"].contains(words[$0].lower) }
            if Gazetteer.connectors.contains(word.lower) || (word.lower == "and" && insideInstitution) {
                var ahead = cursor
                while ahead < words.count, Gazetteer.connectors.contains(words[ahead].lower) || (words[ahead].lower == "and" && insideInstitution),
                      !words[ahead].endsRun { ahead += 1 }
                // "the Export-Import Bank of the United States and Britain's UK Export Finance": after
                // a country, or before a possessor, "and" joins two names, not words of one.
                let joinsByAnd = (cursor..<ahead).contains { words[$0].lower == "and" }
                let andEndsName = joinsByAnd && ahead < words.count && (words[ahead].isPossessive || endsWithCountry(words, index, last))
                if ahead < words.count, ahead > cursor, !andEndsName, isNameWord(words[ahead]), !isCurrencyCode(words, ahead), !words[ahead - 1].endsRun,
                   words[ahead].leading.isEmpty, !Gazetteer.roles.contains(words[ahead].lower) {
                    cursor = ahead
                    continue
                }
            }
            break
        }
        mentions.append(contentsOf: splitAtRoles(words, index, last, sentence: sentence))
        index = last + 1
    }
    // "(EXIM)", "(“Cove Kaz”)": a name in brackets right after another is its alias.
    // ("(“Cornish Lithium” or “the Company”)": so is each quoted name of a defined term.)
    var definedTermOpen = false
    for i in mentions.indices.dropFirst() {
        // (The punctuation before the name, or before its "the": "(“the Company”)".)
        let first = mentions[i].firstWord
        let article = first > 0 && words[first - 1].lower == "the" ? first - 1 : first
        let leading = words[article].leading
        let previous = mentions[i - 1]
        let closes = words[mentions[i].lastWord].trailing.contains(")")
        let quoted = leading.contains(where: { "\"“".contains($0) })
        if definedTermOpen, quoted, Gazetteer.countries[mentions[i].name.lowercased()] == nil {
            mentions[i].aliasOfPrevious = true
            definedTermOpen = !closes
            continue
        }
        definedTermOpen = false
        // (A country in brackets says where the company is: "Glencore (Switzerland)".)
        // (Right after the name, or after its legal form written in small letters: "Cornish Lithium plc (…)".)
        let adjacent = previous.lastWord < article && (previous.lastWord + 1..<article).allSatisfy { Gazetteer.legalForms.contains(words[$0].lower) }
        if adjacent, leading.hasPrefix("("), !previous.isPerson,
           Gazetteer.countries[mentions[i].name.lowercased()] == nil {
            if closes {
                mentions[i].aliasOfPrevious = true
            } else if quoted {
                mentions[i].aliasOfPrevious = true
                definedTermOpen = true
            }
        }
    }
    // "the People's Republic of China": the possessive is part of the name, and the name is China's.
    if let index = mentions.firstIndex(where: { $0.firstWord > 0 && $0.name.hasPrefix("Republic of ") }) {
        let first = mentions[index].firstWord
        // (The splitter may leave the "s" of "People's" as a word of its own.)
        let people = words[first - 1].lower == "s" && first >= 2 ? first - 2 : first - 1
        let before = words[people]
        if before.lower == "people", before.isPossessive {
            var republic = mentions[index]
            republic.name = "People's " + republic.name
            republic.start = before.start
            republic.firstWord = people
            mentions.removeAll { $0.firstWord >= people && $0.firstWord <= first }
            mentions.append(republic)
            mentions.sort { $0.firstWord < $1.firstWord }
        }
    }
    return mentions
}

private func isNameWord(_ word: Word) -> Bool {
    guard word.isCapitalized else { return false }
    // "C$245 million", "US$98 million", "A$1.7 billion": letters written onto a currency sign are
    // the currency, not a name. (A name before an amount stays one: "lent Lynas $250 million".)
    if word.trailingIsAttached, let sign = word.trailing.unicodeScalars.first, sign.properties.generalCategory == .currencySymbol { return false }
    // "Vancouver-based", "London-listed", "Chinese-backed": an adjective made from a name is no name.
    if let hyphen = word.lower.lastIndex(of: "-"), adjectiveEndings.contains(String(word.lower[word.lower.index(after: hyphen)...])) {
        return false
    }
    return !Gazetteer.months.contains(word.lower) && !Gazetteer.demonyms.contains(word.lower) && word.lower != "i"
}

/// Digits a name does not have: "Q3", "FY24", "2025", "COVID19" are periods and codes; "South32"
/// is a company (a capitalised word of four letters or more, not all capitals, then digits).
private func hasNonNameDigits(_ word: Word) -> Bool {
    guard word.text.contains(where: \.isNumber) else { return false }
    let letters = word.text.prefix { $0.isLetter }
    let digits = word.text.dropFirst(letters.count)
    return !(letters.count >= 4 && !letters.allSatisfy(\.isUppercase) && !digits.isEmpty && digits.allSatisfy(\.isNumber))
}

/// "NOK 450 million", "EUR 40 million": three capitals before an amount are a currency code.
private func isCurrencyCode(_ words: [Word], _ index: Int) -> Bool {
    let text = words[index].text
    guard text.count == 3, text.allSatisfy({ $0.isUppercase && $0.isASCII }), index + 1 < words.count else { return false }
    return words[index + 1].text.first?.isNumber == true
}

private let adjectiveEndings: Set<String> = [
    "based", "listed", "headquartered", "backed", "owned", "controlled", "run", "led", "registered", "focused", "born", "made",
]

/// "Asian" in "Asian Development Bank": a nationality word opening a longer name.
private func opensName(_ words: [Word], _ index: Int) -> Bool {
    let word = words[index]
    guard word.isCapitalized, Gazetteer.demonyms.contains(word.lower), !word.endsRun, index + 1 < words.count else { return false }
    let next = words[index + 1]
    return isNameWord(next) && !Gazetteer.roles.contains(next.lower)
}

private func startsName(_ words: [Word], _ index: Int, commonWords: Set<String>, namePairs: Set<String>) -> Bool {
    let word = words[index]
    // "First Andean will retain…": a sentence's first two words that stand as a name elsewhere in the text.
    if index == 0, index + 1 < words.count, word.isCapitalized, !word.endsRun, namePairs.contains(word.lower + " " + words[index + 1].lower) {
        return true
    }
    if opensName(words, index), !(index == 0 && Gazetteer.sentenceStarters.contains(word.lower)) { return true }
    // "National Wealth Fund will invest": a sentence's first word that often starts sentences is
    // still a name's first word when capitalised words after it end in an organisation's word.
    if index == 0, word.isCapitalized, !word.endsRun, Gazetteer.sentenceStarters.contains(word.lower) {
        var cursor = 1
        while cursor < words.count, isNameWord(words[cursor]) {
            if Gazetteer.organizationWords.contains(words[cursor].lower), cursor + 1 == words.count || !isNameWord(words[cursor + 1]) || words[cursor].endsRun {
                return true
            }
            if words[cursor].endsRun { break }
            cursor += 1
        }
    }
    guard isNameWord(word), !hasNonNameDigits(word) else { return false }
    // A capitalised job title starts a run so that the name after it is known to be a person's.
    if Gazetteer.roles.contains(word.lower) {
        return index + 1 < words.count && !word.endsRun && isNameWord(words[index + 1])
    }
    // A word that starts the sentence (or a quotation) is capitalised anyway:
    // count it only when it is never written in lower case elsewhere.
    let startsSentence = index == 0 || word.leading.contains(where: { "\"“‘:".contains($0) })
    if startsSentence, Gazetteer.sentenceStarters.contains(word.lower) || commonWords.contains(word.lower) {
        return false
    }
    // "Listed shareholders", "Existing investors": a participle or adverb before a lower-case word.
    if startsSentence, index + 1 < words.count, !isNameWord(words[index + 1]),
       ["ed", "ing", "ly"].contains(where: { word.lower.hasSuffix($0) }) {
        return false
    }
    if word.text.first?.isNumber == true { return false }
    return true
}

/// Whether the run `first...last` ends with a country's name ("Bank of the United States").
private func endsWithCountry(_ words: [Word], _ first: Int, _ last: Int) -> Bool {
    (max(first, last - 2)...last).contains { start in
        Gazetteer.countries[words[start...last].map(\.lower).joined(separator: " ")] != nil
    }
}

/// Words that make a nationality word a region's adjective ("Central Asian", "Latin American").
private let regionWords: Set<String> = [
    "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "latin", "middle", "far",
    "near", "sub-saharan", "northeast", "northwest", "southeast", "southwest", "pan-african", "trans",
]

/// Particles that begin family and company names when written with a capital.
private let nameParticles: Set<String> = ["al", "de", "du", "la", "del", "von", "van"]

/// "Commerce Secretary Howard Lutnick" → "Howard Lutnick" (a person); "Cove
/// Capital CEO Pini Althaus" → "Cove Capital" and "Pini Althaus".
private func splitAtRoles(_ words: [Word], _ first: Int, _ last: Int, sentence: Sentence) -> [Mention] {
    var parts: [Mention] = []
    var segmentStart = first
    var afterRole = false
    func close(_ end: Int) {
        var start = segmentStart
        var stop = end
        // ("Al Noor Holdings", "De Beers", "Van Eck": a capitalised particle opens the name.)
        while start < stop, Gazetteer.connectors.contains(words[start].lower),
              !(words[start].isCapitalized && nameParticles.contains(words[start].lower)) { start += 1 }
        while start == stop, Gazetteer.connectors.contains(words[start].lower) { start += 1 }
        while stop >= start, Gazetteer.connectors.contains(words[stop].lower) { stop -= 1 }
        guard start <= stop else { return }
        // "Central" (Asian), "North" alone: a direction is no name.
        if start == stop, ["central", "north", "south", "east", "west", "northern", "southern", "eastern", "western"].contains(words[start].lower) {
            return
        }
        // ("Paulson & Co": a free-standing ampersand stays in the name.)
        let name = (start...stop).map { index in
            let word = words[index]
            // ("Engine No. 1", "IREL (India) Ltd": the marks that belong to the name stay.)
            if word.lower == "no", word.trailing == "." { return word.text + "." }
            if index > start, word.leading == "(", word.trailing == ")" { return "(" + word.text + ")" }
            return word.text + (index < stop && word.trailing == "&" ? " &" : "")
        }.joined(separator: " ")
        let isPerson = afterRole && (stop - start) >= 1 && (stop - start) <= 3
        let single = start == stop
        // A lone word left before a job title ("Commerce" Secretary) names no one.
        let followedByRole = end + 1 <= last && Gazetteer.roles.contains(words[end + 1].lower)
        if single, followedByRole, Gazetteer.countries[words[start].lower] == nil, !words[start].isAllCaps,
           !Gazetteer.organizationWords.contains(words[start].lower) {
            return
        }
        parts.append(Mention(name: name, sourceID: sentence.sourceID, sentenceID: sentence.id, start: words[start].start,
                             end: words[stop].end, firstWord: start, lastWord: stop, isPerson: isPerson, aliasOfPrevious: false))
    }
    var index = first
    // "General Motors", "Managing Partners Fund": a title word opening a run that ends as a
    // business's name is part of that name, not a person's title.
    let endsAsBusiness = Gazetteer.organizationWords.contains(words[last].lower) || Gazetteer.legalForms.contains(words[last].lower)
    while index <= last {
        if Gazetteer.roles.contains(words[index].lower), !(index == first && endsAsBusiness) {
            if index > segmentStart { close(index - 1) }
            var next = index
            while next <= last, Gazetteer.roles.contains(words[next].lower) || Gazetteer.connectors.contains(words[next].lower) { next += 1 }
            // "Secretary of State Christopher Landau": the office's own name is part of the title.
            if next <= last, words[next].lower == "state" { next += 1 }
            segmentStart = next
            afterRole = true
            index = next
            continue
        }
        index += 1
    }
    if segmentStart <= last { close(last) }
    return parts
}

// MARK: - Grouping mentions into entities

/// The comparable form of a name: lower case, without `the`, legal forms and
/// possessives; countries by their canonical name.
func nameKey(_ name: String) -> String {
    var words = name.lowercased().replacingOccurrences(of: "’", with: "'").split(separator: " ").map(String.init)
    while let first = words.first, first == "the" { words.removeFirst() }
    // ("the Company", "the Group" of a press release keep their word: a name of legal forms only.)
    let written = words
    while let first = words.first, Gazetteer.legalForms.contains(first) { words.removeFirst() }
    while let last = words.last, Gazetteer.legalForms.contains(last) { words.removeLast() }
    if words.isEmpty { words = written }
    if let last = words.last, last.hasSuffix("'s") { words[words.count - 1] = String(last.dropLast(2)) }
    let joined = words.joined(separator: " ")
    if let country = Gazetteer.countries[joined] { return country.lowercased() }
    return joined
}

func kindOf(_ name: String, isPerson: Bool) -> EntityKind {
    if Gazetteer.countries[name.lowercased()] != nil || Gazetteer.countries["the " + name.lowercased()] != nil { return .country }
    if isPerson { return .person }
    let words = Set(name.lowercased().split(separator: " ").flatMap { $0.split(separator: "-") }.map(String.init))
    if !words.isDisjoint(with: Gazetteer.governmentWords) { return .government }
    if !words.isDisjoint(with: Gazetteer.organizationWords) || !words.isDisjoint(with: Gazetteer.legalForms) { return .organization }
    let letters = name.filter(\.isLetter)
    if letters.count >= 2, letters.count <= 6, letters.allSatisfy(\.isUppercase) { return .organization }
    return .other
}

/// Initials of a name for matching acronyms: `US Geological Survey` → `USGS`,
/// `Export-Import Bank` → `EIB`.
func initials(_ name: String) -> String {
    var result = ""
    for word in name.split(separator: " ") where !Gazetteer.connectors.contains(word.lowercased()) {
        let plain = word.replacingOccurrences(of: ".", with: "")
        let letters = plain.filter(\.isLetter)
        if letters.count >= 2, letters.allSatisfy(\.isUppercase) { result += letters; continue }
        for part in plain.split(separator: "-") { if let first = part.first { result += String(first).uppercased() } }
    }
    return result
}

/// Union-find over name keys.
struct NameGroups {
    private var parent: [String: String] = [:]

    mutating func add(_ key: String) { if parent[key] == nil { parent[key] = key } }

    mutating func root(_ key: String) -> String {
        add(key)
        var node = key
        while let up = parent[node], up != node { node = up }
        var walk = key
        while let up = parent[walk], up != node { parent[walk] = node; walk = up }
        return node
    }

    mutating func join(_ a: String, _ b: String) {
        let rootA = root(a)
        let rootB = root(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}

/// True when the longer name only adds business words or "of <country>" to
/// the shorter one: `Cove Kaz` / `Cove Kaz Capital`, `Export-Import Bank` /
/// `Export-Import Bank of the United States`. `Samruk-Kazyna` and `Tau-Ken
/// Samruk` share a word but neither extends the other, so they stay apart.
func extendsName(_ short: String, _ long: String) -> Bool {
    let shortWords = short.split(separator: " ")
    let longWords = long.split(separator: " ")
    guard shortWords.count >= 2, longWords.count > shortWords.count, Array(longWords.prefix(shortWords.count)) == shortWords else {
        return false
    }
    let extra = longWords.dropFirst(shortWords.count).map(String.init)
    if extra.allSatisfy({ Gazetteer.businessWords.contains($0) }) { return true }
    if extra.first == "of" {
        let rest = extra.dropFirst().filter { $0 != "the" }.joined(separator: " ")
        return Gazetteer.countries[rest] != nil
    }
    return false
}
