import BriefingModel

/// The entities of a corpus, and which entity each mention names.
struct EntityIndex {
    var entities: [Entity] = []
    /// Name key → entity id.
    var idByKey: [String: String] = [:]
    /// Sentence id → the mentions in it, with their entity ids, in order.
    var mentionsBySentence: [String: [(mention: Mention, entityID: String)]] = [:]

    /// Entity `E<n>` is the n-th: found by position, not by a search.
    func entity(_ id: String) -> Entity? {
        if id.hasPrefix("E"), let number = Int(id.dropFirst()), number >= 1, number <= entities.count, entities[number - 1].id == id {
            return entities[number - 1]
        }
        return entities.first { $0.id == id }
    }
    func kind(_ id: String) -> EntityKind { entity(id)?.kind ?? .other }
}

/// Finds every name in every sentence and groups the names that mean the same
/// entity: the spec's aliases, bracketed abbreviations, acronyms, and names
/// that only add a legal form or business word.
///
/// Each pass splits the sentences into words again rather than keeping every
/// sentence's words: a long article's words would double the stage's memory.
func buildEntityIndex(_ corpus: Corpus, moneyRanges: [String: [ByteRange]] = [:]) -> EntityIndex {
    // Words written in lower case somewhere are common words, not names.
    var commonWords = Set<String>()
    // Two capitalised words in a row inside a sentence ("from First Andean Resources"): a name's start.
    var namePairs = Set<String>()
    for source in corpus.sources {
        for sentence in source.sentences {
            let sentenceWords = splitWords(source.text, sentence.range)
            for word in sentenceWords where !word.isCapitalized { commonWords.insert(word.lower) }
            for index in sentenceWords.indices.dropFirst().dropLast()
            where sentenceWords[index].isCapitalized && sentenceWords[index + 1].isCapitalized && !sentenceWords[index].endsRun
                && !sentenceWords[index].leading.contains(where: { "\"“‘".contains($0) }) {
                namePairs.insert(sentenceWords[index].lower + " " + sentenceWords[index + 1].lower)
            }
        }
    }
    var allMentions: [Mention] = []
    var mentionsBySentence: [String: [Mention]] = [:]
    for source in corpus.sources {
        if LowercaseNames.isLowercased(source) {
            // Two passes: legal names first, then their cores wherever they recur.
            var cores = Set<String>()
            for sentence in source.sentences {
                for mention in LowercaseNames.mentions(in: splitWords(source.text, sentence.range), sentence: sentence, cores: []) {
                    if let core = LowercaseNames.core(mention.name) { cores.insert(core) }
                }
            }
            for sentence in source.sentences {
                let found = LowercaseNames.mentions(in: splitWords(source.text, sentence.range), sentence: sentence, cores: cores)
                mentionsBySentence[sentence.id] = found
                allMentions.append(contentsOf: found)
            }
            continue
        }
        for sentence in source.sentences {
            // "US$200 million", "A$300 million": the currency's country is no party named.
            let money = moneyRanges[sentence.id] ?? []
            let found = findMentions(in: splitWords(source.text, sentence.range), sentence: sentence, commonWords: commonWords, namePairs: namePairs)
                .filter { mention in !money.contains { $0.start <= mention.start && mention.end <= $0.end } }
            mentionsBySentence[sentence.id] = found
            allMentions.append(contentsOf: found)
        }
    }

    var groups = NameGroups()
    // Every step below is linear in the names (through look-up tables): an
    // article may name tens of thousands of companies.
    var keys: [String] = []
    var keySet = Set<String>()
    func addKey(_ key: String) {
        if keySet.insert(key).inserted { keys.append(key) }
        groups.add(key)
    }
    for mention in allMentions { addKey(nameKey(mention.name)) }

    // The spec's aliases bind names whether or not the text shows the link.
    var canonicalByRoot: [String: String] = [:]
    for (canonical, aliases) in corpus.spec.aliases.sorted(by: { $0.key < $1.key }) {
        let canonicalKey = nameKey(canonical)
        addKey(canonicalKey)
        for alias in aliases {
            addKey(nameKey(alias))
            groups.join(canonicalKey, nameKey(alias))
        }
    }
    // "(EXIM)" after a name.
    for sentenceMentions in mentionsBySentence.values {
        for (index, mention) in sentenceMentions.enumerated() where mention.aliasOfPrevious && index > 0 {
            groups.join(nameKey(mention.name), nameKey(sentenceMentions[index - 1].name))
        }
    }
    // Acronyms whose letters are another name's initials: USGS = US Geological Survey.
    let names = Dictionary(allMentions.map { (nameKey($0.name), $0.name) }, uniquingKeysWith: { first, _ in first })
    var keysByInitials: [String: [String]] = [:]
    for (key, other) in names where other.contains(" ") { keysByInitials[initials(other), default: []].append(key) }
    // ("DoD" = Department of Defense: an acronym written with the connector's small letter.)
    var keysByWrittenInitials: [String: [String]] = [:]
    for (key, other) in names where other.contains(" ") {
        keysByWrittenInitials[String(other.split(separator: " ").compactMap(\.first)), default: []].append(key)
    }
    for mention in allMentions {
        let letters = mention.name.filter(\.isLetter)
        guard letters.count >= 3, !mention.name.contains(" ") else { continue }
        if letters.allSatisfy(\.isUppercase) {
            for key in keysByInitials[letters] ?? [] { groups.join(nameKey(mention.name), key) }
        } else if letters.first?.isUppercase == true, letters.last?.isUppercase == true, letters.filter(\.isUppercase).count >= 2 {
            for key in keysByWrittenInitials[letters] ?? [] { groups.join(nameKey(mention.name), key) }
        }
    }
    // A longer name extends a shorter one only if it starts with all of its words,
    // so each name's own word prefixes are the only candidates.
    for long in keys {
        let words = long.split(separator: " ")
        guard words.count >= 3 else { continue }
        for length in 2..<words.count {
            let short = words.prefix(length).joined(separator: " ")
            if keySet.contains(short), extendsName(short, long) { groups.join(short, long) }
        }
    }
    // "Talon" after "Talon Metals", "Orion" after "Orion Mine Finance": one word is the company
    // whose name adds only business words to it, when just one such name starts with that word.
    var businessNamesByFirstWord: [String: [String]] = [:]
    for long in keys {
        let words = long.split(separator: " ").map(String.init)
        guard (2...3).contains(words.count), words.dropFirst().allSatisfy(Gazetteer.businessWords.contains),
              Gazetteer.countries[words[0]] == nil else { continue }
        businessNamesByFirstWord[words[0], default: []].append(long)
    }
    for (short, longs) in businessNamesByFirstWord.sorted(by: { $0.key < $1.key }) where longs.count == 1 && keySet.contains(short) {
        groups.join(short, longs[0])
    }
    // "Lutnick" after "Howard Lutnick": a surname alone is the person named in full.
    var personsBySurname: [String: Set<String>] = [:]
    for key in Set(allMentions.filter(\.isPerson).map { nameKey($0.name) }) {
        if let surname = key.split(separator: " ").last { personsBySurname[String(surname), default: []].insert(key) }
    }
    for key in keys where !key.contains(" ") {
        if let matches = personsBySurname[key], matches.count == 1, let person = matches.first { groups.join(key, person) }
    }
    for (canonical, _) in corpus.spec.aliases { canonicalByRoot[groups.root(nameKey(canonical))] = canonical }

    // One entity per group, numbered by first mention.
    var index = EntityIndex()
    var members: [String: [Mention]] = [:]
    var order: [String] = []
    for mention in allMentions {
        let root = groups.root(nameKey(mention.name))
        if members[root] == nil { order.append(root) }
        members[root, default: []].append(mention)
    }
    for root in order {
        let group = members[root] ?? []
        let surfaces = uniqueInOrder(group.map(\.name))
        let isAcronym: (String) -> Bool = { name in !name.contains(" ") && name.filter(\.isLetter).allSatisfy(\.isUppercase) }
        let longest = surfaces.filter { !isAcronym($0) }.max { a, b in
            (a.split(separator: " ").count, a.count) < (b.split(separator: " ").count, b.count)
        } ?? surfaces[0]
        let name = canonicalByRoot[root] ?? Gazetteer.countries[longest.lowercased()] ?? longest
        var counts: [String: Int] = [:]
        for mention in group { counts[mention.name, default: 0] += 1 }
        // (Not a defined term of legal-form words only: "the Company" names no one to a reader.)
        let generic: (String) -> Bool = { surface in surface.lowercased().split(separator: " ").allSatisfy { Gazetteer.legalForms.contains(String($0)) } }
        let shortName = surfaces.filter { (!isAcronym($0) || surfaces.allSatisfy(isAcronym)) && (!generic($0) || surfaces.allSatisfy(generic)) }
            .max { a, b in (counts[a] ?? 0, -a.count) < (counts[b] ?? 0, -b.count) } ?? name
        var kind = kindOf(name, isPerson: group.contains { $0.isPerson })
        if kind == .other || kind == .organization,
           surfaces.contains(where: { kindOf($0, isPerson: false) == .government }) { kind = .government }
        if kind == .other, surfaces.contains(where: { kindOf($0, isPerson: false) == .organization }) { kind = .organization }
        let aliases = uniqueInOrder(surfaces.filter { $0 != name } + (corpus.spec.aliases[name] ?? []))
        let id = "E\(index.entities.count + 1)"
        index.entities.append(Entity(id: id, name: name, aliases: aliases, kind: kind, shortName: shortName))
        for mention in group { index.idByKey[nameKey(mention.name)] = id }
    }
    for (sentenceID, sentenceMentions) in mentionsBySentence {
        index.mentionsBySentence[sentenceID] = sentenceMentions.compactMap { mention in
            index.idByKey[nameKey(mention.name)].map { (mention, $0) }
        }
    }
    return index
}

func uniqueInOrder(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
