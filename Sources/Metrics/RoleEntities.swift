import BriefingModel
import Syntax

/// Which entity a role word stands for: a name over it or in its phrase, a name its
/// description runs into, or what "it", "its" and "the company" refer back to.

/// The entity a word itself names (a name covering it, in apposition to it, or "it"), never
/// one merely inside its phrase: "a partnership between A and B" names neither A nor B.
func namedBy(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    let range = parse.words[word].range
    if let covering = context.mentions.first(where: { $0.mention.start < range.end && range.start < $0.mention.end }) {
        return covering.entityID
    }
    // (An "apposition" with an object of its own is a clause whose verb was left out: "JOGMEC will
    // hold 49% of the venture and Polaris Minerals the remaining 51%" names no venture.)
    for name in parse.dependents(of: word, "appos") + parse.dependents(of: word, "flat") where parse.words[name].upos == "PROPN"
        && parse.dependents(of: name, "obj").isEmpty {
        let range = parse.words[name].range
        if let named = context.mentions.first(where: { $0.mention.start < range.end && range.start < $0.mention.end }) { return named.entityID }
    }
    if let described = describedName(word, parse, context) { return described }
    if let antecedent = relativeAntecedent(word, parse, context) { return antecedent }
    return isDefiniteDescription(word, parse) || parse.words[word].upos == "PRON" ? corefer(word, parse, context) : nil
}

/// "Japan Australia Rare Earths, a company that …": a description in apposition to a name
/// stands for that name.
func describedName(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    guard parse.baseRelation(word) == "appos", parse.words[word].upos == "NOUN", let head = parse.words[word].head,
          parse.words[head].upos == "PROPN" else { return nil }
    let range = parse.words[head].range
    return context.mentions.first { $0.mention.start < range.end && range.start < $0.mention.end }?.entityID
}

/// What a relative pronoun stands for: "China, which produces 77%": after a comma, the name
/// right before it (a clause set off by commas describes what it follows, wherever the parse
/// hung it); else the noun its clause hangs on.
private func relativeAntecedent(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    guard ["which", "who", "that", "whom", "whose"].contains(parse.words[word].form.lowercased()), parse.words[word].upos == "PRON",
          var clause = parse.words[word].head else { return nil }
    // ("whose largest shareholder is …": the pronoun is the possessor of a word of the clause.)
    if parse.words[word].relation == "nmod:poss", !parse.words[clause].relation.hasPrefix("acl"), let verb = parse.words[clause].head { clause = verb }
    guard parse.words[clause].relation.hasPrefix("acl") else { return nil }
    if word >= 2, parse.words[word - 1].form == "," {
        let range = parse.words[word - 2].range
        if let named = context.mentions.first(where: { $0.mention.start < range.end && range.start < $0.mention.end }) { return named.entityID }
    }
    guard let antecedent = parse.words[clause].head, antecedent != word else { return nil }
    return namedBy(antecedent, parse, context)
}

/// The entity a role word names: a name that covers the word, else one inside its
/// phrase ("the Department of Defense (DoD)"), else what "it" or "the company" stands for.
func entity(at word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    let range = parse.words[word].range
    if let covering = context.mentions.first(where: { $0.mention.start < range.end && range.start < $0.mention.end }) {
        return covering.entityID
    }
    // "Chile's state miner Codelco", "its investment arm Svenska Industrifonden": the name in
    // apposition, or the name a common noun is compounded onto, before any possessor.
    for name in parse.dependents(of: word, "appos") + parse.dependents(of: word, "flat") {
        let range = parse.phraseRange(of: name)
        if let named = context.mentions.first(where: { $0.mention.start < range.end && range.start < $0.mention.end }) { return named.entityID }
    }
    if parse.baseRelation(word) == "compound", let head = parse.words[word].head, parse.words[head].upos == "PROPN" {
        return entity(at: head, parse, context)
    }
    // "The Trump administration": a person's administration is a country's government, the
    // country the sentence names (when it names one), else the one the story last named;
    // never the person (a name before "administration" is a president's, whatever kind the
    // name was taken for).
    let lemma = parse.words[word].lemma.lowercased()
    if lemma == "administration" || lemma == "government",
       parse.dependents(of: word, "compound").contains(where: { compound in
           let range = parse.words[compound].range
           return context.mentions.contains { $0.mention.start < range.end && range.start < $0.mention.end
               && (lemma == "administration" || context.index.kind($0.entityID) == .person) }
       }) {
        let countries = Set(context.mentions.map(\.entityID).filter { context.index.kind($0) == .country })
        if countries.count == 1 { return countries.first }
        return countries.isEmpty ? context.recentEntities.last { context.index.kind($0) == .country } : nil
    }
    // "the government of Mozambique": a government is its country's, said after it too.
    if ["government", "state", "administration"].contains(lemma),
       let country = parse.prepositionalDependents(of: word).first(where: { $0.preposition == "of" }).flatMap({ phrase in
           context.mentions.first { mention in
               let range = parse.words[phrase.word].range
               return mention.mention.start < range.end && range.start < mention.mention.end && context.index.kind(mention.entityID) == .country
           }
       }) {
        return country.entityID
    }
    // "the Kazakh government", "the Japanese state": a country's government is the country,
    // named or not in the text (resolved to an entity after the claims are read).
    if let country = demonymCountry(of: word, parse) {
        return context.index.idByKey[nameKey(country)] ?? countryPlaceholder + country
    }
    // "the company for its Ravensworth project": a definite description is resolved before the
    // names inside its phrase are looked at.
    if isDefiniteDescription(word, parse), let resolved = corefer(word, parse, context) { return resolved }
    // (Not a place the phrase locates it in: "its refinery in Luleå" is no one's name.)
    let phrase = parse.phraseRange(of: word)
    var located = parse.prepositionalDependents(of: word).filter { ["in", "at", "near", "outside"].contains($0.preposition) }
        .map { parse.phraseRange(of: $0.word) }
    // (Nor whose person it is: "Renascor's chairman" names no Renascor.)
    if personRoles.contains(parse.words[word].lemma.lowercased()) {
        located += parse.dependents(of: word, "nmod:poss").map { parse.phraseRange(of: $0) }
    }
    if let inside = context.mentions.first(where: { mention in
        phrase.start <= mention.mention.start && mention.mention.end <= phrase.end
            && !located.contains { $0.start <= mention.mention.start && mention.mention.end <= $0.end }
    }) {
        return inside.entityID
    }
    // ("State mining holding MIND ID", parsed as a holding that holds MIND ID: common words
    // running straight into a name in the word's own subtree are that name's description.)
    if let named = nameEndingDescription(word, parse, context) { return named }
    // "a group of lenders led by the Asian Development Bank": the one who leads it. (Only for a
    // common noun: "Kabanga Nickel, which is backed by BHP" is still Kabanga Nickel.)
    for member in [word] + parse.dependents(of: word, "nmod") where parse.words[member].upos == "NOUN" {
        for clause in parse.dependents(of: member, "acl") {
            if let agent = parse.agent(of: clause), let named = entity(at: agent, parse, context) { return named }
        }
    }
    // "its production represents 12%": the possessor is the one with the share. (Not for a
    // person or party the possessor has: "Renascor's chairman" is no Renascor.)
    if !personRoles.contains(parse.words[word].lemma.lowercased()),
       let possessor = parse.dependents(of: word, "nmod:poss").first, let named = entity(at: possessor, parse, context) {
        return named
    }
    if let described = describedName(word, parse, context) { return described }
    if let antecedent = relativeAntecedent(word, parse, context) { return antecedent }
    return corefer(word, parse, context)
}

/// People and parties a body has, who are not that body: its chairman, founder, partner.
private let personRoles: Set<String> = [
    "chairman", "chairwoman", "chair", "executive", "ceo", "founder", "director", "president", "officer", "shareholder",
    "owner", "employee", "family", "manager", "partner", "investor", "chief", "boss", "head", "member", "lender",
]

/// Words that stand for an entity named elsewhere, and the kinds they can stand for.
private let standIns: [String: [EntityKind]] = [
    "it": [.organization, .government, .other], "its": [.organization, .government, .other],
    "they": [.organization, .government, .other], "their": [.organization, .government, .other],
    "company": [.organization, .other], "firm": [.organization, .other], "group": [.organization, .other],
    "agency": [.government, .organization], "department": [.government, .organization], "government": [.government, .country],
    "state": [.government, .country],
    "country": [.country], "nation": [.country],
]

/// Nouns that stand for a named body whose name has the same word: "the department" for the
/// "US Department of Defense", "the bank" for the "Export-Import Bank".
private let nameWords: Set<String> = [
    "department", "bank", "fund", "ministry", "agency", "corporation", "authority", "commission", "office", "administration",
]

/// "the company", "the government" (not "a company", not "the company's rivals' …").
private func isDefiniteDescription(_ word: Int, _ parse: ParsedSentence) -> Bool {
    let lemma = parse.words[word].lemma.lowercased()
    return parse.words[word].upos == "NOUN" && (standIns[lemma] != nil || nameWords.contains(lemma))
        && parse.dependents(of: word, "det").contains { parse.words[$0].lemma.lowercased() == "the" }
}

/// "the department": the last entity before it whose name has that word.
private func namedWithWord(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    let lemma = parse.words[word].lemma.lowercased()
    guard nameWords.contains(lemma) else { return nil }
    let before = context.mentions.filter { $0.mention.end <= parse.words[word].range.start }.map(\.entityID)
    return (context.recentEntities + before).reversed().first { id in
        context.index.entity(id)?.name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == lemma } ?? false
    }
}

/// What a pronoun or a definite description stands for: a subject before it in the sentence,
/// else the last entity of the right kind named earlier in the source.
private func corefer(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    let lemma = parse.words[word].lemma.lowercased()
    // "the company" only; "a company" or "a group of lenders" names someone new.
    if parse.words[word].upos != "PRON", !isDefiniteDescription(word, parse) { return nil }
    if let named = namedWithWord(word, parse, context) { return named }
    guard let kinds = standIns[lemma] else { return nil }
    // A pronoun or "the company" stands first for a subject before it in the sentence: "MP
    // Materials will refine its production". A possessive may be its own clause's subject; "it"
    // and "the company" are not ("EFA will lend to the company": the company is someone else).
    let possessive = parse.words[word].relation == "nmod:poss"
    // (The predicate of a copula heads its clause: "said it was in talks to raise its stake".)
    func clauseVerb(of word: Int) -> Int? {
        governingVerb(of: word, parse) ?? parse.words[word].head.flatMap { parse.dependents(of: $0, "cop").isEmpty ? nil : $0 }
    }
    var verb = clauseVerb(of: word)
    // ("EBRD agreed to lend $90 million for it": "it" is not EBRD, the subject of its own clause.)
    // (A participle clause with no subject of its own, "…, making it the largest shareholder",
    // is about the event before it: its pronoun may be that clause's subject.)
    // (An infinitive, "receive options to acquire 5% of the company", has its controller's subject.)
    let subjectless = verb.map { clause in
        parse.baseRelation(clause) == "advcl" && parse.dependents(of: clause).allSatisfy { !parse.words[$0].relation.hasPrefix("nsubj") }
            && !parse.dependents(of: clause, "mark").contains { parse.words[$0].form.lowercased() == "to" }
    } ?? false
    // (A pronoun that is itself a subject has no other subject in its clause: "X said it was in
    // talks": "it" may well be X.)
    let isSubject = parse.words[word].relation.hasPrefix("nsubj")
    // (A passive subject is acted on, not the actor: "Arcadium's Fenix operation is owned by the
    // company" may well be Arcadium; only the subject's own name, Fenix, is excluded below.)
    let ownSubject = possessive || subjectless || isSubject ? nil
        : verb.flatMap { parse.subject(of: $0) }.flatMap { $0.word < word && !$0.passive ? entity(at: $0.word, parse, context) : nil }
    let passiveSubjectNames: Set<String> = verb.flatMap { parse.subject(of: $0) }.map { subject -> Set<String> in
        guard subject.passive, subject.word < word else { return [] }
        let ranges = ([subject.word] + parse.dependents(of: subject.word).filter { ["compound", "flat"].contains(parse.baseRelation($0)) })
            .map { parse.words[$0].range }
        return Set(context.mentions.filter { mention in ranges.contains { $0.start < mention.mention.end && mention.mention.start < $0.end } }.map(\.entityID))
    } ?? []
    var first = true
    while let current = verb {
        if let subject = parse.subject(of: current)?.word, subject < word, subject != word, possessive || !first {
            // ("warrants that could lift its holding": a relative clause's subject is its noun, and
            // a thing holds nothing, so the search goes on up.)
            let relative = parse.words[current].relation == "acl:relcl" && subject == parse.words[current].head
            // (An antecedent the reader cannot name leaves the pronoun unnamed, not someone else.)
            guard let named = entity(at: subject, parse, context) else {
                // (Nor a person of its own, "its founder owns 12% of the company's shares": the company is further up.)
                if (relative || personRoles.contains(parse.words[subject].lemma.lowercased())), parse.words[subject].upos == "NOUN" {
                    first = false; verb = clauseVerb(of: current); continue
                }
                return nil
            }
            if named != ownSubject, kinds.contains(context.index.kind(named)) { return named }
        }
        first = false
        verb = clauseVerb(of: current)
    }
    // ("the company" is no law named since: "a grant under the Defense Production Act".)
    let mayBeLaw = parse.words[word].upos == "PRON"
    func fits(_ candidate: String) -> Bool {
        candidate != ownSubject && !passiveSubjectNames.contains(candidate) && kinds.contains(context.index.kind(candidate))
            && (mayBeLaw || !(context.index.entity(candidate).map { isLaw($0.name) } ?? false))
    }
    // "It" is the last one named; "the company" is the one the story is about: of those named
    // so far, the one named most often (the first of them on a tie), not a bank named in passing.
    // (Names earlier in the same sentence count too: "will invest in Arafura in exchange for a
    // stake in the company".)
    let earlier = context.recentEntities + context.mentions.filter { $0.mention.end <= parse.words[word].range.start }.map(\.entityID)
    // "Before the sale, the state held 30% through ZCCM Holdings. It will keep 20%.": a subject
    // pronoun with nothing named before it in its sentence continues the last sentence's subject,
    // not the last name (the subject is what that sentence was about).
    // (A country too: "The state held 30%. It will keep 20%.")
    // ("The refinery is owned by Tianqi and IGO. It has a capacity of …": "it" is the refinery, no one named.)
    if mayBeLaw, parse.words[word].relation.hasPrefix("nsubj"), context.previousSubjectIsUnnamedThing,
       !context.mentions.contains(where: { $0.mention.end <= parse.words[word].range.start }) {
        return nil
    }
    if mayBeLaw, parse.words[word].relation.hasPrefix("nsubj"), let previous = context.previousSubject, previous != ownSubject,
       fits(previous) || context.index.kind(previous) == .country,
       !context.mentions.contains(where: { $0.mention.end <= parse.words[word].range.start }) {
        return previous
    }
    guard !mayBeLaw else { return earlier.reversed().first(where: fits) }
    // "will invest A$50 million in Coral in exchange for a stake in the company": a party its own
    // clause named before it (other than the clause's subject) is the one meant.
    if let clause = governingVerb(of: word, parse) {
        let clauseRange = parse.phraseRange(of: clause)
        let named = context.mentions.filter { mention in
            clauseRange.start <= mention.mention.start && mention.mention.end <= parse.words[word].range.start
        }.map(\.entityID)
        if let last = named.last(where: fits) { return last }
    }
    // (Of the kinds it may stand for, the first one named wins: "the company" is a known company
    // before a name of unknown kind.)
    for kind in kinds {
        var counts: [String: Int] = [:]
        for candidate in earlier where fits(candidate) && context.index.kind(candidate) == kind { counts[candidate, default: 0] += 1 }
        guard let most = counts.values.max() else { continue }
        // (On a tie, the one named first: a story names its subject before the things it does.)
        return earlier.first { counts[$0] == most }
    }
    return nil
}

/// The entity the sentence's main verb has as subject ("It" there is resolved in turn), if any.
func mainSubject(_ context: SentenceContext) -> String? {
    guard let parse = context.parse, let root = parse.root, let subject = parse.subject(of: root)?.word else { return nil }
    return entity(at: subject, parse, context)
}

/// True when the sentence's subject is a thing no name stands for ("The refinery is owned 51% by
/// Tianqi"): an "it" opening the next sentence is that thing, not the last company named.
func mainSubjectIsUnnamedThing(_ context: SentenceContext) -> Bool {
    guard let parse = context.parse, let root = parse.root, let subject = parse.subject(of: root)?.word,
          parse.words[subject].upos == "NOUN", standIns[parse.words[subject].lemma.lowercased()] == nil else { return false }
    return entity(at: subject, parse, context) == nil
}

/// "a loan from a group of banks led by X": X, wherever the parse hangs the "led by".
func ledBy(_ noun: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    for clause in parse.dependents(of: noun, "acl") {
        if let agent = parse.agent(of: clause), let named = entity(at: agent, parse, context) { return named }
    }
    return nil
}


/// The name a run of lower-case words in the word's subtree runs straight into, with nothing
/// between them but nouns, adjectives and "-ing" words ("mining holding MIND ID").
private func nameEndingDescription(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    guard parse.words[word].upos == "NOUN" else { return nil }
    let subtree = Set(parse.subtree(of: word))
    var cursor = word + 1
    while cursor < parse.words.count, subtree.contains(cursor), cursor - word <= 3 {
        let next = parse.words[cursor]
        if let named = context.mentions.first(where: { $0.mention.start == next.range.start }) { return named.entityID }
        let describes = ["NOUN", "ADJ"].contains(next.upos) || (next.upos == "VERB" && next.xpos == "VBG")
        guard describes, next.form.first?.isLowercase == true, parse.words[cursor - 1].spaceAfter else { return nil }
        cursor += 1
    }
    return nil
}

/// "Talon's Tamarack project in Minnesota is expected to produce 8,000 tonnes": the subject of
/// the verb the figure is the object of (named through its phrase by `entity(at:)`; the place it
/// is in is no producer). The word is returned named or not ("the complex produced 437,061
/// tonnes": "complex"): where there is one, no other name in the sentence is guessed.
func producerWord(of figure: Figure, _ parse: ParsedSentence) -> Int? {
    guard let top = headWord(of: figure.range, in: parse), let verb = governingVerb(of: top, parse) ?? parse.words[top].head,
          actsAsVerb(verb, parse), let subject = parse.subject(of: verb),
          // ("is expected to produce": the passive subject of the verb over an infinitive produces.)
          !subject.passive || parse.baseRelation(verb) == "xcomp" else { return nil }
    return subject.word
}

/// "a law that obliges foreign-owned miners to sell 51% within ten years": the clause's subject
/// is a kind of party (a plural with no determiner), so the clause states a rule.
func isRuleForKindOfParty(_ figure: Figure, _ context: SentenceContext) -> Bool {
    guard let parse = context.parse, let top = headWord(of: figure.range, in: parse),
          let verb = actsAsVerb(top, parse) ? top : governingVerb(of: top, parse),
          // ("obliges miners to sell", parsed as miners who are to sell: the noun acts.)
          let subject = parse.subject(of: verb)?.word
            ?? parse.words[verb].head.flatMap({ parse.baseRelation(verb) == "acl" && parse.baseRelation($0) == "obj" ? $0 : nil }) else { return false }
    return isKindOfParty(subject, parse)
}

/// "miners", "foreign investors", "local parties": a bare plural of a word for parties names a
/// kind of party, not one.
func isKindOfParty(_ word: Int, _ parse: ParsedSentence) -> Bool {
    parse.words[word].xpos == "NNS" && partyNouns.contains(parse.words[word].lemma.lowercased())
        && parse.dependents(of: word, "det").isEmpty && parse.dependents(of: word, "nmod:poss").isEmpty
        && parse.dependents(of: word, "nummod").isEmpty
}

private let partyNouns: Set<String> = [
    "miner", "company", "firm", "investor", "party", "producer", "shareholder", "buyer", "seller", "operator", "owner",
    "holder", "entity", "foreigner", "national", "citizen", "corporation", "enterprise", "business", "lender", "bank",
    "developer", "licensee", "contractor", "partner", "bidder",
]
