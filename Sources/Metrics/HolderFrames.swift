import BriefingModel
import Syntax

/// Frames the lexicon's words alone do not open: a holder noun's share, amounts coordinated on
/// one verb, money said to come from a financing noun.

/// "will become its largest shareholder with 49.5%", "the biggest owner, with 30%": the share
/// "with" which a holder noun is what that holder owns (the one made the holder is found from
/// the noun: FrameClaims' namedHolder).
func holderNounShare(_ word: Int, lemma: String, figureTop: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard holderNouns.contains(lemma), parse.words[figureTop].head == word,
          parse.dependents(of: figureTop, "case").contains(where: { parse.words[$0].form.lowercased() == "with" }) else { return nil }
    var reading = FrameReading(kind: .ownership, predicate: word, provider: word, history: isHistory(word, parse, lexicon))
    reading.owned = parse.prepositionalDependents(of: word).first { ["in", "of"].contains($0.preposition) }?.word
        ?? parse.dependents(of: word, "nmod:poss").first
    reading.modality = modality(of: governingVerb(of: word, parse) ?? word, noun: word, parse, lexicon)
    return reading
}

private let holderNouns: Set<String> = ["shareholder", "owner", "holder", "stakeholder", "stockholder", "investor"]

/// "whose largest shareholder is Lithium Americas, with 19.9%": the share "with" which the one
/// named as a holder noun's predicate holds what the holder noun's possessor or "of" names.
func namedHolderShare(_ figureTop: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard let name = parse.words[figureTop].head, parse.words[name].upos == "PROPN", !parse.dependents(of: name, "cop").isEmpty,
          parse.dependents(of: figureTop, "case").contains(where: { parse.words[$0].form.lowercased() == "with" }),
          let noun = parse.dependents(of: name, "nsubj").first(where: { holderNouns.contains(parse.words[$0].lemma.lowercased()) })
    else { return nil }
    var reading = FrameReading(kind: .ownership, predicate: noun, provider: name, history: isHistory(noun, parse, lexicon))
    reading.owned = parse.prepositionalDependents(of: noun).first { ["in", "of"].contains($0.preposition) }?.word
        ?? parse.dependents(of: noun, "nmod:poss").first
    reading.modality = modality(of: name, noun: noun, parse, lexicon)
    return reading
}

/// An amount (a number or a sign) hung as a conjunct on a verb that has another amount of its own.
func isCoordinatedAmount(_ word: Int, of verb: Int, _ parse: ParsedSentence) -> Bool {
    isAmount(word, parse) && parse.dependents(of: verb).contains { $0 != word && isAmount($0, parse) && ["obj", "obl"].contains(parse.baseRelation($0)) }
}

/// "of which $600 million will come from a loan by VTB Bank": money said to come from a
/// financing noun is that financing; its giver is the noun's own "by"/"from" or possessor.
func moneyFromInstrument(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    // (Not an amount that is itself a copula's predicate, "the budget is $900 million", whatever the parse hung it on.)
    guard parse.words[top].relation.hasPrefix("nsubj"), parse.dependents(of: top, "cop").isEmpty,
          let verb = parse.words[top].head, actsAsVerb(verb, parse),
          lexicon.sourceVerbs.contains(verbLemma(verb, parse)) || verbLemma(verb, parse) == "come",
          let noun = parse.prepositionalDependents(of: verb).first(where: { dependent in
              dependent.preposition == "from" && phrase(lexicon.financingNouns, at: dependent.word, in: parse) != nil
          })?.word else { return nil }
    var reading = FrameReading(kind: .financing, predicate: noun, history: isHistory(verb, parse, lexicon))
    reading.instrument = phrase(lexicon.financingNouns, at: noun, in: parse).map { $0.contains(" ") ? $0 : parse.words[noun].form.lowercased() }
    reading.provider = parse.prepositionalDependents(of: noun).first { ["by", "from"].contains($0.preposition) }?.word
        ?? parse.dependents(of: noun, "nmod:poss").first
    reading.modality = modality(of: verb, noun: noun, parse, lexicon)
    return reading
}

/// "Export Development Canada is reviewing a financing request of up to C$500 million": money a
/// request, application or proposal for financing asks for. Who reviews or considers it would
/// give it (`possible`); who approves it gives it; who submits or files it would receive it, from
/// the one it goes "to".
func financingRequest(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard let request = parse.words[top].head, ["request", "application", "proposal", "bid"].contains(parse.words[request].lemma.lowercased()),
          let kind = parse.dependents(of: request).first(where: { dependent in
              ["compound", "amod"].contains(parse.baseRelation(dependent)) && phrase(lexicon.financingNouns, at: dependent, in: parse) != nil
          }),
          let verb = governingVerb(of: request, parse) else { return nil }
    let lemma = verbLemma(verb, parse)
    var reading = FrameReading(kind: .financing, predicate: request, history: isHistory(verb, parse, lexicon))
    reading.instrument = parse.words[kind].form.lowercased()
    let subject = parse.subject(of: verb).flatMap { $0.passive ? nil : $0.word }
    // (A request "from" someone, or someone's request: that one asks for the money.)
    reading.recipient = parse.prepositionalDependents(of: request).first { $0.preposition == "from" }?.word
        ?? parse.dependents(of: request, "nmod:poss").first
    if ["review", "consider", "assess", "evaluate", "study", "weigh", "examine", "process"].contains(lemma) {
        reading.provider = subject
        reading.modality = "possible"
    } else if ["approve", "grant", "accept"].contains(lemma) {
        // (A request approved is money given: "request" itself says nothing of its modality here.)
        reading.provider = subject
        reading.modality = parse.isNegated(verb) ? "negated" : parse.modal(of: verb) != nil ? "possible" : nil
    } else if ["submit", "file", "make", "lodge", "send", "present"].contains(lemma) {
        reading.recipient = subject
        // (The "to" may hang on the verb, the request or the amount.)
        reading.provider = [verb, request, top].lazy.compactMap { word in
            parse.prepositionalDependents(of: word).first { $0.preposition == "to" }?.word
        }.first
        reading.modality = "possible"
    } else {
        return nil
    }
    return reading
}
