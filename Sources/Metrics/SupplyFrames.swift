import BriefingModel
import Syntax

// Supply shares and offtakes: a share of a market ("70% of global supply comes from Africa")
// and a share of a project's own output promised to a buyer.

/// True when the word has an "of" phrase naming a market ("of global supply", "of world output"),
/// or a commodity as a whole ("of rare earths", "of the cobalt used in batteries").
func ofMarket(_ word: Int, parse: ParsedSentence, lexicon: FrameLexicon) -> Bool {
    parse.prepositionalDependents(of: word).contains { dependent in
        guard dependent.preposition == "of" else { return false }
        // (A common noun: "30% of Katanga Mining" is a stake in a company, not a share of mining;
        // in a headline written in title case every word looks like a name.)
        let namesMarket = parse.subtree(of: dependent.word).contains {
            (parse.words[$0].upos != "PROPN" || isTitleCase(parse)) && lexicon.marketNouns.contains(parse.words[$0].lemma.lowercased())
        }
        return namesMarket || isWholeCommodity(dependent.word, parse, lexicon)
    }
}

/// "rare earths", "the cobalt used in batteries": a commodity noun heading its phrase, with no
/// owner or name of its own ("Glencore's cobalt", "the Kamoa copper" are one producer's output).
private func isWholeCommodity(_ noun: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> Bool {
    guard parse.words[noun].upos == "NOUN", lexicon.commodityNouns.contains(parse.words[noun].lemma.lowercased()) else { return false }
    // (Not "100% of the gallium produced" with the parse hanging the share on "produced": what a
    // project makes is its output, read by the offtake frame.)
    if let participle = outputParticiple(after: noun, parse),
       sequence(first: noun, next: { parse.words[$0].head }).prefix(parse.words.count).contains(participle) { return false }
    return !parse.dependents(of: noun).contains { dependent in
        parse.baseRelation(dependent) == "nmod:poss" || parse.words[dependent].upos == "PROPN"
            || ["this", "its", "their", "that"].contains(parse.words[dependent].form.lowercased())
    }
}

/// "Kazakhstan Holds Half Of World Tungsten Supply": most words of more than three letters capitalised.
func isTitleCase(_ parse: ParsedSentence) -> Bool {
    let long = parse.words.filter { $0.form.count > 3 && $0.form.first?.isLetter == true }
    return long.count >= 2 && long.filter { $0.form.first?.isUppercase == true }.count * 4 >= long.count * 3
}

func verbOrNounSupply(_ word: Int, figureTop: Int, parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading {
    var reading = FrameReading(kind: .supplyShare, predicate: word, history: isHistory(word, parse, lexicon))
    let verb = actsAsVerb(word, parse) ? word : governingVerb(of: word, parse)
    if let verb, let subject = parse.subject(of: verb), !subject.passive { reading.provider = subject.word }
    if reading.provider == nil, let possessor = parse.dependents(of: word, "nmod:poss").first { reading.provider = possessor }
    reading.modality = modality(of: verb ?? word, noun: word, parse, lexicon)
    return reading
}

/// "70% of global supply comes from Africa", "global supply originating in Africa",
/// "with 40% produced in the DRC": a share whose actor is a place or source phrase.
func sourcedShare(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    func source(of verb: Int) -> Int? {
        parse.prepositionalDependents(of: verb).first { ["in", "from"].contains($0.preposition) }?.word
    }
    func isSourceVerb(_ verb: Int) -> Bool {
        let lemma = verbLemma(verb, parse)
        let passive = parse.words[verb].xpos == "VBN" && parse.subject(of: verb)?.passive != false
        return lexicon.sourceVerbs.contains(lemma) || (passive && lexicon.supplyVerbs.contains(lemma))
    }
    let markets = parse.prepositionalDependents(of: top).filter { dependent in
        // (A common noun: "30% of Katanga Mining" is a stake in a company, not a share of mining;
        // in a headline written in title case every word looks like a name.)
        dependent.preposition == "of" && parse.subtree(of: dependent.word).contains {
            (parse.words[$0].upos != "PROPN" || isTitleCase(parse)) && lexicon.marketNouns.contains(parse.words[$0].lemma.lowercased())
        }
    }.map(\.word)
    var verbs: [Int] = []
    var marketFigure: Int?
    if let head = parse.words[top].head, actsAsVerb(head, parse) {
        if markets.isEmpty { marketFigure = elidedMarketFigure(head, parse, lexicon) }
        if !markets.isEmpty || marketFigure != nil { verbs.append(head) }
    }
    for market in markets { verbs += parse.dependents(of: market, "acl") }
    for verb in verbs where isSourceVerb(verb) {
        guard let actor = source(of: verb) else { continue }
        var reading = FrameReading(kind: .supplyShare, predicate: verb, provider: actor, history: isHistory(verb, parse, lexicon))
        reading.marketOfFigure = marketFigure
        return reading
    }
    return nil
}

/// "…, with 40% produced in the DRC": a clause whose market is named by the figure it hangs on,
/// or by the figure that is the subject or object of the verb it hangs on; that figure.
func elidedMarketFigure(_ verb: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> Int? {
    guard let head = parse.words[verb].head else { return nil }
    if ["NUM", "SYM", "NOUN"].contains(parse.words[head].upos) { return ofMarket(head, parse: parse, lexicon: lexicon) ? head : nil }
    guard actsAsVerb(head, parse) else { return nil }
    return (parse.dependents(of: head, "nsubj") + parse.dependents(of: head, "obj")).first { ofMarket($0, parse: parse, lexicon: lexicon) }
}

/// "60% of the refinery's output", "60% of production": the project's own output, not a
/// market ("of global output" is a market share).
func ofOwnOutput(_ figureTop: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> Bool {
    let worldWords: Set<String> = ["global", "world", "worldwide", "market", "world's", "international"]
    return parse.prepositionalDependents(of: figureTop).contains { dependent in
        let words = parse.subtree(of: dependent.word).map { parse.words[$0].lemma.lowercased() }
        guard dependent.preposition == "of", !words.contains(where: worldWords.contains) else { return false }
        return words.contains(where: lexicon.outputNouns.contains) || outputParticiple(after: dependent.word, parse) != nil
    }
}

/// "100% of the gallium produced": a thing followed by a participle of making it is output.
/// Read by word order (the parse often hangs the participle elsewhere); the participle's index.
func outputParticiple(after noun: Int, _ parse: ParsedSentence) -> Int? {
    let next = noun + 1
    // (A past form there is the participle, whichever the tagger chose.)
    guard next < parse.words.count, ["VBN", "VBD"].contains(parse.words[next].xpos),
          ["produce", "mine", "refine", "process", "make", "extract", "recover"].contains(parse.words[next].lemma.lowercased()) else { return nil }
    return next
}

/// The buyer of an offtake: the "to" of allocate/sell/deliver, the subject of buy/take.
func offtakeFrame(verb: Int, lemma: String, figureTop: Int, parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading {
    var reading = FrameReading(kind: .offtake, predicate: verb, history: isHistory(verb, parse, lexicon))
    // ("60% of the output to Korea Zinc": the parse may hang the "to" on the output or the figure.)
    let outputs = parse.prepositionalDependents(of: figureTop).filter { $0.preposition == "of" }.map(\.word)
    // (Or on the participle after the output: "100% of the gallium produced to Japanese buyers".)
    let holders = [verb, figureTop] + outputs + outputs.compactMap { outputParticiple(after: $0, parse) }
    let to = holders.lazy.compactMap { word in
        parse.prepositionalDependents(of: word).first { $0.preposition == "to" && $0.word != figureTop }?.word
    }.first
    let buyerIsSubject = ["buy", "purchase", "take", "get", "receive", "secure", "obtain"].contains(lemma)
    reading.provider = buyerIsSubject ? parse.subject(of: verb).flatMap { $0.passive ? nil : $0.word } : to
    reading.modality = modality(of: verb, noun: nil, parse, lexicon)
    return reading
}
