import BriefingModel
import Syntax

/// What a figure's clause says of it, read from the parse: the frame whose word
/// governs the figure, and the words that fill the frame's roles (indices into
/// the parse's words).
struct FrameReading: Equatable {
    enum Kind: Equatable { case ownership, financing, cost, supplyShare, offtake }
    var kind: Kind
    /// The word that opened the frame ("contract", "holds", "stake").
    var predicate: Int
    /// The holder of a stake, the giver of money, the actor with a share of a market.
    var provider: Int?
    /// Who receives the money.
    var recipient: Int?
    /// What is owned ("in X", "of X", or the subject of "X is 70% owned by").
    var owned: Int?
    /// The financing noun as written ("loan", "letter of interest").
    var instrument: String?
    /// `offered`, `option`, `negated`, `possible`, or nil for a plain statement.
    var modality: String?
    /// A running total or a past value ("to date", "so far").
    var history: Bool
    /// The other party of "a loan with X" (lender or borrower: the names decide).
    var with: Int? = nil
    /// The provider was picked out of a list that gives each party its own figure
    /// ("respectively", "A (60%) and B (40%)", "and B the remaining 40%"): no joint party.
    var distributive = false
    /// "the US produces 2% of the world's lithium, while Australia accounts for 47%": the
    /// figure whose market a share without one shares (its head word).
    var marketOfFigure: Int? = nil
}

/// Clause relations: a word attached by one of these starts a clause of its own, so a
/// cue beyond it belongs to another clause and types none of this clause's figures.
private let clauseRelations: Set<Substring> = ["advcl", "ccomp", "acl", "parataxis", "csubj", "list", "xcomp"]

/// Reads the frame a figure stands in: walks up from the figure's head word to the
/// first word of the lexicon that governs it, within the figure's own clause.
/// Money opens financing and cost frames; a percentage opens ownership and supply-share frames.
func readFrame(figure: Figure, in parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading? {
    guard !lexicon.isEmpty, let top = headWord(of: figure.range, in: parse) else { return nil }
    let isMoney = figure.kind == .money
    guard isMoney || figure.kind == .percent || figure.kind == .number else { return nil }
    if !isMoney, let sourced = sourcedShare(top, parse, lexicon) { return sourced }
    if !isMoney, let bracketed = bracketedStake(top, parse, lexicon) ?? leftWithStake(top, parse, lexicon)
        ?? listedWithStake(top, parse, lexicon) ?? namedHolderShare(top, parse, lexicon) { return bracketed }
    if isMoney, let cost = costNounRightAfter(figure, parse, lexicon) {
        return FrameReading(kind: .cost, predicate: cost, history: isHistory(cost, parse, lexicon))
    }
    if isMoney, let purchase = equityPurchase(top, parse, lexicon) ?? newSharesBought(top, parse, lexicon) ?? stakePaidFor(top, parse, lexicon)
        ?? moneyFromInstrument(top, parse, lexicon) ?? financingRequest(top, parse, lexicon)
        ?? dealWorthPurchase(figure, parse, lexicon) { return purchase }
    var current = top
    var visited = 0
    while visited < parse.words.count {
        visited += 1
        if let reading = frame(at: current, figureTop: top, isMoney: isMoney, parse: parse, lexicon: lexicon) {
            return refined(reading, figure: figure, top: top, parse: parse, lexicon: lexicon)
        }
        // A copula clause ("the cost is $2 billion") or "estimated at" names its frame in the subject.
        // (Not a change of the subject: "its shares have risen 35%" measures a rise, not a stake;
        // only "rose to 12%" gives the subject's new size.)
        let measuresChange = actsAsVerb(current, parse) && lexicon.changeVerbs.contains(verbLemma(current, parse))
            && figureMarker(of: figure.range, in: parse) != "to"
        if current != top || actsAsVerb(current, parse) || parse.root == current, !measuresChange,
           let subject = parse.dependents(of: current, "nsubj").first,
           let reading = frame(at: subject, figureTop: top, isMoney: isMoney, parse: parse, lexicon: lexicon, viaSubject: true) {
            return refined(reading, figure: figure, top: top, parse: parse, lexicon: lexicon)
        }
        let isClauseHead = actsAsVerb(current, parse) || clauseRelations.contains(parse.baseRelation(current))
        guard !isClauseHead, let head = parse.words[current].head else { break }
        // "$300 million of working capital" read as "$300 million working capital": a figure that
        // modifies a noun outside the frames sizes that noun, whatever governs it.
        if current == top, ["compound", "nummod", "amod"].contains(parse.baseRelation(current)), parse.words[head].upos == "NOUN",
           !isNoun(head, in: parse, of: lexicon), phrase(lexicon.costNouns, at: head, in: parse) == nil,
           !["percent", "%", "cent", "pct", "million", "billion"].contains(parse.words[head].form.lowercased()) {
            return nil
        }
        // A head across a semicolon is a parse that ran two clauses together: trust none of it.
        if parse.words[min(current, head)...max(current, head)].contains(where: { $0.form == ";" }) { break }
        // A conjunct is a clause of its own when it is a verb. (Not an amount coordinated with
        // another of the same verb: "issued letters for up to $120 million to A, and for as much as
        // $400 million to B", where the parse writes the second amount as a conjunct of the verb.)
        if parse.baseRelation(current) == "conj", parse.words[head].upos == "VERB", !isCoordinatedAmount(current, of: head, parse) { break }
        current = head
    }
    return verbRightBefore(top, isMoney: isMoney, parse: parse, lexicon: lexicon)
        ?? (isMoney ? nil : stakeChangedTo(top, parse: parse, lexicon: lexicon) ?? gappedStake(top, parse: parse, lexicon: lexicon))
}

/// "A owns 39.6% of Kamoa, B owns 39.6%, and the government of the DRC 20%", where the parse of
/// the clause with its verb left out went astray: the figure shares the frame of the nearest
/// earlier share held through an ownership verb, with the left-out clause's own subject.
private func gappedStake(_ top: Int, parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading? {
    guard let subject = gappedSubjectByOrder(top, parse) else { return nil }
    for earlier in (0..<subject).reversed() where ["%", "percent"].contains(parse.words[earlier].form.lowercased()) {
        guard let verb = governingVerb(of: earlier, parse), lexicon.ownershipVerbs.contains(verbLemma(verb, parse)) else { continue }
        var reading = verbFrame(.ownership, verb: verb, figureTop: top, parse: parse, lexicon: lexicon)
        reading.provider = subject
        reading.owned = nil
        reading.distributive = true
        return reading
    }
    return nil
}


/// What the frame's own roles leave out: an old stake ("up from 0.4%"), a left-out verb
/// ("and B the remaining 40%"), a "respectively" list.
private func refined(_ found: FrameReading, figure: Figure, top: Int, parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading {
    var reading = found
    // A changed stake: "to 12%" is the new one, "from 0.4%" the old one ("the stake rose to 8%,
    // up from 0.4%": the same with the verb on the stake's clause).
    let changes = lexicon.changeVerbs.contains(verbLemma(reading.predicate, parse))
        || governingVerb(of: top, parse).map { lexicon.changeVerbs.contains(verbLemma($0, parse)) } == true
        || parse.words[top].head.map { ["up", "down"].contains(parse.words[$0].form.lowercased()) } == true
    if changes, let marker = figureMarker(of: figure.range, in: parse) {
        reading.history = marker == "from" || (marker != "to" && reading.history)
    }
    // (Money only after a name: "and Sojitz A$50 million"; "and interest $5 million" is no giver.)
    if let gapped = gappedSubject(top, parse) ?? gappedSubjectByOrder(top, parse, namesOnly: figure.kind != .percent) {
        reading.provider = gapped
        reading.distributive = true
    }
    if let respective = respectiveHolder(figure.range, reading, parse) ?? respectiveHolderByOrder(figure.range, parse) {
        reading.provider = respective
        reading.distributive = true
    }
    return reading
}

/// The figure's word whose head lies outside the figure ("$" in "$ 35 million").
/// When the parse splits the figure ("12" on one word, "%" on another), the sign or unit word
/// ("%", "percent", "$") heads it, as the treebank writes figures.
func headWord(of range: ByteRange, in parse: ParsedSentence) -> Int? {
    let inside = parse.words.indices.filter { range.start <= parse.words[$0].range.start && parse.words[$0].range.end <= range.end }
    let heads = inside.filter { index in parse.words[index].head.map { !inside.contains($0) } ?? true }
    return heads.first { parse.words[$0].upos == "SYM" || ["percent", "per"].contains(parse.words[$0].form.lowercased()) } ?? heads.first
}

/// The preposition before a figure ("to 12%", "from 0.4%"), wherever the parse hangs it.
func figureMarker(of range: ByteRange, in parse: ParsedSentence) -> String? {
    let inside = parse.words.indices.filter { range.start <= parse.words[$0].range.start && parse.words[$0].range.end <= range.end }
    return inside.lazy.compactMap { word in parse.dependents(of: word, "case").first.map { parse.words[$0].form.lowercased() } }.first
}

/// The frame `word` opens for the figure, if its lemma is in the lexicon.
func frame(at word: Int, figureTop: Int, isMoney: Bool, parse: ParsedSentence, lexicon: FrameLexicon,
                   viaSubject: Bool = false) -> FrameReading? {
    let isVerb = actsAsVerb(word, parse)
    let lemma = isVerb ? verbLemma(word, parse) : parse.words[word].lemma.lowercased()
    if isMoney {
        // "development will require an investment of $2bn": money a project needs is its cost.
        if phrase(lexicon.financingNouns, at: word, in: parse) != nil, !isVerb, parse.baseRelation(word) == "obj",
           let verb = parse.words[word].head, lexicon.costVerbs.contains(verbLemma(verb, parse)) {
            return FrameReading(kind: .cost, predicate: verb, history: isHistory(verb, parse, lexicon))
        }
        if let noun = phrase(lexicon.financingNouns, at: word, in: parse), !isVerb {
            let written = noun.contains(" ") ? noun : parse.words[word].form.lowercased()
            return nounFrame(.financing, noun: word, instrument: FrameRolesNouns.withModifiers(written, word, parse), figureTop: figureTop,
                             parse: parse, lexicon: lexicon)
        }
        if phrase(lexicon.costNouns, at: word, in: parse) != nil, !isVerb {
            return FrameReading(kind: .cost, predicate: word, history: isHistory(word, parse, lexicon))
        }
        guard isVerb, !viaSubject else { return nil }
        if lexicon.costVerbs.contains(lemma) {
            // "would also need $300 million of working capital": the need for something else.
            let ofSomethingElse = parse.prepositionalDependents(of: figureTop).contains { dependent in
                dependent.preposition == "of" && !isNoun(dependent.word, in: parse, of: lexicon)
                    && phrase(lexicon.costNouns, at: dependent.word, in: parse) == nil
            }
            if ofSomethingElse { return nil }
            return FrameReading(kind: .cost, predicate: word, history: isHistory(word, parse, lexicon))
        }
        if lexicon.givingVerbs.contains(lemma) || lexicon.receivingVerbs.contains(lemma) {
            return verbFrame(.financing, verb: word, figureTop: figureTop, parse: parse, lexicon: lexicon)
        }
        return nil
    }
    // ("a 15 percent equity stake in X": "equity" only says what kind of stake; the stake's noun
    // heads the frame and has the "in" phrase.)
    let modifiesStake = parse.baseRelation(word) == "compound"
        && parse.words[word].head.map { phrase(lexicon.ownershipNouns, at: $0, in: parse) != nil } == true
    if !isVerb, !modifiesStake, phrase(lexicon.ownershipNouns, at: word, in: parse) != nil {
        // "a 12% share of global supply" is a market share; "a 12% share in the mine" a stake.
        if ofMarket(word, parse: parse, lexicon: lexicon) || ofMarket(figureTop, parse: parse, lexicon: lexicon) {
            return verbOrNounSupply(word, figureTop: figureTop, parse: parse, lexicon: lexicon)
        }
        return nounFrame(.ownership, noun: word, instrument: nil, figureTop: figureTop, parse: parse, lexicon: lexicon)
    }
    if !isVerb, let share = holderNounShare(word, lemma: lemma, figureTop: figureTop, parse, lexicon) { return share }
    guard isVerb, !viaSubject else { return nil }
    if lexicon.offtakeVerbs.contains(lemma), ofOwnOutput(figureTop, parse, lexicon) {
        return offtakeFrame(verb: word, lemma: lemma, figureTop: figureTop, parse: parse, lexicon: lexicon)
    }
    let market = ofMarket(figureTop, parse: parse, lexicon: lexicon)
    if lexicon.supplyVerbs.contains(lemma), market || !lexicon.ownershipVerbs.contains(lemma) {
        if market { return verbOrNounSupply(word, figureTop: figureTop, parse: parse, lexicon: lexicon) }
        // A bare share in a sentence whose other share names the market ("…, while Australia
        // accounts for about 47%"): the writer left out the repeated market.
        // (Another figure: not the "percent" written after the sign in "1% percent of supply".)
        guard !isMoney, let other = parse.words.indices.first(where: { other in
            other != figureTop && ["%", "percent"].contains(parse.words[other].form.lowercased())
                && ofMarket(other, parse: parse, lexicon: lexicon)
                && abs(other - figureTop) > 1
        }) else { return nil }
        var reading = verbOrNounSupply(word, figureTop: figureTop, parse: parse, lexicon: lexicon)
        reading.marketOfFigure = other
        return reading
    }
    if lexicon.ownershipVerbs.contains(lemma) || lexicon.transferVerbs.contains(lemma) || lexicon.belongingVerbs.contains(lemma) {
        return verbFrame(.ownership, verb: word, figureTop: figureTop, parse: parse, lexicon: lexicon)
    }
    if lexicon.changeVerbs.contains(lemma), let stake = parse.dependents(of: word, "obj").first(where: { phrase(lexicon.ownershipNouns, at: $0, in: parse) != nil }) {
        return changedStake(verb: word, stake: stake, figureTop: figureTop, parse: parse, lexicon: lexicon)
    }
    return nil
}

/// "Ruritania may raise its share of the mine to 25%": the holder's new stake (the "from"
/// figure is the old one, history).
func changedStake(verb: Int, stake: Int, figureTop: Int, parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading {
    let marker = parse.dependents(of: figureTop, "case").first.map { parse.words[$0].form.lowercased() }
    // ("raised its stake to 12%, up from 0.4% a year ago": the "ago" dates the old stake, not the new.)
    var reading = FrameReading(kind: .ownership, predicate: verb, history: marker == "from" || (marker != "to" && isHistory(verb, parse, lexicon)))
    // The subject, when it can hold a stake; else the stake's possessor ("the deal lifts its
    // stake", "warrants that could lift its holding": the deal and the warrants hold nothing).
    let subject = parse.subject(of: verb).flatMap { $0.passive ? nil : $0.word }
    let possessor = parse.dependents(of: stake, "nmod:poss").first
    let subjectHolds = subject.map { parse.words[$0].upos == "PROPN" || (parse.words[$0].upos == "PRON" && parse.words[$0].xpos == "PRP") } ?? false
    reading.provider = subjectHolds ? subject : (possessor ?? subject)
    reading.owned = parse.prepositionalDependents(of: stake).first { ["of", "in"].contains($0.preposition) }?.word
    reading.modality = modality(of: verb, noun: stake, parse, lexicon)
    return reading
}

/// The lexicon entry that starts at `word` (matched by lemma, then the following forms), if any.
func phrase(_ entries: [[String]], at word: Int, in parse: ParsedSentence) -> String? {
    var best: [String]?
    for entry in entries where entry[0] == parse.words[word].lemma.lowercased() || (entry.count == 1 && entry[0] == parse.words[word].form.lowercased()) {
        let fits = entry.indices.allSatisfy { offset in
            offset == 0 || (word + offset < parse.words.count && parse.words[word + offset].form.lowercased() == entry[offset])
        }
        if fits, entry.count > (best?.count ?? 0) { best = entry }
    }
    // Entries written head last ("financial support", "equity investment") match at their head.
    if best == nil {
        for entry in entries where entry.count > 1 && entry.last == parse.words[word].lemma.lowercased() && word >= entry.count - 1 {
            let fits = entry.indices.dropLast().allSatisfy { offset in
                parse.words[word - (entry.count - 1) + offset].form.lowercased() == entry[offset]
            }
            if fits { return entry.joined(separator: " ") }
        }
    }
    // "a letter of interest": the noun is "letter", the entry starts there; "interest" alone is a stake.
    if best == nil, word >= 2 {
        for entry in entries where entry.count == 3 && entry[2] == parse.words[word].form.lowercased()
            && parse.words[word - 1].form.lowercased() == entry[1] && parse.words[word - 2].lemma.lowercased() == entry[0] {
            return nil
        }
    }
    return best?.joined(separator: " ")
}


/// True for a verb, and for a word the tagger called a noun or adjective that heads a
/// clause all the same ("Chile accounts for 24%": "accounts" as the sentence's root).
func actsAsVerb(_ word: Int, _ parse: ParsedSentence) -> Bool {
    let tag = parse.words[word].upos
    if tag == "VERB" { return true }
    guard ["NOUN", "ADJ", "PROPN"].contains(tag), parse.words[word].form.first?.isLowercase == true else { return false }
    // "is in talks", "is responsible": a copula's predicate is no mistagged verb.
    if !parse.dependents(of: word, "cop").isEmpty || !parse.dependents(of: word, "case").isEmpty { return false }
    let form = parse.words[word].form.lowercased()
    let inflected = form.hasSuffix("s") || form.hasSuffix("ed") || form.hasSuffix("ing")
    return inflected && (parse.root == word || !parse.dependents(of: word, "nsubj").isEmpty)
}

/// The verb's lemma; for a mistagged verb, its form without the inflection.
func verbLemma(_ word: Int, _ parse: ParsedSentence) -> String {
    if parse.words[word].upos == "VERB" { return parse.words[word].lemma.lowercased() }
    var form = parse.words[word].form.lowercased()
    for suffix in ["ing", "ed", "s"] where form.hasSuffix(suffix) && form.count > suffix.count + 2 {
        form.removeLast(suffix.count)
        break
    }
    return form
}

/// "A owns 30% and local investors the remaining 20%": in a clause whose verb is left out,
/// the figure hangs on the first figure, and the noun before it is its own subject.
func gappedSubject(_ top: Int, _ parse: ParsedSentence) -> Int? {
    // As the treebank writes it: the subject is the conjunct, the figure its `orphan`.
    if parse.baseRelation(top) == "orphan", let head = parse.words[top].head, ["NOUN", "PROPN"].contains(parse.words[head].upos) {
        return head
    }
    guard ["appos", "conj"].contains(parse.baseRelation(top)), let head = parse.words[top].head,
          ["NUM", "SYM"].contains(parse.words[head].upos) else { return nil }
    return (head + 1..<top).last { word in
        ["NOUN", "PROPN"].contains(parse.words[word].upos) && parse.baseRelation(word) == "conj"
    }
}

/// The same read from word order where the parse of the left-out verb went astray: after a
/// conjunction that follows an earlier figure, a noun phrase with no verb of its own and then
/// the figure ("and Beta Resources the remaining 40%"). The phrase's first name is the subject;
/// with `namesOnly`, a phrase without a name has none.
func gappedSubjectByOrder(_ top: Int, _ parse: ParsedSentence, namesOnly: Bool = false) -> Int? {
    let words = parse.words
    // The figure's phrase begins at its article and modifiers ("the remaining 40%").
    var start = top
    while start > 0, ["NUM", "SYM", "DET", "ADJ", "ADV"].contains(words[start - 1].upos) || words[start - 1].xpos == "VBG" { start -= 1 }
    var cursor = start - 1
    var phrase: [Int] = []
    // (With "of" inside a name or after "government": "the government of the Democratic Republic of Congo 20%".)
    while cursor >= 0, ["NOUN", "PROPN", "ADJ", "DET"].contains(words[cursor].upos) || words[cursor].form == "&"
            || (words[cursor].form.lowercased() == "of" && cursor > 0 && ["NOUN", "PROPN"].contains(words[cursor - 1].upos)) {
        phrase.insert(cursor, at: 0)
        cursor -= 1
    }
    guard cursor > 0, ["and", "while", "whereas", ","].contains(words[cursor].form.lowercased()),
          words[..<cursor].contains(where: { $0.upos == "NUM" }) else { return nil }
    return phrase.first { words[$0].upos == "PROPN" } ?? (namesOnly ? nil : phrase.last { words[$0].upos == "NOUN" })
}
