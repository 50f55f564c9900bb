import BriefingModel

/// Merges drafts that say the same thing (same type, subject, object, value
/// and qualifier) into one claim with several sources.
func mergeClaims(_ drafts: [DraftClaim]) -> [Claim] {
    var claims: [Claim] = []
    var indexByKey: [String: Int] = [:]
    // What each claim already lists, as sets: one claim repeated thousands of
    // times must not cost a scan of its list per repetition.
    var listedFigures: [Set<String>] = []
    var listedSentences: [Set<String>] = []
    for draft in drafts {
        // ("incentive" and "incentives" name one instrument.)
        let instrument = draft.instrument.map { $0.hasSuffix("s") ? String($0.dropLast()) : $0 } ?? "-"
        let key = [draft.type.rawValue, draft.subject ?? "-", draft.object ?? "-", instrument,
                   draft.value.map { "\($0)" } ?? "-", draft.unit ?? "-", draft.qualifier.rawValue,
                   draft.high.map { "\($0)" } ?? "-", draft.scope].joined(separator: "|")
        if let existing = indexByKey[key] {
            if let figure = draft.figureID, listedFigures[existing].insert(figure).inserted { claims[existing].figures.append(figure) }
            if listedSentences[existing].insert(draft.sentence.id).inserted {
                claims[existing].sentenceIDs.append(draft.sentence.id)
                claims[existing].sentences.append(draft.sentence.text)
            }
            if !claims[existing].sources.contains(draft.sourceID) { claims[existing].sources.append(draft.sourceID) }
            continue
        }
        indexByKey[key] = claims.count
        listedFigures.append(Set(draft.figureID.map { [$0] } ?? []))
        listedSentences.append([draft.sentence.id])
        claims.append(Claim(
            id: "C\(claims.count + 1)", type: draft.type, subject: draft.subject, object: draft.object,
            instrument: draft.instrument, value: draft.value, unit: draft.unit, qualifier: draft.qualifier,
            low: draft.low, high: draft.high, figures: draft.figureID.map { [$0] } ?? [], sources: [draft.sourceID],
            sentences: [draft.sentence.text], sentenceIDs: [draft.sentence.id], scope: draft.scope))
        claims[claims.count - 1].modality = draft.modality
        claims[claims.count - 1].recipient = draft.recipient
        claims[claims.count - 1].reading = draft.reading
    }
    return claims
}

/// Claims about the same matter from different sources that disagree in
/// value or qualifier. Ownership and timelines are matched by their object;
/// market shares, reserves, costs and financing by their subject.
func findConflicts(_ claims: [Claim], entities: [Entity], figures: [Figure]) -> [Conflict] {
    var groups: [String: [Claim]] = [:]
    var order: [String] = []
    for claim in claims where claim.scope == "project" && claim.type != .other && claim.value != nil {
        let object = [.ownership, .timeline].contains(claim.type) ? (claim.object ?? "-") : "-"
        // Reserves are the deposit's, whoever states them; timelines are the project's.
        let subject = [.reserve, .timeline].contains(claim.type) ? "-" : (claim.subject ?? "-")
        let key = "\(claim.type.rawValue)|\(subject)|\(object)"
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append(claim)
    }
    var conflicts: [Conflict] = []
    for key in order {
        let group = groups[key] ?? []
        guard group.count > 1, Set(group.flatMap(\.sources)).count > 1 else { continue }
        // Only claims whose sources do not overlap disagree with each other.
        let first = group[0]
        let differing = group.dropFirst().filter { Set($0.sources).isDisjoint(with: first.sources) }
        guard !differing.isEmpty else { continue }
        let all = [first] + differing
        let subject = [.reserve, .timeline].contains(first.type) ? nil : entities.first { $0.id == first.subject }?.shortName
        let topic = [subject, readableType(first.type, object: first.object)].compactMap { $0 }.joined(separator: ", ")
        let sameValue = Set(all.map { $0.value ?? .nan }).count == 1
        let what = sameValue ? "the same value with different qualifiers" : "different values"
        let statements = all.map { claim in
            "\(claim.sources.joined(separator: "+")) says “\(quoteAround(claim, figures: figures))”"
        }
        conflicts.append(Conflict(claims: all.map(\.id), note: "\(topic): sources give \(what): " + statements.joined(separator: "; ")))
    }
    return conflicts
}

func readableType(_ type: ClaimType, object: String?) -> String {
    switch type {
    case .ownership: return "ownership of \(theAsset(object))"
    case .financing: return "financing"
    case .projectCost: return "project cost"
    case .supplyShare: return "share of \(object ?? "supply")"
    case .reserve: return "reserves"
    case .production: return "production"
    case .timeline: return "timeline (\(object ?? "milestone"))"
    case .offtake: return "offtake of \(object ?? "output")"
    case .other: return "other"
    }
}

/// The words around the claim's figure in its sentence, for conflict notes:
/// enough to show the qualifier, short enough to read at a glance.
func quoteAround(_ claim: Claim, figures: [Figure]) -> String {
    let sentence = claim.sentences.first ?? ""
    guard let figureID = claim.figures.first, let figure = figures.first(where: { $0.id == figureID }),
          let found = sentence.range(of: (figure.qualifierText.map { $0 + " " } ?? "") + figure.text) ?? sentence.range(of: figure.text)
    else { return shortened(sentence, limit: 120) }
    let before = sentence[..<found.lowerBound]
    let after = sentence[found.upperBound...]
    let lead = before.count > 50 ? "…" + wordsFromEnd(String(before), limit: 50) : String(before)
    let tail = after.count > 50 ? wordsFromStart(String(after), limit: 50) + "…" : String(after)
    return lead + sentence[found] + tail
}

private func wordsFromEnd(_ text: String, limit: Int) -> String {
    let cut = String(text.suffix(limit))
    guard let space = cut.firstIndex(of: " ") else { return cut }
    return String(cut[cut.index(after: space)...])
}

private func wordsFromStart(_ text: String, limit: Int) -> String {
    let cut = String(text.prefix(limit))
    guard let space = cut.lastIndex(of: " ") else { return cut }
    return String(cut[..<space])
}

func shortened(_ text: String, limit: Int) -> String {
    text.count <= limit ? text : wordsFromStart(text, limit: limit - 1) + "…"
}

/// The other side of the deal as each source names it: an organisation after
/// "with" in a sentence about a deal, venture or talks. Sources naming
/// different counterparties are a conflict worth a reader's attention.
func counterpartyConflicts(_ corpus: Corpus, index: EntityIndex, claims: [Claim]) -> [Conflict] {
    let dealWords: Set<String> = ["deal", "venture", "agreement", "talks", "negotiations", "partnership", "formalized", "signed"]
    var perSource: [(source: String, entity: String, sentence: String)] = []
    let principal = claims.first { $0.type == .ownership && $0.scope == "project" }?.subject
    for source in corpus.sources {
        var found: (String, String)?
        for sentence in source.sentences {
            let words = splitWords(source.text, sentence.range)
            let lower = words.map(\.lower)
            guard !Set(lower).isDisjoint(with: dealWords) else { continue }
            for (mention, id) in index.mentionsBySentence[sentence.id] ?? [] {
                let kind = index.kind(id)
                guard kind == .organization || kind == .government || kind == .other, id != principal else { continue }
                // "with the White House’s effort": a possessive names whose effort, not a partner.
                let lastWord = words[mention.lastWord]
                if lastWord.isPossessive { continue }
                let lookBack = lower[max(0, mention.firstWord - 6)..<mention.firstWord]
                guard lookBack.contains("with") else { continue }
                // The name must be what "with" introduces, not a later clause.
                if lookBack.contains(where: { ["and", "but", "which", "that"].contains($0) }) { continue }
                found = (id, sentence.text)
                break
            }
            if found != nil { break }
        }
        if let (entity, sentence) = found { perSource.append((source.id, entity, sentence)) }
    }
    let distinct = Set(perSource.map(\.entity))
    guard distinct.count > 1 else { return [] }
    let statements = perSource.map { item in
        "\(item.source) names \(index.entity(item.entity)?.name ?? item.entity) (“\(shortened(item.sentence, limit: 140))”)"
    }
    return [Conflict(claims: [], note: "Counterparty: sources name different partners: " + statements.joined(separator: "; "))]
}

/// One source telling one deal twice in different words ("the CHIPS Program … a letter of intent to
/// provide $50 million in incentives" and "the Department of Commerce will receive $50 million of
/// equity"): two financing claims of the same amount whose givers are both named in the first
/// claim's sentence are one claim, with both sentences.
func mergeRetoldDeals(_ claims: [Claim], index: EntityIndex) -> [Claim] {
    var merged: [Claim] = []
    for claim in claims {
        guard claim.type == .financing, claim.scope == "project", let value = claim.value, let giver = claim.subject,
              let name = index.entity(giver).map({ [$0.name] + $0.aliases }),
              let first = merged.firstIndex(where: { earlier in
                  earlier.type == .financing && earlier.scope == "project" && earlier.value == value && earlier.unit == claim.unit
                      && earlier.sources == claim.sources && earlier.subject != giver
                      && name.contains { earlier.sentences[0].contains($0) }
              }) else {
            merged.append(claim)
            continue
        }
        merged[first].sentences += claim.sentences
        merged[first].sentenceIDs += claim.sentenceIDs
        merged[first].figures += claim.figures.filter { !merged[first].figures.contains($0) }
        if merged[first].recipient == nil { merged[first].recipient = claim.recipient }
    }
    return merged
}

/// Sources that call one place by different names ("Upper Kairaktinskoye" in one, "Upper
/// Kairakty" in another; "North Katpar" and "Northern Katpar"): names of things (not people or
/// organisations) in different sources with the same number of words, each word the same or
/// sharing its first five letters. A reader should know both names mean one place.
func differentlyNamedPlaces(_ corpus: Corpus, index: EntityIndex) -> [Conflict] {
    var namesBySource: [(source: String, name: String)] = []
    for source in corpus.sources {
        var seen = Set<String>()
        for sentence in source.sentences {
            for (mention, id) in index.mentionsBySentence[sentence.id] ?? [] where index.kind(id) == .other && !mention.isPerson {
                let words = mention.name.split(separator: " ")
                guard words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }), seen.insert(mention.name).inserted else { continue }
                namesBySource.append((source.id, mention.name))
            }
        }
    }
    func near(_ a: String, _ b: String) -> Bool {
        let left = a.lowercased().split(separator: " "), right = b.lowercased().split(separator: " ")
        guard left.count == right.count, a != b else { return false }
        return zip(left, right).allSatisfy { $0 == $1 || ($0.count >= 5 && $1.count >= 5 && $0.prefix(5) == $1.prefix(5)) }
    }
    var pairs: [String] = []
    for (i, first) in namesBySource.enumerated() {
        for second in namesBySource[(i + 1)...] where second.source != first.source && near(first.name, second.name) {
            pairs.append("“\(first.name)” (\(first.source)) and “\(second.name)” (\(second.source))")
        }
    }
    guard !pairs.isEmpty else { return [] }
    return [Conflict(claims: [], note: "The sources name the same places differently: " + pairs.joined(separator: "; ") + ".")]
}

/// "Orex holds 100% of Kami … will sell 40% to Stannis, leaving Orex with 60%", "Taurus owns 20%
/// … its stake will fall to 17%": one source giving a holder two stakes in one thing states the
/// stake before the deal, then after it. The later one stands; the earlier is history.
func supersedeEarlierStakes(_ claims: [Claim]) -> [Claim] {
    var latestByKey: [String: Int] = [:]
    func key(_ claim: Claim) -> String? {
        guard claim.type == .ownership, claim.scope == "project", claim.countsAsFact, claim.value != nil,
              claim.sources.count == 1, let holder = claim.subject else { return nil }
        return [claim.sources[0], holder, claim.object ?? "project"].joined(separator: "\u{1F}")
    }
    for (position, claim) in claims.enumerated() { if let key = key(claim) { latestByKey[key] = position } }
    return claims.enumerated().map { position, claim in
        guard let key = key(claim), let latest = latestByKey[key], latest != position, claims[latest].value != claim.value else { return claim }
        var earlier = claim
        earlier.scope = "context"
        return earlier
    }
}

