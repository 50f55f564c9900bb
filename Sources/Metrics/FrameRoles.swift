import BriefingModel
import Syntax

/// The roles of a frame opened by a noun ("loan", "stake"): the holder or giver is the
/// possessor ("OSC's loan"), a "from"/"by" phrase, a name compounded with the noun
/// ("the OSC commitment"), or comes from the verb the noun is an argument of
/// ("DoD awarded a contract": the subject; "MP received a contract from DoD": the "from").
func nounFrame(_ kind: FrameReading.Kind, noun: Int, instrument: String?, figureTop: Int, parse: ParsedSentence,
               lexicon: FrameLexicon) -> FrameReading {
    // "X with 5% ownership in A as well as 5% ownership in B": a conjunct shares the first
    // noun's giver and receiver, and keeps its own "in"/"of" phrase.
    if parse.baseRelation(noun) == "conj", let first = parse.words[noun].head, isNoun(first, in: parse, of: lexicon) {
        var shared = nounFrame(kind, noun: first, instrument: instrument, figureTop: first, parse: parse, lexicon: lexicon)
        shared.predicate = noun
        if kind == .ownership {
            shared.owned = parse.prepositionalDependents(of: noun).first { ["in", "of"].contains($0.preposition) && $0.word != figureTop }?.word
                ?? ownedOfFigure(figureTop, parse)
        }
        shared.modality = modality(of: governingVerb(of: noun, parse) ?? noun, noun: noun, parse, lexicon) ?? shared.modality
        return shared
    }
    var reading = FrameReading(kind: kind, predicate: noun, instrument: instrument, history: isHistory(noun, parse, lexicon))
    let prepositions = parse.prepositionalDependents(of: noun)
    func attached(_ words: Set<String>, on dependents: [(preposition: String, word: Int)]) -> Int? {
        dependents.first { words.contains($0.preposition) && $0.word != figureTop }?.word
    }
    // ("OSC's $150 million loan": the possessor may hang on the figure inside the noun phrase.)
    // ("a loan of up to $2 billion from EXIM": the "from" may hang on the amount; an amount's own
    // comes first: "Debt: $500 million from JBIC and $200 million from banks".)
    let amountsOwn = figureTop != noun && parse.words[figureTop].head == noun
        ? parse.prepositionalDependents(of: figureTop).first { ["from", "by"].contains($0.preposition) }?.word : nil
    reading.provider = parse.dependents(of: noun, "nmod:poss").first
        ?? (figureTop != noun && parse.words[figureTop].head == noun ? parse.dependents(of: figureTop, "nmod:poss").first : nil)
        ?? (kind == .financing ? amountsOwn : nil)
        // (A stake "from" someone is bought off its seller: only money comes from its giver.)
        ?? attached(kind == .ownership ? ["by"] : ["from", "by"], on: prepositions)
        ?? amountsOwn
        // ("talks on a 20% stake for Manara in the company": the party a stake is for holds it.)
        ?? (kind == .ownership ? prepositions.first { $0.preposition == "for" && $0.word != figureTop
            && parse.words[$0.word].upos == "PROPN" && !isAmount($0.word, parse) }?.word : nil)
        ?? heldBy(noun, parse)
        ?? parse.dependents(of: noun, "compound").first { parse.words[$0].upos == "PROPN" }
    // ("an equity investment in TechMet": who is invested in receives the money.)
    // ("loans of $50 million to A and $75 million to B": each amount's own "to" first.)
    reading.recipient = (kind == .financing && figureTop != noun ? toParty(ofAmount: figureTop, verb: nil, parse) : nil)
        ?? attached(["to", "for"], on: prepositions) ?? (kind == .financing ? attached(["in"], on: prepositions) : nil)
    if kind == .ownership { reading.owned = attached(["in", "of"], on: prepositions) ?? ownedOfFigure(figureTop, parse) }

    let verb = governingVerb(of: noun, parse)
    if let verb {
        let lemma = verbLemma(verb, parse)
        let verbPhrases = parse.prepositionalDependents(of: verb)
        let subject = parse.subject(of: verb)
        let passive = subject?.passive ?? false
        if kind == .ownership, lexicon.transferVerbs.contains(lemma) || lexicon.belongingVerbs.contains(lemma) {
            // "sells a 45% interest in the mine to B": the stake becomes B's. (A stake is sold to
            // no one but its buyer, so a "to" the parse hung inside the stake's phrase is the buyer too.)
            reading.provider = attached(["to"], on: verbPhrases) ?? toPhrase(inside: noun, parse)
                ?? (lexicon.transferVerbs.contains(lemma) ? toPhrase(inClauseOf: verb, after: noun, parse) : nil) ?? reading.provider
        } else if kind == .financing, lexicon.receivingVerbs.contains(lemma), !passive, let subject,
                  let borrower = reading.recipient ?? attached(["to"], on: verbPhrases) ?? nameAfterTo(noun, parse) {
            // "DOE has closed a $980 million loan to Smackover": a loan closed or made "to" someone
            // is given by the subject.
            reading.recipient = borrower
            reading.provider = reading.provider ?? subject.word
        } else if kind == .financing, lexicon.receivingVerbs.contains(lemma) {
            if !passive, let subject { reading.recipient = reading.recipient ?? subject.word }
            reading.provider = reading.provider ?? attached(["from", "by"], on: verbPhrases)
        } else if reading.provider == nil, kind == .financing, subject?.word == noun || parse.words[noun].relation.hasPrefix("nsubj"),
                  let source = attached(["from", "through"], on: verbPhrases) {
            // "financial support could come from Afreximbank", "the loan comes from X".
            reading.provider = source
        } else if reading.provider == nil, kind == .ownership,
                  let given = parse.dependents(of: verb, "iobj").first
                    ?? (lexicon.givingVerbs.contains(lemma) ? parse.dependents(of: verb, "obj").first { $0 != noun && isParty($0, parse) } ?? attached(["to"], on: verbPhrases) : nil) {
            // "giving it an effective stake of 12%", "provide the Government with 5% … as well as an
            // additional 5%": the one given the stake holds it.
            reading.provider = given
        } else if reading.provider == nil {
            // "support could be made available through DFC": the channel gives it.
            if passive { reading.provider = parse.agent(of: verb) ?? attached(["through", "via"], on: verbPhrases) }
            else if let subject, !isNoun(subject.word, in: parse, of: lexicon) {
                // "Talon Nickel said it had signed a $200 million loan": a deal both sides sign names
                // the lender only by a lender's word in its name; a borrower signs too.
                // (With the other side named, "agreed a facility with Vulcan Energy", the names decide below.)
                let otherSide = (prepositions + verbPhrases).contains { $0.preposition == "with" && parse.words[$0.word].upos == "PROPN" }
                if kind == .financing, ["sign", "agree", "conclude", "finalize", "finalise", "ink"].contains(lemma),
                   !otherSide, !phraseHasLenderWord(subject.word, parse, lexicon) {
                    reading.recipient = reading.recipient ?? subject.word
                } else {
                    reading.provider = kind == .ownership ? holder(of: verb, parse) : subject.word
                }
            } else if let subject, parse.baseRelation(noun) == "obj" {
                // "The OSC commitment includes two loans": the giver is named on the subject noun
                // (of the noun's own verb: "X's investment comes on top of a grant" names no giver of the grant).
                reading.provider = parse.dependents(of: subject.word, "nmod:poss").first
                    ?? parse.dependents(of: subject.word, "compound").first { parse.words[$0].upos == "PROPN" }
            }
        }
        // "provide the Government with 5% equity ownership": the holder is the one provided.
        // (Unless the stake names its own holder: "with a 30% stake owned by Turquoise Hill".)
        if let with = parse.dependents(of: noun, "case").first, parse.words[with].lemma.lowercased() == "with",
           let head = parse.words[noun].head, heldBy(noun, parse) == nil {
            let receiver = parse.words[head].upos == "VERB" ? parse.dependents(of: head, "obj").first : head
            if let receiver, kind == .ownership { reading.provider = receiver } else if let receiver { reading.recipient = receiver }
        }
        if reading.recipient == nil, kind == .financing, lexicon.givingVerbs.contains(lemma) {
            // "Perpetua was awarded a $59 million grant": the passive subject is given the noun.
            let givenSubject = passive && subject?.word != noun ? subject?.word : nil
            // ("awarded it a $25 million grant", with both objects written `obj`: the first is the one given it.)
            reading.recipient = parse.dependents(of: verb, "iobj").first
                ?? parse.dependents(of: verb, "obj").first { $0 < noun && isParty($0, parse) && !isNoun($0, in: parse, of: lexicon) }
                ?? attached(["to", "with"], on: verbPhrases) ?? givenSubject
        }
        // "Commerce will receive $50 million of equity in Vulcan": who receives shares pays for them.
        if kind == .financing, lexicon.receivingVerbs.contains(lemma), let instrument, isHeldByReceiver(instrument, lexicon),
           !passive, let subject {
            reading.provider = subject.word
            reading.recipient = attached(["in"], on: prepositions) ?? attached(["in"], on: verbPhrases)
        }
        if kind == .ownership, reading.owned == nil { reading.owned = attached(["in"], on: verbPhrases) }
    }
    if kind == .financing {
        reading.with = attached(["with"], on: prepositions)
            ?? verb.flatMap { verb in parse.prepositionalDependents(of: verb).first { $0.preposition == "with" && $0.word != figureTop }?.word }
    }
    if let owned = reading.owned { reading.owned = throughForm(owned, parse) }
    reading.modality = modality(of: verb ?? noun, noun: noun, parse, lexicon)
    return reading
}




/// "a loan to Smackover Brine" read by word order: the name right after "to" after the noun
/// (where the parse lost the phrase to another clause).
private func nameAfterTo(_ noun: Int, _ parse: ParsedSentence) -> Int? {
    guard noun + 2 < parse.words.count, parse.words[noun + 1].form.lowercased() == "to", parse.words[noun + 2].upos == "PROPN" else { return nil }
    return noun + 2
}

/// The first "to" phrase below `noun`, after it: the buyer in a misattached "interest in the
/// mine to B".
private func toPhrase(inside noun: Int, _ parse: ParsedSentence) -> Int? {
    toPhrase(among: parse.subtree(of: noun), after: noun, parse)
}

/// The first nominal with "to" after `word` among `words`.
private func toPhrase(among words: [Int], after word: Int, _ parse: ParsedSentence) -> Int? {
    words.sorted().first { candidate in
        candidate > word && ["NOUN", "PROPN"].contains(parse.words[candidate].upos)
            && parse.dependents(of: candidate, "case").contains { parse.words[$0].form.lowercased() == "to" }
    }
}

/// "sell a 9% stake in its nickel unit to a consortium": the buyer's "to" phrase anywhere in
/// the selling verb's own clause after the stake, however the parse hung it (here on "unit").
private func toPhrase(inClauseOf verb: Int, after word: Int, _ parse: ParsedSentence) -> Int? {
    toPhrase(among: clauseWords(verb, parse), after: word, parse)
}

/// "5% ownership in the form of LAC warrants" / "… in the form of warrants in the joint venture":
/// "the form" is how the stake is held; what is owned is the thing the warrants are in
/// ("the joint venture"), else the name on the warrants ("LAC").
private func throughForm(_ owned: Int, _ parse: ParsedSentence) -> Int? {
    guard ["form", "shape", "way"].contains(parse.words[owned].lemma.lowercased()),
          let instrument = parse.prepositionalDependents(of: owned).first(where: { $0.preposition == "of" })?.word else { return owned }
    if let inside = parse.prepositionalDependents(of: instrument).first(where: { $0.preposition == "in" })?.word { return inside }
    if let appositive = parse.dependents(of: owned, "appos").first { return appositive }
    return parse.dependents(of: instrument, "compound").first
}

/// The roles of a frame opened by a verb: "DOE awarded $2.8 billion in grants" (giver: the
/// subject), "MP secured $35 million from DoD" (giver: the "from"), "B owns 70% of A",
/// "A is 70% controlled by B" (holder: the agent; owned: the subject), "sell 45% to B".
func verbFrame(_ kind: FrameReading.Kind, verb: Int, figureTop: Int, parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading {
    var reading = FrameReading(kind: kind, predicate: verb, history: isHistory(verb, parse, lexicon))
    let lemma = verbLemma(verb, parse)
    let phrases = parse.prepositionalDependents(of: verb).filter { $0.word != figureTop }
    func attached(_ words: Set<String>) -> Int? { phrases.first { words.contains($0.preposition) }?.word }
    let subject = parse.subject(of: verb)
    // (A participle with an agent and no subject is passive too: "with 20% held by the state", and
    // so is one on a noun: "a company owned 75% by Glencore".)
    let passive = subject?.passive ?? (!parse.dependents(of: verb, "aux:pass").isEmpty
        || (parse.words[verb].xpos == "VBN" && (parse.agent(of: verb) != nil || parse.baseRelation(verb) == "acl")))
    // (The object is no owned thing when it is the figure's own head: "own 43.79 and 15.03 percent".)
    let figurePath = Set(sequence(first: figureTop, next: { parse.words[$0].head }).prefix(parse.words.count))
    let object = parse.dependents(of: verb, "obj").first { !figurePath.contains($0) }
    // "Acme, which is 51% owned by B" / "Acme, 70% owned by B": the clause hangs on what is owned.
    let antecedent = ["acl"].contains(parse.baseRelation(verb)) ? parse.words[verb].head : nil

    switch kind {
    case .financing:
        let received = ([object].compactMap { $0 } + phrases.map(\.word) + parse.prepositionalDependents(of: figureTop).map(\.word))
            .compactMap { FrameRolesNouns.instrument($0, parse, lexicon) }.first
        // ("raised $180 million in equity from shareholders": equity raised from someone is money in.)
        let fromSomeone = attached(["from"]) != nil || ([figureTop] + ([object].compactMap { $0 } + phrases.map(\.word)))
            .contains { carrier in parse.prepositionalDependents(of: carrier).contains { $0.preposition == "from" } }
        if lexicon.receivingVerbs.contains(lemma), let received, isHeldByReceiver(received, lexicon), !passive, !fromSomeone {
            // "will receive $50 million of equity in Vulcan": the receiver of shares is the investor.
            reading.provider = subject?.word
            reading.recipient = attached(["in"]) ?? parse.subtree(of: figureTop).lazy.compactMap { word in
                parse.prepositionalDependents(of: word).first { $0.preposition == "in" }?.word
            }.first
        } else if lexicon.receivingVerbs.contains(lemma) {
            reading.recipient = passive ? nil : subject?.word
            // "received $90 million in loans from EXIM": the "from" may hang on the money or its instrument.
            let carriers = [figureTop] + ([object].compactMap { $0 } + phrases.map(\.word)).filter { FrameRolesNouns.instrument($0, parse, lexicon) != nil }
            reading.provider = attached(["from", "by"]) ?? carriers.lazy.compactMap { carrier in
                parse.prepositionalDependents(of: carrier).first { $0.preposition == "from" }?.word
            }.first
            // "had drawn $800 million from its credit facility with a syndicate of banks": money drawn
            // from an instrument comes from that instrument's lender; its possessor is the borrower.
            if let source = reading.provider, FrameRolesNouns.instrument(source, parse, lexicon) != nil {
                reading.provider = parse.prepositionalDependents(of: source).first { ["with", "from", "by"].contains($0.preposition) }?.word
                if reading.recipient == nil { reading.recipient = parse.dependents(of: source, "nmod:poss").first }
            }
        } else if passive {
            // ("had been awarded $37.5 million by the Department", with the "by" hung on the amount.)
            // ("financed with $500 million from JBIC": money comes from its giver too.)
            reading.provider = parse.agent(of: verb)
                ?? parse.prepositionalDependents(of: figureTop).first { ["by", "from"].contains($0.preposition) && namesSomeone($0.word, parse) }?.word
            reading.recipient = subject.map(\.word).flatMap { isNoun($0, in: parse, of: lexicon) || $0 == figureTop ? nil : $0 } ?? attached(["to"])
        } else {
            reading.provider = subject?.word
            // ("invest A$200 million in Arafura": who is invested in receives the money.)
            // (Not what the money buys: "in exchange for a 10 per cent stake" is no recipient.)
            // ("to" before "for": "provide $120 million to Borealis for the smelter"; the "to" may hang
            // on the amount, "lent $50 million to Acme Lithium".)
            func given(_ preposition: String) -> Int? {
                phrases.first { $0.preposition == preposition && !isNoun($0.word, in: parse, of: lexicon) && !isAmount($0.word, parse) }?.word
            }
            reading.recipient = parse.dependents(of: verb, "iobj").first
                ?? toParty(ofAmount: figureTop, verb: verb, parse)
                ?? given("for")
                ?? object.flatMap { isNoun($0, in: parse, of: lexicon) ? nil : $0 }
                ?? (lemma == "invest" ? investedIn(verb: verb, figureTop: figureTop, parse) : nil)
        }
        // (A guarantee of debt is a guarantee: "guaranteeing €90 million of bank debt".)
        let ofVerb = FrameRolesNouns.instrumentOfVerb(lemma)
        reading.instrument = ofVerb == "guarantee" ? ofVerb : received ?? ofVerb
        // "EXIM has issued a letter of interest to provide up to $900 million in project financing":
        // the instrument is what the main clause issued.
        if parse.baseRelation(verb) == "advcl", let head = parse.words[verb].head,
           let issued = parse.dependents(of: head, "obj").first, let named = FrameRolesNouns.instrument(issued, parse, lexicon) {
            reading.instrument = named
            reading.modality = modality(of: head, noun: issued, parse, lexicon)
            if reading.provider == nil { reading.provider = parse.subject(of: head).map(\.word) }
            return reading
        }
    case .ownership:
        if lexicon.transferVerbs.contains(lemma) || lexicon.belongingVerbs.contains(lemma) {
            // (Or a "to" the parse hung inside the sold share's phrase: "sell 45% of the project to B".
            // "The remaining 15% belongs to Kennecott": the same "to" holds it.)
            reading.provider = attached(["to"]) ?? toPhrase(inside: figureTop, parse)
                ?? (lexicon.transferVerbs.contains(lemma) ? toPhrase(inClauseOf: verb, after: figureTop, parse) : nil)
            reading.owned = attached(["in", "of"]) ?? ownedOfFigure(figureTop, parse)
        } else if passive {
            // ("owned 75% by Glencore", with the "by" hung on the figure.)
            reading.provider = parse.agent(of: verb)
                ?? parse.prepositionalDependents(of: figureTop).first { $0.preposition == "by" && namesSomeone($0.word, parse) }?.word
            reading.owned = antecedent ?? subject?.word
        } else {
            reading.provider = holder(of: verb, parse)
            reading.owned = ownedOfFigure(figureTop, parse) ?? object ?? attached(["in", "of"])
        }
    case .cost, .supplyShare, .offtake:
        reading.provider = passive ? parse.agent(of: verb) : subject?.word
    }
    reading.modality = modality(of: verb, noun: nil, parse, lexicon)
    return reading
}

/// The holder a verb's clause names: its subject, or the vehicle the subject holds
/// through ("B, through its subsidiary C, owns 20%": C holds the stake for B).
func holder(of verb: Int, _ parse: ParsedSentence) -> Int? {
    // ("it was in talks to buy 50%": an infinitive on a copula's predicate has that clause's subject.)
    let subject = parse.subject(of: verb) ?? parse.words[verb].head.flatMap { head in
        ["acl", "xcomp"].contains(parse.baseRelation(verb)) && !parse.dependents(of: head, "cop").isEmpty ? parse.subject(of: head) : nil
    }
    guard subject?.passive != true else { return nil }
    let scope = parse.dependents(of: verb).filter { !["obj", "conj", "advcl", "ccomp", "parataxis"].contains(parse.baseRelation($0)) }
        .flatMap { parse.subtree(of: $0) }
    let through = scope.first { word in
        parse.dependents(of: word, "case").contains { ["through", "via"].contains(parse.words[$0].form.lowercased()) }
    }
    // ("Canberra will buy 9.9% through its critical minerals fund": a vehicle left unnamed
    // leaves the subject the holder.)
    // ("through state miner Erdenes Mongol": the name the noun is compounded onto counts.)
    var phraseHead = through
    while let word = phraseHead, ["compound", "flat"].contains(parse.baseRelation(word)), let head = parse.words[word].head { phraseHead = head }
    // (Its own name: not a name in a phrase of its own, "its joint venture with IGO".)
    let namesVehicle = phraseHead.map { head in
        ([head] + parse.dependents(of: head).filter { ["compound", "flat", "appos"].contains(parse.baseRelation($0)) }
            .flatMap { parse.subtree(of: $0) }).contains { parse.words[$0].upos == "PROPN" }
    } ?? false
    return namesVehicle ? through : subject?.word
}

/// "70% of the venture" / "a 45% interest in the mine": what the figure is a part of.
func ownedOfFigure(_ figureTop: Int, _ parse: ParsedSentence) -> Int? {
    parse.prepositionalDependents(of: figureTop).first { ["of", "in"].contains($0.preposition) }?.word
}

/// "a stake held by B": the agent of a participle on the noun.
private func heldBy(_ noun: Int, _ parse: ParsedSentence) -> Int? {
    for clause in parse.dependents(of: noun, "acl") {
        if let agent = parse.agent(of: clause) { return agent }
    }
    return nil
}

/// The verb whose clause the word stands in: its nearest verb ancestor.
func governingVerb(of word: Int, _ parse: ParsedSentence) -> Int? {
    var current = parse.words[word].head
    var steps = 0
    while let index = current, steps < parse.words.count {
        if actsAsVerb(index, parse) { return index }
        if clauseRelations(parse.baseRelation(index)) { return nil }
        current = parse.words[index].head
        steps += 1
    }
    return nil
}

private func clauseRelations(_ relation: Substring) -> Bool {
    ["advcl", "ccomp", "acl", "parataxis", "csubj"].contains(relation)
}

/// True when the word is one of the frame nouns (a "commitment" is no giver).
func isNoun(_ word: Int, in parse: ParsedSentence, of lexicon: FrameLexicon) -> Bool {
    phrase(lexicon.financingNouns, at: word, in: parse) != nil || phrase(lexicon.ownershipNouns, at: word, in: parse) != nil
}

enum FrameRolesNouns {
    /// The financing noun a word is, as the lexicon writes it.
    static func instrument(_ word: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> String? {
        guard let noun = phrase(lexicon.financingNouns, at: word, in: parse) else { return nil }
        return withModifiers(noun.contains(" ") ? noun : parse.words[word].form.lowercased(), word, parse)
    }
    /// "term loan", "credit facility", "convertible notes": the noun with the common-noun
    /// compounds and kind adjectives written right before it.
    static func withModifiers(_ noun: String, _ word: Int, _ parse: ParsedSentence) -> String {
        var words = [noun]
        var cursor = word - 1
        // (An entry written head last, "financing package", already holds the words before its head.)
        let entry = noun.split(separator: " ").map(String.init)
        if entry.count > 1, word >= entry.count - 1,
           (0..<(entry.count - 1)).allSatisfy({ parse.words[word - (entry.count - 1) + $0].form.lowercased() == entry[$0] }) {
            cursor = word - entry.count
        }
        let kinds: Set<String> = ["convertible", "revolving", "senior", "subordinated", "secured", "preferred", "bridge", "private"]
        while cursor >= 0, parse.words[cursor].head == word || parse.words[cursor].head == cursor + 1 {
            let candidate = parse.words[cursor]
            let isCompound = parse.baseRelation(cursor) == "compound" && candidate.upos == "NOUN"
            let isKind = candidate.upos == "ADJ" && kinds.contains(candidate.form.lowercased())
            guard isCompound || isKind else { break }
            words.insert(candidate.form.lowercased(), at: 0)
            cursor -= 1
        }
        return words.joined(separator: " ")
    }
    /// "lend" is a loan, "grant" a grant, "invest" an investment.
    static func instrumentOfVerb(_ lemma: String) -> String? {
        ["lend": "loan", "grant": "grant", "invest": "investment", "award": "award", "fund": "funding", "finance": "financing",
         "spend": "investment", "guarantee": "guarantee", "underwrite": "guarantee"][lemma]
    }
}

/// The words of the clause around `word`: the subtree of its clause head, without
/// the clauses embedded in it.
func clauseWords(_ word: Int, _ parse: ParsedSentence) -> [Int] {
    let head = clauseHead(of: word, parse)
    // (An `xcomp` is a clause of its own here too: "owns 94%, said talks were under consideration"
    // is no possible stake, however the parser hung "said".)
    let inner = Set(parse.dependents(of: head).filter { clauseRelations(parse.baseRelation($0)) || ["conj", "xcomp"].contains(parse.baseRelation($0)) }
        .flatMap { parse.subtree(of: $0) })
    return parse.subtree(of: head).filter { !inner.contains($0) }
}

/// The word that heads the clause a word is in: a verb, a copula's predicate ("was in talks"),
/// or whatever heads a clause of its own (`ccomp`, `advcl`, …), else the root.
private func clauseHead(of word: Int, _ parse: ParsedSentence) -> Int {
    var current = word
    for _ in parse.words.indices {
        if actsAsVerb(current, parse) || !parse.dependents(of: current, "cop").isEmpty || clauseRelations(parse.baseRelation(current)) {
            return current
        }
        guard let head = parse.words[current].head else { return current }
        current = head
    }
    return parse.root ?? word
}
