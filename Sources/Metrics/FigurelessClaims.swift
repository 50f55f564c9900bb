import BriefingModel
import Syntax

/// Claims with no figure: "EXIM has issued a letter of interest", "a DFC equity investment in
/// TechMet", "the administration is not seeking an equity stake", "support could be made
/// available through DFC and EXIM". A financing or stake noun becomes a claim with no value
/// when the parse names who gives or holds it and the statement is about a particular deal:
/// a bare plural ("LPO provides loans to projects") describes a habit, not a deal.
func figurelessClaims(_ context: SentenceContext) -> [DraftClaim] {
    guard let parse = context.parse, !context.frames.isEmpty else { return [] }
    let figureWords = Set(context.figures.flatMap { figure in
        parse.words.indices.filter { figure.range.start <= parse.words[$0].range.start && parse.words[$0].range.end <= figure.range.end }
    })
    var drafts: [DraftClaim] = ownerRoles(context, parse) + deniedOutput(context, parse) + remainderHolders(context, parse)
    // (A proper noun is a name: the "Loan" of "Vehicles Manufacturing Loan Program" is no loan.)
    for word in parse.words.indices where !figureWords.contains(word) && parse.words[word].upos == "NOUN" {
        let kind: FrameReading.Kind
        let instrument: String?
        if let noun = phrase(context.frames.financingNouns, at: word, in: parse) {
            kind = .financing
            instrument = FrameRolesNouns.withModifiers(noun.contains(" ") ? noun : parse.words[word].form.lowercased(), word, parse)
        } else if phrase(context.frames.ownershipNouns, at: word, in: parse) != nil, ["stake", "equity", "shareholding"].contains(parse.words[word].lemma.lowercased()) {
            kind = .ownership
            instrument = nil
        } else {
            continue
        }
        // A figure in the sentence makes the claim already ("a letter of interest to provide up
        // to $900 million", "receive $50 million of equity"); a noun modifying another noun
        // ("loan resilience", "financing tools", "equity stake") is no deal of its own.
        if context.figures.contains(where: { $0.kind == .money || $0.kind == .percent }) { continue }
        if parse.baseRelation(word) == "compound" { continue }
        guard isParticular(word, parse) else { continue }
        let reading = nounFrame(kind, noun: word, instrument: instrument, figureTop: word, parse: parse, lexicon: context.frames)
        // ("support could be made available": the modal right after the noun, wherever the parse hangs it.)
        let modalAfter = parse.words[(word + 1)..<min(parse.words.count, word + 3)].contains { ["could", "may", "might"].contains($0.form.lowercased()) }
        if kind == .financing, reading.modality == "possible" || modalAfter {
            drafts += namedPossibleLenders(after: word, instrument: instrument, context, parse)
        }
        guard let providerWord = reading.provider, isReported(word, kind: kind, reading: reading, parse, context) else { continue }
        // "DFC and the Export-Import Bank": each conjunct is a provider of its own.
        let providerWords = [providerWord] + parse.dependents(of: providerWord, "conj")
        var seen = Set<String>()
        for candidate in providerWords {
            guard let provider = entity(at: candidate, parse, context), seen.insert(provider).inserted else { continue }
            let recipient = reading.recipient.flatMap { entity(at: $0, parse, context) }
            let owned = reading.owned.flatMap { namedBy($0, parse, context) }
            guard provider != recipient, provider != owned else { continue }
            var draft = DraftClaim(type: kind == .financing ? .financing : .ownership, subject: provider, object: "project",
                                   instrument: instrument, value: nil, unit: kind == .ownership ? "%" : nil, qualifier: .exact,
                                   low: nil, high: nil, figureID: nil, sourceID: context.sentence.sourceID, sentence: context.sentence,
                                   scope: reading.history ? "context" : "project")
            draft.modality = reading.modality
            draft.reading = describe(reading, parse, context)
            draft.recipient = recipient
            if kind == .ownership {
                draft.object = owned.flatMap { context.index.entity($0)?.name }
                    ?? reading.owned.map { ownedPhrase($0, parse, context) } ?? "project"
            }
            drafts.append(draft)
        }
    }
    return drafts
}

/// True when the clause reports a deal and not a topic: money is given to someone named
/// ("a loan to Lithium Nevada", "an equity investment in TechMet"), or the noun is what a
/// giving verb gives ("EXIM issued a letter of interest"); a stake is one sought, held or
/// denied ("is not seeking an equity stake in the venture").
private func isReported(_ noun: Int, kind: FrameReading.Kind, reading: FrameReading, _ parse: ParsedSentence,
                        _ context: SentenceContext) -> Bool {
    let verb = parse.words[noun].head.flatMap { actsAsVerb($0, parse) ? $0 : nil }
    let isObject = verb != nil && ["obj", "nsubj:pass"].contains(parse.words[noun].relation)
    switch kind {
    case .financing:
        let toSomeone = reading.recipient.flatMap { entity(at: $0, parse, context) } != nil
            || parse.prepositionalDependents(of: noun).contains { $0.preposition == "in" && entity(at: $0.word, parse, context) != nil }
        // ("financial support could come from Afreximbank": the source is named as the giver.)
        let comesFrom = parse.words[noun].relation.hasPrefix("nsubj") && verb.map { verb in
            parse.prepositionalDependents(of: verb).contains { ["from", "through"].contains($0.preposition) && $0.word == reading.provider }
        } == true
        let given = (isObject && verb.map { context.frames.givingVerbs.contains(verbLemma($0, parse)) } == true) || comesFrom
        // Nouns that also name things other than a deal ("its commitment to", "a mining facility",
        // "public investment") need someone named on the receiving end.
        let abstract: Set<String> = ["commitment", "support", "investment", "funding", "financing", "incentive", "award",
                                     "contract", "debt", "credit", "subsidy", "facility"]
        guard abstract.contains(parse.words[noun].lemma.lowercased()) else { return toSomeone || given }
        // Such a noun is a deal only when a finance word says so: "equity investment", "loan
        // commitment", "credit facility" (not "a mining facility", "its commitment to").
        let financeModifier = parse.dependents(of: noun).contains { modifier in
            ["compound", "amod"].contains(parse.baseRelation(modifier))
                && (isNoun(modifier, in: parse, of: context.frames) || ["financial", "conditional", "revolving"].contains(parse.words[modifier].form.lowercased()))
        }
        return financeModifier && (toSomeone || given)
    default:
        return isObject && (reading.modality != nil || verb.map { context.frames.ownershipVerbs.contains(verbLemma($0, parse)) } == true)
    }
}

/// "a loan", "the equity investment", "a DFC equity investment", "financial support": one
/// deal. A bare plural ("provides loans and loan guarantees") is a kind of business.
private func isParticular(_ word: Int, _ parse: ParsedSentence) -> Bool {
    let plural = parse.words[word].xpos.hasSuffix("S")
    let determined = !parse.dependents(of: word, "det").isEmpty || !parse.dependents(of: word, "nmod:poss").isEmpty
        || parse.dependents(of: word, "compound").contains { parse.words[$0].upos == "PROPN" }
    return determined || !plural
}

/// The words of an owned thing as written ("the venture" → "venture").
private func ownedPhrase(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String {
    let lemma = parse.words[word].lemma.lowercased()
    if lemma == "venture" || lemma == "jv" { return "joint venture" }
    return parse.words[word].form
}

/// "Gabon Manganese is the majority owner of the Okondja mine", "Cove Kaz Capital would become
/// the project's majority owner": a holder named by its role, with no percentage. The kind of
/// stake ("majority owner") is the claim's instrument; a sole owner holds 100%.
private func ownerRoles(_ context: SentenceContext, _ parse: ParsedSentence) -> [DraftClaim] {
    let owners: Set<String> = ["owner", "shareholder", "stakeholder", "holder"]
    let kinds: Set<String> = ["majority", "controlling", "largest", "minority", "sole"]
    var drafts: [DraftClaim] = []
    for noun in parse.words.indices where owners.contains(parse.words[noun].lemma.lowercased()) {
        guard let kind = parse.dependents(of: noun).first(where: { kinds.contains(parse.words[$0].form.lowercased()) }) else { continue }
        // The holder: the subject of the copula ("X is the owner") or of "become" ("X would become the owner").
        // ("Acme, the controlling shareholder of X, said": an apposition names its noun.)
        let head = parse.words[noun].head
        let becomes = head.map { ["become", "remain", "stay"].contains(verbLemma($0, parse)) } == true
        let subject = parse.dependents(of: noun, "nsubj").first
            ?? (parse.baseRelation(noun) == "xcomp" || becomes ? head.flatMap { parse.subject(of: $0)?.word } : nil)
            ?? (parse.baseRelation(noun) == "appos" ? head : nil)
        guard let subject, let holder = entity(at: subject, parse, context) else { continue }
        let ownedWord = parse.dependents(of: noun, "nmod:poss").first
            ?? parse.prepositionalDependents(of: noun).first { $0.preposition == "of" }?.word
        let owned = ownedWord.flatMap { namedBy($0, parse, context) }
        guard holder != owned else { continue }
        let label = parse.words[kind].form.lowercased()
        var draft = DraftClaim(type: .ownership, subject: holder,
                               object: owned.flatMap { context.index.entity($0)?.name } ?? ownedWord.flatMap { assetPhrase($0, parse, context) } ?? "project",
                               instrument: label + " " + parse.words[noun].lemma.lowercased(), value: label == "sole" ? 100 : nil,
                               unit: "%", qualifier: .exact, low: nil, high: nil, figureID: nil, sourceID: context.sentence.sourceID,
                               sentence: context.sentence, scope: "project")
        let verb = parse.words[noun].head.flatMap { actsAsVerb($0, parse) ? $0 : nil }
        draft.modality = modality(of: verb ?? noun, noun: noun, parse, context.frames)
        drafts.append(draft)
    }
    return drafts
}

/// "financial support could be made available … through federal entities, including the US
/// International Development Finance Corporation and the Export-Import Bank": hedged money, and
/// lenders named after "including", "such as" or "through" later in the sentence. Each is a
/// possible lender with no amount. (Read from the word order: parses of such long sentences
/// are often wrong.)
private func namedPossibleLenders(after noun: Int, instrument: String?, _ context: SentenceContext, _ parse: ParsedSentence) -> [DraftClaim] {
    let nounEnd = parse.words[noun].range.end
    let text = Array(context.sentence.text.utf8)
    let base = context.sentence.range.start
    var drafts: [DraftClaim] = []
    var seen = Set<String>()
    for (mention, id) in context.mentions where mention.start > nounEnd {
        guard let name = context.index.entity(id)?.name, isLenderName(name, context.frames), seen.insert(id).inserted else { continue }
        let between = String(decoding: text[max(0, nounEnd - base)..<max(0, min(text.count, mention.start - base))], as: UTF8.self).lowercased()
        guard [" including ", " such as ", " through ", " from "].contains(where: { between.contains($0) }) else { continue }
        var draft = DraftClaim(type: .financing, subject: id, object: "project", instrument: instrument, value: nil, unit: nil,
                               qualifier: .exact, low: nil, high: nil, figureID: nil, sourceID: context.sentence.sourceID,
                               sentence: context.sentence, scope: "project")
        draft.modality = "possible"
        drafts.append(draft)
    }
    return drafts
}

/// "The United States has not had domestic tungsten production since 2015", "Ruritania has no
/// cobalt output": a producer named with no output, kept as a denied production claim.
private func deniedOutput(_ context: SentenceContext, _ parse: ParsedSentence) -> [DraftClaim] {
    let outputs: Set<String> = ["production", "output", "mining", "refining"]
    var drafts: [DraftClaim] = []
    for noun in parse.words.indices where outputs.contains(parse.words[noun].lemma.lowercased()) && parse.words[noun].upos == "NOUN" {
        guard let verb = parse.words[noun].head, actsAsVerb(verb, parse), parse.baseRelation(noun) == "obj",
              parse.isNegated(verb) || parse.isNegated(noun),
              let subject = parse.subject(of: verb), !subject.passive, let producer = entity(at: subject.word, parse, context) else { continue }
        // What is not produced: the words before the noun that name it ("domestic tungsten production" → tungsten).
        let what = parse.dependents(of: noun).filter { ["amod", "compound"].contains(parse.baseRelation($0)) && $0 < noun }
            .map { parse.words[$0].form }.filter { $0.lowercased() != "domestic" }
        var draft = DraftClaim(type: .production, subject: producer, object: what.isEmpty ? nil : what.joined(separator: " "),
                               instrument: nil, value: nil, unit: nil, qualifier: .exact, low: nil, high: nil, figureID: nil,
                               sourceID: context.sentence.sourceID, sentence: context.sentence, scope: "project")
        draft.modality = "negated"
        drafts.append(draft)
    }
    return drafts
}

/// "Orano owns 90% of the mine, with the remainder held by Sopamin", "B holds the rest": the
/// holder of what a stated stake leaves, with no figure of its own. Kept as an ownership claim
/// with no value ("remainder" as its kind) in the thing the sentence's stake is in; the
/// ownership total names it beside the share no source states.
private func remainderHolders(_ context: SentenceContext, _ parse: ParsedSentence) -> [DraftClaim] {
    // (The stake stated in this sentence or earlier in the paragraph.)
    guard let object = context.lastOwnershipObject else { return [] }
    var drafts: [DraftClaim] = []
    for noun in parse.words.indices where ["remainder", "rest", "balance"].contains(parse.words[noun].lemma.lowercased())
        && parse.words[noun].upos == "NOUN" && parse.dependents(of: noun, "det").contains(where: { parse.words[$0].form.lowercased() == "the" }) {
        // (Not "the rest of the world", "the balance of the loan": a remainder of something named.)
        guard parse.prepositionalDependents(of: noun).allSatisfy({ $0.preposition == "with" }) else { continue }
        let owns = { (verb: Int) in actsAsVerb(verb, parse) && context.frames.ownershipVerbs.contains(verbLemma(verb, parse)) }
        // Its holder: the agent of a participle on it ("the remainder held by B"), of the passive
        // it is the subject of ("the rest is owned by B"), or the subject it is the object of.
        let participle = parse.dependents(of: noun, "acl").first { owns($0) && parse.words[$0].xpos == "VBN" }
        guard let verb = participle ?? parse.words[noun].head.flatMap({ owns($0) ? $0 : nil }) else { continue }
        let holderWord: Int?
        switch participle == nil ? parse.words[noun].relation : "acl" {
        case "acl", "nsubj:pass": holderWord = parse.agent(of: verb)
        case "obj": holderWord = holder(of: verb, parse)
        default: holderWord = nil
        }
        guard let holderWord, let holder = entity(at: holderWord, parse, context),
              context.index.entity(holder)?.name != object else { continue }
        var draft = DraftClaim(type: .ownership, subject: holder, object: object, instrument: "remainder", value: nil, unit: "%",
                               qualifier: .exact, low: nil, high: nil, figureID: nil, sourceID: context.sentence.sourceID,
                               sentence: context.sentence, scope: "project")
        draft.modality = modality(of: verb, noun: noun, parse, context.frames)
        drafts.append(draft)
    }
    return drafts
}
