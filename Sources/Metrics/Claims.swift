import BriefingModel

/// A claim read from one sentence, before claims from all sources are merged.
struct DraftClaim {
    var type: ClaimType
    var subject: String?
    var object: String?
    var instrument: String?
    var value: Double?
    var unit: String?
    var qualifier: Qualifier
    var low: Double?
    var high: Double?
    var figureID: String?
    var sourceID: String
    var sentence: Sentence
    var scope: String
    var modality: String? = nil
    var recipient: String? = nil
    var reading: ClaimReading? = nil
    /// All the parties named with the subject in one coordination ("EXIM and DFC"), the
    /// subject among them, and whether each does it alone ("each lend") or all together.
    var partners: [String] = []
    var eachPartner = false
}

/// What a sentence offers the claim reader: its words, names and figures.
struct SentenceContext {
    var sentence: Sentence
    var words: [Word]
    var mentions: [(mention: Mention, entityID: String)]
    var figures: [Figure]
    /// Words of the spec's and sources' titles: what "this project" is called.
    var projectTerms: Set<String>
    /// Entities named most recently before this sentence in the same source,
    /// for "the company" and "the country".
    var recentEntities: [String]
    /// The entity the previous sentence of the same source had as its main subject, for a
    /// sentence that opens with "It": a pronoun subject continues the last sentence's subject.
    var previousSubject: String? = nil
    /// The last sentence's subject was a thing no name stands for ("The refinery").
    var previousSubjectIsUnnamedThing = false
    /// For a list item, the label the list hangs under ("Shareholders:"), if any.
    var listLabel: String? = nil
    var index: EntityIndex
    /// The last ownership object in this source's paragraph, for "the remaining 30%".
    var lastOwnershipObject: String?
    /// The last ownership object anywhere earlier in this source ("the mine" → "Vesteralen graphite mine").
    var lastSourceOwnershipObject: String?
    var paragraphMentionsJointVenture: Bool
    /// The sentence's parse, when the Syntax stage parsed it.
    var parse: ParsedSentence? = nil
    var frames = FrameLexicon()

    var lower: [String] { words.map(\.lower) }

    /// Index of the first word of the figure.
    func wordIndex(of figure: Figure) -> Int {
        words.firstIndex { $0.end > figure.range.start } ?? words.count
    }
    func wordEnd(of figure: Figure) -> Int {
        (words.lastIndex { $0.start < figure.range.end } ?? 0) + 1
    }
    /// The word after the last figure of `kind` before `figure` in this sentence (0 if none): where
    /// `figure`'s own clause begins ("Codelco owning 30% and local investors the remaining 20.1%").
    func wordAfterLastFigure(of kind: FigureKind, before figure: Figure) -> Int {
        figures.filter { $0.kind == kind && $0.range.end <= figure.range.start }.map { wordEnd(of: $0) }.max() ?? 0
    }
}

/// Reads the claim a figure makes in its sentence, or nil when the figure
/// says nothing worth a claim (a date in passing, "two of the deposits").
func readClaim(_ figure: Figure, in context: SentenceContext) -> DraftClaim? {
    let words = context.lower
    let first = context.wordIndex(of: figure)
    let after = context.wordEnd(of: figure)
    var draft = DraftClaim(type: .other, subject: nil, object: nil, instrument: nil, value: figure.value,
                           unit: figure.currency ?? figure.unit, qualifier: figure.qualifier, low: figure.low, high: figure.high,
                           figureID: figure.id, sourceID: figure.sourceID, sentence: context.sentence, scope: "project")
    if figure.kind == .date { draft.unit = "year" }
    // A price: "USD/kilogram" for "$350 per kg".
    if figure.kind == .money, let currency = figure.currency, let per = figure.unit, per.hasPrefix("per ") {
        draft.unit = currency + "/" + per.dropFirst(4)
    }

    func nearest(_ cues: Set<String>) -> Int? {
        var best: Int?
        for (index, word) in words.enumerated() where cues.contains(word) {
            let distance = index < first ? first - index : (index >= after ? index - after + 1 : 0)
            if best == nil || distance < best! { best = distance }
        }
        return best
    }
    let window = Set(words[max(0, first - 8)..<min(words.count, after + 8)])
    let historical = !window.isDisjoint(with: Cues.history)
    var separate = !Set(words[max(0, first - 10)..<first]).isDisjoint(with: ["separate", "separately", "unrelated", "another"])
    // With a parse, "separate" points elsewhere when it says so of a deal or a transaction ("in a
    // separate transaction", "separately"), not of the loans this figure sizes ("two separate
    // loans, one for $620 million").
    if separate, let parse = context.parse {
        separate = parse.words.indices.contains { index in
            let word = parse.words[index]
            // ("X separately agreed to lend C$250 million to the project" is more money for it.)
            guard word.range.end <= figure.range.start, ["separate", "unrelated", "another"].contains(word.form.lowercased()) else { return false }
            return word.head.map { !isNoun($0, in: parse, of: context.frames) } ?? false
        }
    }
    let nearBefore = Set(words[max(0, first - 6)..<first])
    let marketValue = (nearBefore.contains("market") && !nearBefore.isDisjoint(with: ["value", "capitalisation", "capitalization", "cap"]))
        || nearBefore.contains("valuation")

    switch figure.kind {
    case .number:
        // "own the remaining half", "holds a third": a stake written as a fraction.
        if figure.value > 0, figure.value < 1, figure.text.first?.isLetter == true,
           !Set(words[max(0, first - 4)..<first]).isDisjoint(with: Cues.ownership) {
            draft.type = .ownership
            draft.value = figure.value * 100
            draft.unit = "%"
            let clauseStart = context.wordAfterLastFigure(of: .percent, before: figure)
            draft.subject = subjectBefore(context, first, preferring: [.organization, .government, .country, .other], from: clauseStart)
            draft.object = ownedObject(context, after: after)
            return draft
        }
        // Small counts ("two of the deposits", "top ten producers") are description, not data.
        if figure.value < 10 && figure.value == figure.value.rounded() { return nil }
        if figure.text.first?.isLetter == true { return nil }
        return draft

    case .money:
        return readMoneyClaim(figure, draft, in: context, first: first, after: after, aboutSomethingElse: separate || marketValue,
                              nearest: nearest)

    case .percent:
        if let row = listRowStake(figure, draft, in: context) { return row }
        if isSharePrice(words, first: first, after: after) || isStockMove(words, first: first) {
            draft.scope = "context"
            return draft
        }
        let clauseStart = context.wordAfterLastFigure(of: .percent, before: figure)
        if let framed = readPercentFrame(
            figure, draft, in: context,
            fallbackHolder: {
                buyer(context, first: first, after: after)
                    ?? subjectBefore(context, first, preferring: [.organization, .government, .country, .other], from: clauseStart)
            },
            fallbackObject: { ownedObject(context, after: after) },
            market: { marketPhrase(context, after: after) }) {
            return framed
        }
        // "marketing rights for 80% of the output", "a royalty on 2% of sales": terms, not shares.
        if !Set(words[max(0, first - 4)..<first]).isDisjoint(with: ["rights", "royalty", "offtake", "marketing"]) {
            return draft
        }
        if isMarketShare(words, first: first, after: after) {
            draft.type = .supplyShare
            // ("would supply about 4% of global oxide": a share the project could have, not has.)
            if let parse = context.parse, let top = headWord(of: figure.range, in: parse), let verb = governingVerb(of: top, parse) {
                draft.modality = modality(of: verb, noun: nil, parse, context.frames)
            }
            draft.subject = subjectBefore(context, first, preferring: [.country, .organization, .government])
                ?? subjectAfter(context, after)
            draft.object = marketPhrase(context, after: after)
            // (A share nobody named holds is no claim to chart, as in the frame reader.)
            if draft.subject == nil { draft.type = .other }
            return draft
        }
        if isOwnership(words, first: first, after: after) {
            draft.type = .ownership
            // "Codelco owning 30% and local investors the remaining 20.1%": a holder named before an
            // earlier stake in the sentence is that stake's holder, not this one's.
            let clauseStart = context.wordAfterLastFigure(of: .percent, before: figure)
            draft.subject = context.parse.flatMap { agentRightAfter(figure, $0, context) }
                ?? buyer(context, first: first, after: after)
                ?? subjectBefore(context, first, preferring: [.organization, .government, .country, .other], from: clauseStart)
                ?? heldBy(context, after: after)
            draft.object = ownedObject(context, after: after)
            return draft
        }
        return draft

    case .quantity:
        // How often something happens ("four times per week") is no output.
        if figure.unit?.hasPrefix("count/") == true { return nil }
        // A rate in time ("tonne/year") is output; a grade ("gram/tonne") is not.
        let perTime = figure.unit.map { unit in ["/year", "/day", "/month", "/week", "/hour"].contains { unit.hasSuffix($0) } } ?? false
        // A grade or a density ("2.5 g/t") is neither output nor a reserve.
        if figure.unit?.contains("/") == true, !perTime { return draft }
        // "150,000 tonnes of copper a year": the rate follows the material.
        let tail = words[after..<min(words.count, after + 7)].joined(separator: " ")
        let yearly = tail.contains("a year") || tail.contains("per year") || tail.contains("annually") || tail.contains("per annum")
        let isOutput = perTime || nearest(Cues.production).map({ $0 <= 4 }) == true
        let offtake = readQuantityOfftake(figure, draft, yearly: perTime || yearly, in: context)
        if let unit = draft.unit, !unit.contains("/"), yearly, isOutput || offtake != nil {
            draft.unit = unit + "/year"
        }
        if var offtake {
            offtake.unit = draft.unit
            return offtake
        }
        if isOutput {
            draft.type = .production
        } else if nearest(Cues.reserve) != nil {
            draft.type = .reserve
            draft.object = reserveObject(words, after: after)
        } else {
            return draft
        }
        // (A producer the parse gives but no name covers, "the complex produced", is left unnamed.)
        if let parse = context.parse, let producer = producerWord(of: figure, parse) {
            draft.subject = entity(at: producer, parse, context)
        } else {
            draft.subject = subjectBefore(context, first, preferring: [.country, .organization, .government]) ?? coreferent(context, words)
        }
        return draft

    case .duration, .date:
        if historical {
            draft.scope = "context"
            return figure.kind == .date ? nil : draft
        }
        guard let distance = nearest(Cues.timeline), distance <= 10 else { return figure.kind == .date ? nil : draft }
        // "would supply 35% of demand in its first six years", "over the next ten years": a span
        // that another figure of the sentence holds over dates no stage of the project.
        // "5-year salient statistics", "a 10-year high": a length of time written as an adjective
        // measures the noun after it; only a stage or a term of the deal makes it a timeline.
        if figure.kind == .duration, figure.text.contains("-"), after < words.count,
           !(Cues.milestones + ["plan", "term", "tenor", "agreement", "contract", "deal", "lease", "loan", "programme", "program"]).contains(words[after]) {
            draft.scope = "context"
            return draft
        }
        if figure.kind == .duration, first > 0, ["first", "initial", "next", "last", "past", "coming"].contains(words[first - 1]),
           context.figures.contains(where: { ![.duration, .date].contains($0.kind) }) {
            draft.scope = "context"
            return draft
        }
        if figure.kind == .date, let parse = context.parse, yearDatesNoMilestone(figure, parse) { return figure.kind == .date ? nil : draft }
        draft.type = .timeline
        draft.object = milestone(context, first: first, after: after)
        // A date no stage is named for ("plans to spend $8.6 billion by 2030"), or a period a rule
        // sets for a kind of party ("obliges foreign miners to sell 51% within ten years"), dates
        // nothing of this project.
        if draft.object == "milestone" || isRuleForKindOfParty(figure, context) { draft.scope = "context" }
        return draft
    }
}

// MARK: - Figure readings

func isSharePrice(_ words: [String], first: Int, after: Int) -> Bool {
    let next = words[after..<min(words.count, after + 2)]
    if next.contains("share") && (next.contains("a") || next.contains("per")) { return true }
    // "shares closed at $4.20", "stock rose to $12", "a stock price of $41.20": the amount is
    // where the shares' move or price ends ("In return for shares, X invested $40 million" is no price).
    let before = words[max(0, first - 4)..<first]
    guard let last = before.last, ["at", "to", "from", "of", "by", "near", "around"].contains(last) else { return false }
    return before.contains("shares") || before.contains("stock")
}

/// "Shares of X rose 12%": a stock move, not a fact about the project.
func isStockMove(_ words: [String], first: Int) -> Bool {
    let before = Set(words[max(0, first - 8)..<first])
    let moves: Set<String> = ["rose", "fell", "jumped", "dropped", "gained", "lost", "climbed", "slid", "surged", "plunged", "up", "down"]
    return !before.isDisjoint(with: ["shares", "stock", "stocks"]) && !before.isDisjoint(with: moves)
}

private func isMarketShare(_ words: [String], first: Int, after: Int) -> Bool {
    let following = words[after..<min(words.count, after + 6)]
    if following.first == "of", !Set(following).isDisjoint(with: Cues.market) { return true }
    let before = Set(words[max(0, first - 4)..<first])
    return !before.isDisjoint(with: Cues.shareVerbs) && !Set(words[after...]).isDisjoint(with: Cues.market)
}

private func isOwnership(_ words: [String], first: Int, after: Int) -> Bool {
    let near = Set(words[max(0, first - 6)..<min(words.count, after + 3)])
    if !near.isDisjoint(with: Cues.ownership) { return true }
    // "a 45.5% interest in", "an 8% share in"
    if after + 1 < words.count, words[after] == "interest" || words[after] == "share", words[after + 1] == "in" || words[after + 1] == "of" {
        return true
    }
    return false
}

/// The nearest name before the figure, skipping people unless nothing else is named.
func subjectBefore(_ context: SentenceContext, _ position: Int, preferring kinds: [EntityKind], from start: Int = 0) -> String? {
    let before = context.mentions.filter { $0.mention.lastWord < position && $0.mention.firstWord >= start }
    if let named = before.last(where: { kinds.contains(context.index.kind($0.entityID)) }) { return named.entityID }
    return before.last?.entityID
}

private func subjectAfter(_ context: SentenceContext, _ position: Int) -> String? {
    context.mentions.first { $0.mention.firstWord >= position }?.entityID
}

/// "sell a 45.5% interest in the mine to X": after a sale the stake is the buyer's.
private func buyer(_ context: SentenceContext, first: Int, after: Int) -> String? {
    let words = context.lower
    let before = Set(words[max(0, first - 6)..<first])
    guard !before.isDisjoint(with: ["sell", "sells", "sold", "selling", "transfer", "transfers", "transferred"]) else { return nil }
    for (mention, id) in context.mentions where mention.firstWord > after {
        if mention.firstWord >= 1, words[mention.firstWord - 1] == "to" { return id }
    }
    return nil
}

/// "a 45.5% interest held by X"
private func heldBy(_ context: SentenceContext, after: Int) -> String? {
    let words = context.lower
    for (mention, id) in context.mentions where mention.firstWord > after {
        if mention.firstWord >= 1, words[mention.firstWord - 1] == "by" { return id }
    }
    return nil
}

/// "the country", "the company": the last such entity named in the source.
private func coreferent(_ context: SentenceContext, _ words: [String]) -> String? {
    let text = " " + words.joined(separator: " ") + " "
    let wantsCountry = text.contains(" the country ") || text.contains(" the nation ")
    let wantsCompany = text.contains(" the company ") || text.contains(" the firm ") || text.contains(" the group ")
    guard wantsCountry || wantsCompany else { return nil }
    return context.recentEntities.reversed().first { id in
        let kind = context.index.kind(id)
        return wantsCountry ? kind == .country : (kind == .organization || kind == .other)
    }
}

/// "stake in X" / "of X" → X; else the joint venture the paragraph speaks of, else the project.
private func ownedObject(_ context: SentenceContext, after: Int) -> String {
    let words = context.lower
    var index = after
    if index < words.count, ["stake", "interest", "share", "stakes", "equity", "ownership"].contains(words[index]) { index += 1 }
    if index < words.count, Cues.stakeOf.contains(words[index]), !context.words[index - 1].endsRun {
        if let named = context.mentions.first(where: { $0.mention.firstWord == index + 1 || $0.mention.firstWord == index + 2 }) {
            // An organisation owned ("60% of Nechalacho Minerals Ltd") is named as such;
            // an asset ("its Vesteralen graphite mine") keeps the nouns after its name.
            let kind = context.index.kind(named.entityID)
            if kind == .organization || kind == .government || kind == .country {
                return context.index.entity(named.entityID)?.name ?? named.mention.name
            }
            var phrase = [context.words[named.mention.firstWord...named.mention.lastWord].map(\.text).joined(separator: " ")]
            var cursor = named.mention.lastWord
            while cursor + 1 < words.count, !context.words[cursor].endsRun, phrase.count < 5,
                  !["which", "that", "and", "to", "for", "from", "by", "with", "in", "of", "on", "at", "said", "is", "was", "will"].contains(words[cursor + 1]),
                  !context.words[cursor + 1].isCapitalized {
                cursor += 1
                phrase.append(context.words[cursor].text)
            }
            return normalizedAsset(phrase.joined(separator: " "))
        }
        // Names keep their capitals ("La Granja Sur copper-gold project"); "in northern Peru" is no part of it.
        var phrase: [String] = []
        var cursor = index + 1
        while cursor < words.count, phrase.count < 6 {
            if ["which", "that", "and", "according", "while", "as", "to", "for", "from", "by", "with", "in"].contains(words[cursor]) { break }
            let keepsCase = context.words[cursor].isCapitalized && !(phrase.isEmpty && ["the", "a", "an", "its", "their"].contains(words[cursor]))
            phrase.append(keepsCase ? context.words[cursor].text : words[cursor])
            if context.words[cursor].endsRun { break }
            cursor += 1
        }
        while let first = phrase.first, ["the", "a", "an", "its", "their"].contains(first) { phrase.removeFirst() }
        if !phrase.isEmpty {
            // "the mine" after "its Vesteralen graphite mine": the same asset.
            if phrase.count == 1, let earlier = context.lastSourceOwnershipObject, earlier.split(separator: " ").last.map(String.init) == phrase[0] {
                return earlier
            }
            return normalizedAsset(phrase.joined(separator: " "))
        }
    }
    if words.joined(separator: " ").contains("joint venture") || context.paragraphMentionsJointVenture { return "joint venture" }
    // "First Andean will retain the remaining 45%": the rest of the asset named before.
    if context.lastOwnershipObject == nil, words.contains("remaining"), let earlier = context.lastSourceOwnershipObject { return earlier }
    // (A stake with nothing named is in what the last stake of the article was in: "Vale Canada
    // will keep 33.9%" a paragraph after "14% of PT Vale Indonesia".)
    return context.lastOwnershipObject ?? context.lastSourceOwnershipObject ?? "project"
}


private func normalizedAsset(_ phrase: String) -> String {
    if phrase == "venture" || phrase.hasSuffix("joint venture") || phrase == "jv" { return "joint venture" }
    return phrase
}

private func reserveObject(_ words: [String], after: Int) -> String? {
    let tail = words[after..<min(words.count, after + 6)]
    if tail.contains("ore") { return "ore" }
    if let index = tail.firstIndex(of: "of"), index + 1 < words.count {
        var phrase = Array(words[(index + 1)..<min(words.count, index + 3)])
        while let first = phrase.first, ["the", "a", "an", "contained"].contains(first) { phrase.removeFirst() }
        if let first = phrase.first { return first }
    }
    return nil
}
