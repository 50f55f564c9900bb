import BriefingModel
import Syntax

/// Claims from frames: the parse decides what a figure is (financing, a cost, a stake, a
/// market share or nothing) and who fills each role; the cue-word reader only fills a
/// role the parse left empty, and never with the party on the other side of the deal.

/// What the parse says of a figure: nothing (no parse, or a parse too loose to trust: the
/// cue-word reader decides), that it is no claim, or its frame.
private enum FrameOutcome {
    case undecided
    case notAClaim(DraftClaim)
    case framed(ParsedSentence, FrameReading, DraftClaim)

    /// The draft to return when there is no frame (nil: let the cue-word reader decide).
    var draft: DraftClaim? {
        if case .notAClaim(let draft) = self { return draft }
        return nil
    }
}

private func frameOutcome(_ figure: Figure, _ proposed: DraftClaim, _ context: SentenceContext) -> FrameOutcome {
    guard let parse = context.parse, !context.frames.isEmpty else { return .undecided }
    guard let reading = readFrame(figure: figure, in: parse, lexicon: context.frames) else {
        return sizesSomethingElse(figure, parse, context.frames) ? .notAClaim(proposed) : .undecided
    }
    var draft = proposed
    draft.modality = reading.modality == "option" ? optionScoped(figure, reading, parse, context.frames)
        : reading.modality ?? inOptionsInfinitive(figure, parse, context.frames)
    if reading.history { draft.scope = "context" }
    return .framed(parse, reading, draft)
}

/// A money figure read through its frame; nil when the sentence was not parsed.
func readMoneyFrame(_ figure: Figure, _ proposed: DraftClaim, in context: SentenceContext,
                    fallbackProvider: () -> String?, fallbackInstrument: () -> String?) -> DraftClaim? {
    let outcome = frameOutcome(figure, proposed, context)
    guard case .framed(let parse, let reading, var draft) = outcome else { return outcome.draft }
    switch reading.kind {
    case .cost:
        draft.type = .projectCost
        draft.object = "project"
        // "will need about £500m more", "requires a further $300 million": what is still needed on
        // top of what was raised is a remainder, not the cost.
        if isRemainder(figure, parse) { draft.scope = "context" }
    case .financing:
        draft.type = .financing
        draft.object = "project"
        draft.recipient = reading.recipient.flatMap { entity(at: $0, parse, context) }
        draft.subject = reading.provider.flatMap { entity(at: $0, parse, context) }
            ?? ledBy(reading.predicate, parse, context)
        // The reader's guess is used only where the parse names no giver at all.
        // A passive verb without its agent ("was awarded a grant") leaves the giver unsaid:
        // the nearest other name would be a guess.
        if draft.subject == nil, reading.provider == nil, !leavesGiverUnsaid(reading.predicate, parse) {
            // (Never the one the parse named as receiving it: "X said it had signed a loan".)
            let guess = fallbackProvider()
            if guess != draft.recipient || draft.recipient == nil { draft.subject = guess }
        }
        // ("EIB has signed a €150 million loan with Talga for its refinery": the lender named, the
        // other party of "with" borrows, whatever "its" was taken for.)
        if let with = reading.with.flatMap({ entity(at: $0, parse, context) }), draft.subject != nil, with != draft.subject,
           let name = context.index.entity(with)?.name, !isLenderName(name, context.frames) {
            draft.recipient = with
        }
        // The lender is never the borrower: a role the grammar named wins over a pronoun's guess.
        // ("DoD will become MP's largest shareholder after agreeing to buy $400 million of its
        // stock": "its" is then the last organisation named other than the giver.)
        if draft.subject != nil, draft.subject == draft.recipient {
            if reading.recipient.map({ parse.words[$0].upos == "PRON" }) == true {
                let namedBefore = context.recentEntities + context.mentions.filter { $0.mention.end <= parse.words[reading.recipient!].range.start }.map(\.entityID)
                draft.recipient = namedBefore.reversed().first { candidate in
                    candidate != draft.subject && [.organization, .other].contains(context.index.kind(candidate))
                        && !(context.index.entity(candidate).map { isLaw($0.name) } ?? false)
                }
            } else {
                draft.subject = nil
            }
        }
        // "signed a $120 million loan with the Eastern Africa Trade Bank": of the two parties, the lender
        // is the one whose name says it lends.
        if let with = reading.with.flatMap({ entity(at: $0, parse, context) }), with != draft.subject,
           let name = context.index.entity(with)?.name, isLenderName(name, context.frames),
           !(draft.subject.flatMap { context.index.entity($0)?.name }.map { isLenderName($0, context.frames) } ?? false) {
            draft.recipient = draft.subject ?? draft.recipient
            draft.subject = with
        }
        draft = withPartners(draft, reading, parse, context, excluding: [draft.recipient])
        draft.instrument = reading.instrument ?? fallbackInstrument()
        // "has committed more than $3 billion to critical minerals projects worldwide": money for a
        // kind of recipient (a bare plural) sizes a programme, not this deal.
        if draft.recipient == nil, givenToAKind(figure, reading.predicate, parse) { draft.scope = "context" }
        // A law appropriates money; the deal's lender is whoever spends it ("the Bipartisan
        // Infrastructure Law … will invest $135 billion" sizes a programme, not this deal).
        if let name = draft.subject.flatMap({ context.index.entity($0)?.name }), isLaw(name) { draft.scope = "context" }
        // ("The bill provides OSC with $500 million": the same, with the law unnamed.)
        if draft.subject == nil, let giver = reading.provider,
           ["bill", "act", "law", "legislation", "appropriation", "statute"].contains(parse.words[giver].lemma.lowercased()) {
            draft.scope = "context"
        }
    case .ownership, .supplyShare, .offtake:
        return draft
    }
    draft.reading = describe(reading, parse, context)
    return draft
}

/// A percentage read through its frame; nil when the sentence was not parsed.
func readPercentFrame(_ figure: Figure, _ proposed: DraftClaim, in context: SentenceContext,
                      fallbackHolder: () -> String?, fallbackObject: () -> String?, market: () -> String?) -> DraftClaim? {
    let outcome = frameOutcome(figure, proposed, context)
    guard case .framed(let parse, let reading, var draft) = outcome else { return outcome.draft }
    switch reading.kind {
    case .ownership:
        draft.type = .ownership
        // "bought a further 4%, lifting its stake to 10%": the increment is no holding.
        if isIncrement(figure, parse, context.frames) { draft.scope = "context" }
        var reading = reading
        // ("GM is the largest shareholder in X, with a stake of 9.4%": the stake hangs on the shareholder.)
        if reading.provider == nil, let head = parse.words[reading.predicate].head, holderNouns.contains(parse.words[head].lemma.lowercased()) {
            reading.provider = head
        }
        if let payer = payerOfStake(reading.predicate, parse) { reading.provider = payer }
        // "Canada Nickel's largest shareholder, Anglo American, owns 9%": a holder named as some
        // company's shareholder holds its stake in that company.
        // ("Anglo American, Canada Nickel's largest shareholder, owns 9%": the same, said beside the name.)
        if reading.owned == nil, let provider = reading.provider,
           let noun = ([provider] + parse.dependents(of: provider, "appos")).first(where: { holderNouns.contains(parse.words[$0].lemma.lowercased()) }) {
            reading.owned = parse.dependents(of: noun, "nmod:poss").first
                ?? parse.prepositionalDependents(of: noun).first { ["in", "of"].contains($0.preposition) }?.word
        }
        // "make GM the largest shareholder in Lithium Americas, with a stake of 9.4%": the one
        // made (or said to be) the shareholder holds the stake; the "in" phrase is what is owned.
        if let noun = reading.provider, let named = namedHolder(noun, parse) {
            reading.owned = reading.owned ?? parse.prepositionalDependents(of: noun).first { ["in", "of"].contains($0.preposition) }?.word
            reading.provider = named
        }
        // ("owns roughly 9% of its shares": a stake in a company's shares is a stake in the company.)
        if let word = reading.owned, ["share", "stock", "capital"].contains(parse.words[word].lemma.lowercased()),
           let possessor = parse.dependents(of: word, "nmod:poss").first {
            reading.owned = possessor
        }
        // ("will keep a 33.9% interest, down from 43.8%": a stake is never the thing owned; what
        // it is in is.)
        if let word = reading.owned, phrase(context.frames.ownershipNouns, at: word, in: parse) != nil {
            reading.owned = parse.prepositionalDependents(of: word).first { ["in", "of"].contains($0.preposition) }?.word
        }
        var owned = reading.owned.flatMap { namedBy($0, parse, context) }
        // The holder is never the thing owned: "James Litinsky owns 9% of its shares" has "its" stand
        // for the company named before, not for the holder.
        let holderWord = reading.provider.flatMap { entity(at: $0, parse, context) }
        // (Nor does "the company": "a stake for Manara in the company" is a stake in the company the story is about.)
        if owned != nil, owned == holderWord, let word = reading.owned, parse.words[word].upos == "PRON" || standsForCompany(word, parse) {
            let others = context.recentEntities.filter { $0 != holderWord && context.index.kind($0) == .organization }
            if parse.words[word].upos == "PRON" {
                owned = others.last
            } else {
                // (The company named most often so far, the first of them on a tie.)
                let counts = Dictionary(others.map { ($0, 1) }, uniquingKeysWith: +)
                owned = others.first { counts[$0] == counts.values.max() }
            }
        }
        draft.subject = reading.provider.flatMap { entity(at: $0, parse, context) }
        if draft.subject == nil, reading.provider == nil { draft.subject = fallbackHolder() }
        if let agent = agentRightAfter(figure, parse, context) { draft.subject = agent }
        // "a law that obliges foreign miners to sell 51% to local parties": a stake of a kind of
        // party (a bare plural) is a rule about stakes, no one's stake.
        if draft.subject == nil, let party = reading.provider, isKindOfParty(party, parse) {
            draft.scope = "context"
        }
        // The holder is never the thing owned.
        if draft.subject != nil, draft.subject == owned { draft.subject = nil }
        draft = withPartners(draft, reading, parse, context, excluding: [owned])
        // (A name, or "the company" standing for one: not an asset phrase such as "company".)
        if let owned, [.organization, .government, .country].contains(context.index.kind(owned))
            || reading.owned.map({ ["PROPN", "PRON"].contains(parse.words[$0].upos) || standsForCompany($0, parse)
                || describedName($0, parse, context) != nil }) == true {
            draft.object = context.index.entity(owned)?.name
        } else if let word = reading.owned, let phrase = assetPhrase(word, parse, context) {
            draft.object = phrase
        } else {
            draft.object = fallbackObject()
        }
        // (Nor the thing the paragraph owns, named only by the fallback: a holder guessed wrong is
        // better left unnamed than made to own itself.)
        if let subject = draft.subject, let object = draft.object, context.index.entity(subject)?.name == object { draft.subject = nil }
    case .supplyShare:
        draft.type = .supplyShare
        draft.subject = reading.provider.flatMap { entity(at: $0, parse, context) }
        if draft.subject == nil, reading.provider == nil { draft.subject = fallbackHolder() }
        // (A share whose market the writer left out has its sentence's other share's market. The
        // market phrase ends before a verb hung on it: "global tantalum supply originated in Africa".)
        let elided = reading.marketOfFigure.flatMap { other -> String? in
            let end = parse.words[other].range.end
            return context.words.firstIndex { $0.start >= end }.flatMap { marketPhrase(context, after: $0) }
        }
        draft.object = market() ?? elided
        // "a small number of governments control 80%": a share nobody named holds is no claim to chart.
        if draft.subject == nil { draft.type = .other }
    case .offtake:
        // "allocates 60% of the refinery's output to Korea Zinc": the buyer and what is sold.
        draft.type = .offtake
        draft.subject = reading.provider.flatMap { entity(at: $0, parse, context) }
        let output = headWord(of: figure.range, in: parse).flatMap { top in
            parse.prepositionalDependents(of: top).first { $0.preposition == "of" }?.word
        }
        draft.object = output.flatMap { assetPhrase($0, parse, context) } ?? market()
    case .financing, .cost:
        return draft
    }
    draft.reading = describe(reading, parse, context)
    return draft
}

/// True when the parse plainly ties the figure to a word outside the frames: it sizes a
/// noun ("a $40 billion lending platform", "a 5% royalty") or is the object of a verb
/// ("creating $100 billion in authority"). Then it is no claim. When the tie is loose
/// (a parse that hangs the figure on a far clause), the cue-word reader decides instead.
func sizesSomethingElse(_ figure: Figure, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> Bool {
    guard let top = headWord(of: figure.range, in: parse), let head = parse.words[top].head else { return false }
    let relation = parse.baseRelation(top)
    if parse.words[head].upos == "NOUN", ["compound", "nummod", "amod"].contains(relation) { return true }
    // "valuing the unit at $26 billion", "a deal that values Acme at $2bn": a worth, not money paid.
    // ("exposure is capped at $205 billion": a ceiling, not money.)
    if actsAsVerb(head, parse), lexicon.valuationVerbs.contains(verbLemma(head, parse)) || lexicon.limitVerbs.contains(verbLemma(head, parse)) {
        return true
    }
    // "interest of $3 million", "a market value of $2bn": the figure measures that noun.
    if parse.words[head].upos == "NOUN", relation == "nmod",
       parse.dependents(of: top, "case").contains(where: { parse.words[$0].form.lowercased() == "of" }) { return true }
    // "buy a 19.9% stake for NOK 450 million", "sold the unit for $3.4 billion": the price a
    // stake changes hands for is paid to its seller, not lent to or spent on the project.
    if parse.words[head].upos == "VERB", relation == "obl",
       parse.dependents(of: top, "case").contains(where: { parse.words[$0].form.lowercased() == "for" }),
       lexicon.ownershipVerbs.contains(verbLemma(head, parse)) || lexicon.transferVerbs.contains(verbLemma(head, parse)) {
        return true
    }
    // Only a verb heading a clause of its own; a participle hung on a noun ("an estimated
    // $2bn") is more likely a parse gone astray.
    if parse.words[head].upos == "VERB", ["obj", "nsubj"].contains(relation),
       parse.root == head || parse.subject(of: head) != nil || parse.baseRelation(head) == "advcl" {
        return true
    }
    return false
}

/// For a holder noun ("shareholder", "owner") the party the clause makes it: the indirect
/// object of "make GM the largest shareholder", the subject of "GM is the largest shareholder".
private func namedHolder(_ noun: Int, _ parse: ParsedSentence) -> Int? {
    guard holderNouns.contains(parse.words[noun].lemma.lowercased()) else { return nil }
    if !parse.dependents(of: noun, "cop").isEmpty { return parse.subject(of: noun)?.word }
    // ("Zijin will become its largest shareholder with 49.5%": who becomes the shareholder.)
    if let verb = parse.words[noun].head, ["become", "remain"].contains(verbLemma(verb, parse)),
       ["xcomp", "obj"].contains(parse.baseRelation(noun)) {
        return parse.subject(of: verb)?.word
    }
    guard parse.words[noun].relation == "obj", let verb = parse.words[noun].head else { return nil }
    // (The parser may write both objects of "make X the Y" as `obj`.)
    return parse.dependents(of: verb, "iobj").first ?? parse.dependents(of: verb, "obj").first { $0 < noun }
}

private let holderNouns: Set<String> = ["shareholder", "owner", "investor", "holder", "stakeholder", "stockholder"]

/// The frame and the words of each role, for facts.json.
func describe(_ reading: FrameReading, _ parse: ParsedSentence, _ context: SentenceContext) -> ClaimReading {
    let bytes = Array(context.sentence.text.utf8)
    let base = context.sentence.range.start
    func text(_ word: Int) -> String {
        var range = parse.phraseRange(of: word)
        // (Without the preposition the parse may have hung on the phrase's first word: "in Lithium Americas".)
        if let first = parse.words.firstIndex(where: { $0.range.start == range.start }), first != word, parse.words[first].relation == "case",
           first + 1 < parse.words.count {
            range = ByteRange(parse.words[first + 1].range.start, range.end)
        }
        let start = max(0, range.start - base), end = min(bytes.count, range.end - base)
        return start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : parse.words[word].form
    }
    let frame: String
    let giver: String
    switch reading.kind {
    case .ownership: frame = "ownership"; giver = "holder"
    case .financing: frame = "financing"; giver = "provider"
    case .cost: frame = "project_cost"; giver = "subject"
    case .supplyShare: frame = "supply_share"; giver = "actor"
    case .offtake: frame = "offtake"; giver = "buyer"
    }
    var roles: [(role: String, words: String)] = []
    if let provider = reading.provider { roles.append((giver, text(provider))) }
    if let recipient = reading.recipient { roles.append(("recipient", text(recipient))) }
    if let owned = reading.owned { roles.append(("owned", text(owned))) }
    if let modality = reading.modality { roles.append(("modality", modality)) }
    return ClaimReading(frame: frame, predicate: parse.words[reading.predicate].form, roles: roles)
}

/// "the company", "the firm": a common noun that only stands for a company named elsewhere.
private func standsForCompany(_ word: Int, _ parse: ParsedSentence) -> Bool {
    ["company", "firm", "group", "miner", "producer"].contains(parse.words[word].lemma.lowercased())
        && parse.dependents(of: word, "det").contains { parse.words[$0].lemma.lowercased() == "the" }
}

/// "Inflation Reduction Act", "Bipartisan Infrastructure Law", "One Big Beautiful Bill Act".
func isLaw(_ name: String) -> Bool {
    guard let last = name.split(separator: " ").last else { return false }
    return ["Act", "Law", "Bill", "Acts", "Laws"].contains(String(last))
}

/// The owned thing as the sentence names it: "the Halden refinery" → "Halden refinery",
/// "the new venture" → "joint venture"; nil for a pronoun or a bare "it".
func assetPhrase(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    guard ["NOUN", "PROPN"].contains(parse.words[word].upos) else { return nil }
    let head = parse.words[word].lemma.lowercased()
    if ["venture", "jv"].contains(head) { return "joint venture" }
    // Names keep their capitals; the words before the head that make the name stay with it.
    // ("La Granja Sur copper-gold project": a hyphen written without spaces joins its words.)
    var kept: [Int] = [word]
    var cursor = word - 1
    while cursor >= 0, let head = parse.words[cursor].head {
        let joinsByHyphen = parse.words[cursor].form == "-" && !parse.words[cursor].spaceAfter
            || (cursor + 1 < parse.words.count && parse.words[cursor + 1].form == "-" && !parse.words[cursor].spaceAfter)
        // ("Kami iron ore project" with "iron" hung on "Kami": a modifier may lean on the word before it.)
        let modifies = head != cursor && head >= cursor - 1 && head <= word
        guard joinsByHyphen || (modifies && ["compound", "amod", "flat"].contains(parse.baseRelation(cursor))) else { break }
        kept.insert(cursor, at: 0)
        cursor -= 1
    }
    let bytes = Array(context.sentence.text.utf8)
    let base = context.sentence.range.start
    let start = parse.words[kept[0]].range.start - base, end = parse.words[word].range.end - base
    let written = start >= 0 && end <= bytes.count && start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : parse.words[word].form
    let words = written.split(separator: " ").map(String.init)
    // "the project", "the mine": the earlier named asset of this source, when there is one.
    if words.count == 1, let earlier = context.lastSourceOwnershipObject, earlier.split(separator: " ").last.map(String.init) == words[0] {
        return earlier
    }
    let phrase = words.joined(separator: " ")
    return phrase.hasSuffix("joint venture") ? "joint venture" : phrase
}

/// "a further 4%", "an additional 14% stake" in a sentence that also states the new total, with a
/// change verb ("lifting its stake to 10%") or as another share ("is 20% owned by MIND ID, after
/// MIND ID bought an additional 14% stake").
func isIncrement(_ figure: Figure, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> Bool {
    guard let top = headWord(of: figure.range, in: parse) else { return false }
    let carriers = [top] + (parse.words[top].head.map { head in isNoun(head, in: parse, of: lexicon) ? [head] : [] } ?? [])
    let marked = carriers.contains { carrier in
        parse.dependents(of: carrier).contains { ["further", "additional", "extra"].contains(parse.words[$0].form.lowercased()) }
    }
    // ("raised its stake to 30% by buying 5%": the share bought by way of a change is its step.)
    if !marked, let verb = governingVerb(of: top, parse), parse.baseRelation(verb) == "advcl",
       parse.dependents(of: verb, "mark").contains(where: { parse.words[$0].form.lowercased() == "by" }),
       let changing = parse.words[verb].head.flatMap({ actsAsVerb($0, parse) ? $0 : governingVerb(of: $0, parse) }),
       lexicon.changeVerbs.contains(verbLemma(changing, parse)) {
        return true
    }
    guard marked else { return false }
    // (Another share counts only when this one names no thing of its own: "an additional 5%
    // ownership in the joint venture" is a second stake, in something else.)
    let ownThing = carriers.contains { carrier in parse.prepositionalDependents(of: carrier).contains { ["in", "of"].contains($0.preposition) } }
    let otherShare = !ownThing && parse.words.indices.contains { $0 != top && ["%", "percent"].contains(parse.words[$0].form.lowercased()) }
    return otherShare || parse.words.indices.contains { lexicon.changeVerbs.contains(verbLemma($0, parse)) && actsAsVerb($0, parse) }
}

/// "Eastern Africa Trade Bank", "Canada Growth Fund": a name with a lender's word in it.
func isLenderName(_ name: String, _ lexicon: FrameLexicon) -> Bool {
    name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { lexicon.lenderWords.contains(String($0)) }
}

/// True when the frame's predicate is, or is the object of, a passive verb with no agent.
private func leavesGiverUnsaid(_ predicate: Int, _ parse: ParsedSentence) -> Bool {
    // ("a $37.5 million grant awarded in 2023": a participle on the noun with no "by".)
    if parse.dependents(of: predicate, "acl").contains(where: { parse.words[$0].xpos == "VBN" && parse.agent(of: $0) == nil }) { return true }
    let verb = parse.words[predicate].upos == "VERB" ? predicate : parse.words[predicate].head.flatMap { head in
        parse.words[head].upos == "VERB" ? head : nil
    }
    guard let verb, parse.subject(of: verb)?.passive == true || !parse.dependents(of: verb, "aux:pass").isEmpty else { return false }
    return parse.agent(of: verb) == nil
}
