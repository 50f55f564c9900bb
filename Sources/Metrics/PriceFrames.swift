import BriefingModel
import Syntax

/// Money whose frame a phrase's shape settles, where the parse of a long noun phrase is often
/// wrong: the amount written before a cost noun, and the price of a stake bought in a company.

/// "fund their share of the project's C$3.9 billion capital cost", "its $2bn budget": an amount
/// written right before a cost noun, ending its noun phrase, is that cost, however the parse
/// hangs the two (read by word order: the parser often splits such phrases).
func costNounRightAfter(_ figure: Figure, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> Int? {
    guard let last = parse.words.lastIndex(where: { $0.range.start < figure.range.end }) else { return nil }
    var cursor = last + 1
    // (Up to two modifiers between: "the $3.9 billion initial capital cost".)
    while cursor < parse.words.count, cursor - last <= 3 {
        let word = parse.words[cursor]
        // ("the $1.1 billion project", "a $900 million lithium plant": an amount written before the
        // project's own noun sizes the project, as its cost does.)
        let sizesProject = word.upos == "NOUN" && projectNouns.contains(word.lemma.lowercased())
        if let entry = phrase(lexicon.costNouns, at: cursor, in: parse) ?? (sizesProject ? word.lemma.lowercased() : nil) {
            // ("a $2bn cost overrun" sizes the overrun, not the cost.)
            let end = cursor + entry.split(separator: " ").count
            let endsPhrase = end >= parse.words.count || !["NOUN", "PROPN"].contains(parse.words[end].upos)
            return endsPhrase ? cursor : nil
        }
        // (A lower-case word the tagger took for a number is a modifier too: "tungsten" in "the
        // $1.1 billion tungsten plant".)
        let mistaggedNoun = word.upos == "NUM" && word.form.allSatisfy(\.isLetter) && word.form.first?.isLowercase == true
        guard ["ADJ", "NOUN"].contains(word.upos) || mistaggedNoun, word.range.start >= figure.range.end else { return nil }
        cursor += 1
    }
    return nil
}

/// Nouns for a project itself, which an amount written before them sizes.
private let projectNouns: Set<String> = ["project", "mine", "plant", "refinery", "smelter", "development", "expansion", "complex"]

/// "DoD will take a 15% equity stake in Graphite One for $37.5 million": a stake bought in a named
/// company, from no named seller, is new equity the company issues, so its price is equity
/// financing from the buyer to the company. (Bought "from" a seller, or sold, the price goes to
/// the seller and is no financing: `sizesSomethingElse` keeps it out.)
func equityPurchase(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard parse.dependents(of: top, "case").contains(where: { parse.words[$0].form.lowercased() == "for" }) else { return nil }
    // The verb over the price: its own "for" phrase, or one the parse hung on the stake's phrase.
    var verb = parse.words[top].head
    var steps = 0
    while let current = verb, !actsAsVerb(current, parse), steps < 3 {
        guard ["NOUN", "PROPN"].contains(parse.words[current].upos) else { return nil }
        verb = parse.words[current].head
        steps += 1
    }
    guard let verb else { return nil }
    return stakePurchase(verb, parse, lexicon)
}

/// "Manara will pay $2.5 billion for a 10% stake in Vale Base Metals": money paid for a new
/// stake in a named company, with no seller, is the payer's equity financing of that company
/// (as with "buy a stake in X for $Y"). A stake with a seller ("from Glencore", "Glencore's
/// stake") pays the seller, not the company.
func stakePaidFor(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    func pays(_ verb: Int) -> Bool { actsAsVerb(verb, parse) && ["pay", "spend", "invest"].contains(verbLemma(verb, parse)) }
    // The paying verb: the amount's head, or (where the parse hung the amount elsewhere) the verb
    // written right before it ("will invest £28.6m for a 9.9% stake").
    let first = parse.subtree(of: top).min() ?? top
    let before = first > 0 && parse.words[first - 1].upos != "PUNCT" ? first - 1 : nil
    guard let verb = parse.baseRelation(top) == "obj" ? parse.words[top].head.flatMap({ pays($0) ? $0 : nil }) : before.flatMap({ pays($0) ? $0 : nil }),
          !parse.prepositionalDependents(of: verb).contains(where: { $0.preposition == "from" }),
          let stake = (parse.prepositionalDependents(of: verb) + parse.prepositionalDependents(of: top)).first(where: { dependent in
              dependent.preposition == "for" && phrase(lexicon.ownershipNouns, at: dependent.word, in: parse) != nil
          })?.word,
          !parse.prepositionalDependents(of: stake).contains(where: { $0.preposition == "from" }),
          parse.dependents(of: stake, "nmod:poss").isEmpty,
          let company = companyStakeIsIn(stake, parse), parse.subject(of: verb)?.passive != true else { return nil }
    var reading = FrameReading(kind: .financing, predicate: verb, provider: parse.subject(of: verb)?.word, recipient: company,
                               instrument: "equity", history: isHistory(verb, parse, lexicon))
    reading.modality = modality(of: verb, noun: stake, parse, lexicon)
    return reading
}

/// The named company of a stake's "in" phrase, wherever in the stake's phrase the parse hung it
/// ("a 10% stake in Vale Base Metals" with the name as an apposition of the stake).
private func companyStakeIsIn(_ stake: Int, _ parse: ParsedSentence) -> Int? {
    let marked = parse.prepositionalDependents(of: stake).first(where: { $0.preposition == "in" })?.word
        ?? parse.subtree(of: stake).first { word in
            word != stake && parse.dependents(of: word, "case").contains { parse.words[$0].form.lowercased() == "in" }
        }
    guard let marked else { return nil }
    if parse.words[marked].upos == "PROPN" { return marked }
    // ("Vale Base Metals" tagged name, common noun, name: the common word inside a name.)
    let head = parse.words[marked].head
    return parse.baseRelation(marked) == "compound" && head.map({ parse.words[$0].upos == "PROPN" }) == true ? marked : nil
}

/// "will buy a 9.9% interest in Arafura …, in a deal worth A$150 million": the worth of the deal
/// a sentence's stake purchase is (read by word order: "deal worth" rarely parses well).
func dealWorthPurchase(_ figure: Figure, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard let first = parse.words.firstIndex(where: { $0.range.end > figure.range.start }), first >= 2 else { return nil }
    let before = parse.words[max(0, first - 3)..<first].map { $0.form.lowercased() }
    guard let worth = before.lastIndex(where: { ["worth", "valued"].contains($0) }), worth > 0,
          ["deal", "transaction", "agreement", "purchase", "investment", "placement"].contains(before[worth - 1]) else { return nil }
    return parse.words.indices.lazy.compactMap { stakePurchase($0, parse, lexicon) }.first
}

/// The equity financing a verb's stake purchase makes: "B buys/takes a stake in A" (no seller).
private func stakePurchase(_ verb: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard actsAsVerb(verb, parse), lexicon.ownershipVerbs.contains(verbLemma(verb, parse)),
          !parse.prepositionalDependents(of: verb).contains(where: { $0.preposition == "from" }),
          let stake = parse.dependents(of: verb, "obj").first(where: { phrase(lexicon.ownershipNouns, at: $0, in: parse) != nil }),
          !parse.prepositionalDependents(of: stake).contains(where: { $0.preposition == "from" }),
          // ("buy Glencore's 10% stake", "buy its stake": a stake someone already holds has a seller.)
          parse.dependents(of: stake, "nmod:poss").isEmpty,
          let company = parse.prepositionalDependents(of: stake).first(where: { $0.preposition == "in" })?.word,
          parse.words[company].upos == "PROPN", parse.subject(of: verb)?.passive != true else { return nil }
    var reading = FrameReading(kind: .financing, predicate: verb, provider: holder(of: verb, parse), recipient: company,
                               instrument: "equity", history: isHistory(verb, parse, lexicon))
    reading.modality = modality(of: verb, noun: stake, parse, lexicon)
    return reading
}

/// "the Pentagon will buy $150 million of newly issued common shares", "subscribe for $40 million
/// of new shares in Arafura": money spent on securities a company issues is equity financing from
/// the buyer. (Shares bought on the market, with no word that they are new, pay their sellers.)
func newSharesBought(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard let shares = securitiesPaidFor(top, parse),
          securityNouns.contains(parse.words[shares].lemma.lowercased()) else { return nil }
    // (By form as well as lemma: "preferred" tagged a verb has the lemma "prefer".)
    let modifiers = parse.dependents(of: shares).flatMap { parse.subtree(of: $0) }
        .flatMap { [parse.words[$0].lemma.lowercased(), parse.words[$0].form.lowercased()] }
    guard !Set(modifiers).isDisjoint(with: newIssueWords) else { return nil }
    // The buying verb over the amount or the securities ("buy $150 million of …", "subscribe for
    // $40 million of …", "bought preferred shares worth €85 million"), at most two steps up.
    func isBuying(_ verb: Int) -> Bool {
        actsAsVerb(verb, parse) && (["buy", "purchase", "subscribe", "acquire", "take"].contains(verbLemma(verb, parse))
            // (The lemmatizer may cut "subscribed" short.)
            || parse.words[verb].form.lowercased().hasPrefix("subscrib"))
    }
    let above = [top, shares].flatMap { start in
        sequence(first: start, next: { parse.words[$0].head }).dropFirst().prefix(2)
    }
    guard let verb = above.first(where: isBuying) else { return nil }
    // The issuer: "new shares in X", "X's new shares", "notes issued by X", or "bought shares in X"
    // with the "in" hung on the verb.
    let issuer = parse.prepositionalDependents(of: shares).first(where: { $0.preposition == "in" })?.word
        // ("buy $400 million of its preferred stock": "its" is the issuer named before; not "its own".)
        ?? parse.dependents(of: shares, "nmod:poss").first(where: { parse.words[$0].upos == "PROPN"
            || (parse.words[$0].upos == "PRON" && !parse.dependents(of: shares).contains { parse.words[$0].form.lowercased() == "own" }) })
        ?? parse.dependents(of: shares, "acl").lazy.compactMap { parse.agent(of: $0) }.first
        ?? parse.prepositionalDependents(of: verb).first(where: { $0.preposition == "in" && parse.words[$0.word].upos == "PROPN" })?.word
    var reading = FrameReading(kind: .financing, predicate: verb, provider: holder(of: verb, parse), recipient: issuer,
                               instrument: "equity", history: isHistory(verb, parse, lexicon))
    // ("… shares and receive warrants that could lift its holding": the warrants are another thing bought.)
    let otherThings = Set(parse.dependents(of: shares, "conj").flatMap { parse.subtree(of: $0) })
    reading.modality = modality(of: verb, noun: shares, parse, lexicon, excluding: otherThings)
    return reading
}

/// The securities an amount pays for: "$150 million of new shares", "€85 million worth of
/// preferred shares", "preferred shares in Vantor worth €85 million". ("Worth" rarely parses
/// well, so the last two are read by word order, within the amount's clause.)
private func securitiesPaidFor(_ top: Int, _ parse: ParsedSentence) -> Int? {
    if let shares = parse.prepositionalDependents(of: top).first(where: { $0.preposition == "of" })?.word { return shares }
    let span = parse.subtree(of: top)
    guard let first = span.min(), let last = span.max() else { return nil }
    func form(_ index: Int) -> String { index >= 0 && index < parse.words.count ? parse.words[index].form.lowercased() : "" }
    func isSecurity(_ index: Int) -> Bool {
        parse.words[index].upos == "NOUN" && securityNouns.contains(parse.words[index].lemma.lowercased())
    }
    if form(last + 1) == "worth", form(last + 2) == "of" {
        return (last + 3..<min(parse.words.count, last + 7)).first(where: isSecurity)
    }
    // ("Worth" before the amount, or hung on it and so its phrase's first word.)
    var worth = form(first) == "worth" ? first : first - 1
    if ["about", "some", "around", "roughly", "nearly", "almost"].contains(form(worth)) { worth -= 1 }
    guard form(worth) == "worth" else { return nil }
    var cursor = worth - 1
    while cursor >= 0, worth - cursor <= 8, !["VERB", "AUX", "PUNCT"].contains(parse.words[cursor].upos) {
        if isSecurity(cursor) { return cursor }
        cursor -= 1
    }
    return nil
}

private let securityNouns: Set<String> = ["share", "stock", "equity", "note", "bond", "unit", "debenture", "preferred"]
/// Words that say a security is newly issued by the company, not bought from a holder.
private let newIssueWords: Set<String> = ["new", "newly", "issue", "issued", "preferred", "convertible", "placement", "treasury"]

/// "will invest £28.6m for a 9.9% stake", with the stake hung on the amount: the one who pays
/// for a stake holds it (the subject of the paying verb, its head or the verb written right
/// before the amount).
func payerOfStake(_ stake: Int, _ parse: ParsedSentence) -> Int? {
    guard parse.dependents(of: stake, "case").contains(where: { parse.words[$0].form.lowercased() == "for" }),
          let amount = parse.words[stake].head, ["SYM", "NUM"].contains(parse.words[amount].upos) else { return nil }
    func pays(_ verb: Int) -> Bool { actsAsVerb(verb, parse) && ["pay", "spend", "invest"].contains(verbLemma(verb, parse)) }
    let first = parse.subtree(of: amount).min() ?? amount
    let verb = parse.words[amount].head.flatMap { pays($0) ? $0 : nil } ?? (first > 0 && pays(first - 1) ? first - 1 : nil)
    return verb.flatMap { holder(of: $0, parse) }
}
