import BriefingModel

/// Stage 4: names the entities, reads a typed claim from each figure's
/// sentence, merges what several sources agree on, lists where they differ,
/// and derives the totals a reader wants. Where a sentence was parsed, the
/// claim's frame and roles come from its grammar (Frames.swift).
public func computeMetrics(_ parsed: ParsedCorpus) -> Analysis {
    let figured = parsed.figured
    let corpus = figured.corpus
    let figuresBySentence = Dictionary(grouping: figured.figures.filter { $0.sentenceID != nil }, by: { $0.sentenceID! })
    var index = buildEntityIndex(corpus, moneyRanges: figuresBySentence.mapValues { $0.filter { $0.kind == .money }.map(\.range) })
    let projectTerms = projectVocabulary(corpus)

    var drafts: [DraftClaim] = []
    var unread: [Conflict] = []
    if corpus.syntaxModelPath == nil || corpus.frames.isEmpty {
        // The reader should know the claims were read the crude way.
        unread.append(Conflict(claims: [], note: "Read without the syntax model or the predicate lexicon (no assets/ folder with "
            + "models/ and frames.yml was found above the spec, in the working folder or above the executable): holders, "
            + "lenders and scope come from cue words near each figure and are less reliable"))
    }
    for source in corpus.sources {
        var recent: [String] = []
        var lastObjectByParagraph: [Int: String] = [:]
        var lastObject: String?
        var jointVentureParagraphs: [Int: Bool] = [:]
        var previousSubject: String?
        var previousSubjectIsUnnamedThing = false
        var listLabels: [Int: String?] = [:]
        for sentence in source.sentences {
            guard sentence.range.length <= maximumSentenceBytesRead else {
                unread.append(unreadSentenceCaveat(sentence, figures: figuresBySentence[sentence.id]?.count ?? 0))
                continue
            }
            let mentions = index.mentionsBySentence[sentence.id] ?? []
            // Once per paragraph, not per sentence: a paragraph may hold thousands.
            if jointVentureParagraphs[sentence.paragraphIndex] == nil {
                jointVentureParagraphs[sentence.paragraphIndex] = source.string(source.paragraphs[sentence.paragraphIndex].range)
                    .lowercased().contains("joint venture")
            }
            var context = SentenceContext(
                sentence: sentence, words: splitWords(source.text, sentence.range), mentions: mentions,
                figures: figuresBySentence[sentence.id] ?? [], projectTerms: projectTerms, recentEntities: recent,
                index: index, lastOwnershipObject: lastObjectByParagraph[sentence.paragraphIndex], lastSourceOwnershipObject: lastObject,
                paragraphMentionsJointVenture: jointVentureParagraphs[sentence.paragraphIndex]!,
                parse: parsed.parses[sentence.id], frames: corpus.frames)
            context.previousSubject = previousSubject
            context.previousSubjectIsUnnamedThing = previousSubjectIsUnnamedThing
            context.listLabel = listLabel(of: sentence.paragraphIndex, in: source, known: &listLabels)
            let sentenceStart = drafts.count
            for figure in context.figures {
                guard var draft = readClaim(figure, in: context) else { continue }
                // A law ("the Defense Production Act") gives, holds and receives nothing: money goes
                // under it, from someone else.
                if let subject = draft.subject, context.index.entity(subject).map({ isLaw($0.name) }) == true { draft.subject = nil }
                if let recipient = draft.recipient, context.index.entity(recipient).map({ isLaw($0.name) }) == true { draft.recipient = nil }
                if draft.type == .ownership, let object = draft.object {
                    lastObjectByParagraph[sentence.paragraphIndex] = object
                    context.lastOwnershipObject = object
                    context.lastSourceOwnershipObject = object
                    lastObject = object
                }
                drafts.append(draft)
            }
            givePartsTheirTotalsParties(&drafts[sentenceStart...])
            drafts.append(contentsOf: context.parse == nil ? undisclosedFinancing(context) : figurelessClaims(context))
            previousSubject = mainSubject(context)
            previousSubjectIsUnnamedThing = previousSubject == nil && mainSubjectIsUnnamedThing(context)
            recent.append(contentsOf: mentions.map(\.entityID))
            // Only the latest mentions are ever looked back to; an unbounded list
            // would be copied into every sentence's context.
            if recent.count > 400 { recent.removeFirst(recent.count - 200) }
        }
    }

    // Parties named together become one subject, or one claim each ("each lend").
    // One step at a time, each list replacing the last, so that a page of a
    // hundred thousand claims is held about twice at most, not once per step.
    (drafts, index) = resolveCountryPlaceholders(drafts, index)
    (drafts, index) = resolveJointParties(drafts, index)
    drafts = unifyAssetNames(drafts)
    var merged = mergeClaims(drafts)
    drafts = []
    merged = markGroupStakeTotals(markTotals(mergeRetoldDeals(merged, index: index)), entities: index.entities)
    merged = supersedeEarlierStakes(merged)
    let (claims, caveats) = checkPlausibility(merged, figures: figured.figures)
    merged = []
    let conflicts = unread + caveats + findConflicts(claims, entities: index.entities, figures: figured.figures)
        + counterpartyConflicts(corpus, index: index, claims: claims)
        + differentlyNamedPlaces(corpus, index: index)
    let (metrics, failures) = deriveMetrics(claims, entities: index.entities)

    // Keep entities that matter: named organisations, bodies, countries and
    // people, and anything a claim refers to.
    // (facts.json names every entity a claim points to: none may dangle.)
    var referenced = Set(claims.compactMap(\.subject) + claims.compactMap(\.recipient))
    // (A group's members are referenced through it.)
    for entity in index.entities where referenced.contains(entity.id) { referenced.formUnion(entity.members) }
    var mentionCounts: [String: Int] = [:]
    for list in index.mentionsBySentence.values { for item in list { mentionCounts[item.entityID, default: 0] += 1 } }
    let entities = index.entities.filter { entity in
        referenced.contains(entity.id) || entity.kind != .other || (mentionCounts[entity.id] ?? 0) >= 2
    }
    var analysis = Analysis(corpus: corpus, figures: figured.figures, entities: entities, claims: claims,
                            metrics: metrics, conflicts: conflicts, failedChecks: failures)
    // Compared with the previous build where there was one.
    analysis.changes = corpus.previousFacts.map { compareFacts(previous: $0, current: snapshot(of: analysis)) }
    return analysis
}

/// The label a list item hangs under: the paragraph ending with a colon right before the run of
/// list items this paragraph belongs to ("Shareholders:"); nil for a paragraph that is no list item.
/// Each paragraph's answer is remembered, so a run of a million items is read once, not once per item.
private func listLabel(of paragraph: Int, in source: SourceDocument, known: inout [Int: String?]) -> String? {
    if let answer = known[paragraph] { return answer }
    func isItem(_ index: Int) -> Bool {
        let range = source.paragraphs[index].range
        let start = String(decoding: source.text[range.start..<min(range.end, range.start + 4)], as: UTF8.self).prefix(2)
        return ["- ", "• ", "* ", "– ", "— ", "· "].contains(String(start))
    }
    var answer: String?
    if paragraph > 0, paragraph < source.paragraphs.count, isItem(paragraph) {
        if isItem(paragraph - 1) {
            answer = listLabel(of: paragraph - 1, in: source, known: &known)
        } else {
            let label = source.string(source.paragraphs[paragraph - 1].range)
            answer = label.hasSuffix(":") ? label : nil
        }
    }
    known[paragraph] = answer
    return answer
}

/// Why a sentence over the length limit has no claims.
private func unreadSentenceCaveat(_ sentence: Sentence, figures: Int) -> Conflict {
    let size = sentence.range.length >= 10_240 ? "\(sentence.range.length / 1024) KB" : "\(sentence.range.length) bytes"
    return Conflict(claims: [], note: "Sentence \(sentence.id) not read: it is \(size) long, over the \(maximumSentenceBytesRead / 1024) KB "
        + "a sentence may have to be read for claims; its \(groupedDigits(figures)) figure\(figures == 1 ? " is" : "s are") kept in facts.json only")
}

/// 20000 → "20,000".
private func groupedDigits(_ number: Int) -> String {
    var digits = String(number)
    var index = digits.endIndex
    while digits.distance(from: digits.startIndex, to: index) > 3 {
        index = digits.index(index, offsetBy: -3)
        digits.insert(",", at: index)
    }
    return digits
}

/// "the project" in one source and "the Akzhal project" in another are the
/// same asset when the corpus names only one project: the bare word takes the
/// full name, so their stakes merge and add up.
private func unifyAssetNames(_ drafts: [DraftClaim]) -> [DraftClaim] {
    let objects = Set(drafts.filter { $0.type == .ownership }.compactMap(\.object))
    // Full names by their last word, made once: a page may own thousands of assets.
    var fullerByLastWord: [String: Set<String>] = [:]
    for object in objects where object.contains(" ") {
        if let last = object.split(separator: " ").last { fullerByLastWord[String(last), default: []].insert(object) }
    }
    // ("Arafura" and "Arafura Metals": a bare name is the one fuller name it starts.)
    var fullerByFirstWord: [String: Set<String>] = [:]
    for object in objects where object.contains(" ") {
        if let first = object.split(separator: " ").first, first.first?.isUppercase == true { fullerByFirstWord[String(first), default: []].insert(object) }
    }
    var renamed = drafts
    for (index, draft) in drafts.enumerated() where draft.type == .ownership {
        guard let object = draft.object, !object.contains(" ") else { continue }
        if let fuller = fullerByLastWord[object], fuller.count == 1 { renamed[index].object = fuller.first }
        else if object.first?.isUppercase == true, let fuller = fullerByFirstWord[object], fuller.count == 1 { renamed[index].object = fuller.first }
    }
    return renamed
}

/// "EXIM has issued a letter of interest" with no amount: a financing claim
/// with no value; never an invented one.
private func undisclosedFinancing(_ context: SentenceContext) -> [DraftClaim] {
    guard !context.figures.contains(where: { $0.kind == .money }) else { return [] }
    let words = context.lower
    guard words.contains(where: { Cues.issuedVerbs.contains($0) }) else { return [] }
    let instruments = [["letter", "of", "interest"], ["letter", "of", "intent"], ["loan"], ["loan", "guarantee"], ["credit", "facility"], ["term", "loan"]]
    for phrase in instruments {
        guard let position = (0...(max(0, words.count - phrase.count))).first(where: { index in
            index + phrase.count <= words.count && Array(words[index..<(index + phrase.count)]) == phrase
        }) else { continue }
        guard let provider = subjectBefore(context, position, preferring: [.government, .organization]) else { continue }
        return [DraftClaim(type: .financing, subject: provider, object: "project", instrument: phrase.joined(separator: " "),
                           value: nil, unit: nil, qualifier: .exact, low: nil, high: nil, figureID: nil,
                           sourceID: context.sentence.sourceID, sentence: context.sentence, scope: "project")]
    }
    return []
}

/// Words of the briefing's and the sources' titles: what "this project" is
/// called in this corpus, so a figure sizing a differently named deal is
/// recognised as context.
private func projectVocabulary(_ corpus: Corpus) -> Set<String> {
    var terms = Set<String>()
    let titles = [corpus.spec.title] + corpus.sources.compactMap(\.title)
    for title in titles {
        for word in title.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
            terms.insert(String(word))
        }
    }
    return terms
}
