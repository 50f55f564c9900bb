import BriefingModel
import Syntax

/// Parties named together: "EXIM and DFC agreed to provide a combined $500 million", "a loan
/// from KfW and Euler Hermes", "A and B each hold 25%". The frame names one word as the giver or
/// holder; its coordination (UD hangs every conjunct on the first) names the others.

/// Every party of the coordination `word` stands in ("EXIM" and "DFC" for "EXIM" in "EXIM and
/// DFC"), in the order written, its own entity among them; empty when it stands alone. None of
/// `excluded` (the recipient, the thing owned) is a party.
func coordinatedParties(of word: Int, _ parse: ParsedSentence, _ context: SentenceContext, excluding excluded: Set<String>) -> [String] {
    func isNominal(_ index: Int) -> Bool { ["PROPN", "NOUN"].contains(parse.words[index].upos) }
    guard isNominal(word), let own = entity(at: word, parse, context) else { return [] }
    var first = word
    while parse.baseRelation(first) == "conj", let head = parse.words[first].head, isNominal(head) { first = head }
    // The conjuncts hang on the first, or on any word of its name ("the Ministry of Finance and
    // the state fund Samruk": the parse may hang "Samruk" on "Finance").
    let ownWords = parse.words.indices.filter { namedInPlace($0, parse, context) == own && parse.words[$0].upos == "PROPN" }
    var conjuncts = [first]
    for head in Set([first] + ownWords).sorted() { conjuncts += parse.dependents(of: head, "conj").filter(isNominal) }
    var parties: [(position: Int, entity: String)] = []
    if conjuncts.count > 1 {
        for conjunct in conjuncts {
            // A conjunct must be named in place: a pronoun or a common noun is no second party.
            guard let named = conjunct == word ? own : namedInPlace(conjunct, parse, context), !excluded.contains(named) || named == own,
                  !parties.contains(where: { $0.entity == named }) else { continue }
            parties.append((conjunct, named))
        }
    } else if let partner = openingPartner(of: word, parse, context), partner != own, !excluded.contains(partner) {
        parties = [(0, partner), (word, own)]
    }
    return parties.count > 1 ? parties.sorted { $0.position < $1.position }.map(\.entity) : []
}

/// "The Export-Import Bank and the Development Finance Corporation will together lend": long
/// coordinated names the parser may split wrongly. When the subject's name is the second of
/// two that open the sentence ("[the] A and [the] B"), A is its partner.
private func openingPartner(of word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    guard ["nsubj", "nsubj:pass"].contains(parse.words[word].relation) else { return nil }
    func mention(at index: Int) -> (mention: Mention, entityID: String)? {
        let range = parse.words[index].range
        return context.mentions.first { $0.mention.start < range.end && range.start < $0.mention.end }
    }
    func startOfName(_ index: Int) -> Int? {
        guard let named = mention(at: index) else { return nil }
        var start = index
        while start > 0, mention(at: start - 1)?.entityID == named.entityID { start -= 1 }
        while start > 0, parse.words[start - 1].upos == "DET" { start -= 1 }
        return start
    }
    guard let secondStart = startOfName(word), secondStart >= 2, parse.words[secondStart - 1].lemma.lowercased() == "and",
          let first = mention(at: secondStart - 2), startOfName(secondStart - 2) == 0 else { return nil }
    return first.entityID
}

/// The entity a word's own name (or its apposition) gives, without looking elsewhere.
private func namedInPlace(_ word: Int, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    let phrase = parse.words[word].upos == "PROPN" ? parse.words[word].range : parse.phraseRange(of: word)
    let range = parse.words[word].range
    if let covering = context.mentions.first(where: { $0.mention.start < range.end && range.start < $0.mention.end }) { return covering.entityID }
    // A common noun is named by its own words ("the state fund Samruk", "the government of
    // Japan"), not by a place or party in a phrase of its own ("buyers in Japan").
    // (Only a phrase with a preposition of its own: "trading house Sojitz Corp", parsed with the
    // name as a modifier, is still named by it.)
    let otherPhrases = parse.dependents(of: word, "nmod").filter { modifier in
        let markers = parse.dependents(of: modifier, "case")
        return !markers.isEmpty && !markers.contains { parse.words[$0].lemma.lowercased() == "of" }
    }
    let otherWords = otherPhrases.flatMap { parse.subtree(of: $0) }.map { parse.words[$0].range }
    return context.mentions.first { candidate in
        phrase.start <= candidate.mention.start && candidate.mention.end <= phrase.end
            && !otherWords.contains { $0.start < candidate.mention.end && candidate.mention.start < $0.end }
    }?.entityID
}

/// "A and B each lend $300 million", "each of them holds 25%": the parties act one by one.
func actsEach(_ word: Int, predicate: Int, _ parse: ParsedSentence) -> Bool {
    var around = parse.dependents(of: predicate) + parse.dependents(of: word)
    if let verb = parse.words[predicate].head { around += parse.dependents(of: verb) }
    return around.contains { parse.words[$0].lemma.lowercased() == "each" }
}

/// The partners of a frame's giver or holder, when the claim's subject is the word's own entity.
func withPartners(_ draft: DraftClaim, _ reading: FrameReading, _ parse: ParsedSentence, _ context: SentenceContext,
                  excluding excluded: [String?]) -> DraftClaim {
    guard !reading.distributive, let provider = reading.provider, let subject = draft.subject,
          entity(at: provider, parse, context) == subject else { return draft }
    let predicate = reading.predicate
    var joined = draft
    joined.partners = coordinatedParties(of: provider, parse, context, excluding: Set(excluded.compactMap { $0 }))
    joined.eachPartner = !joined.partners.isEmpty && actsEach(provider, predicate: predicate, parse)
    return joined
}

/// Claims whose subject acts with partners: "each" gives every party a claim of its own;
/// otherwise the parties together are one subject, an entity of the group ("EXIM and DFC")
/// with its members listed, so every table and chart names both.
func resolveJointParties(_ drafts: [DraftClaim], _ index: EntityIndex) -> ([DraftClaim], EntityIndex) {
    var index = index
    var groupByMembers: [[String]: String] = [:]
    var nextNumber = (index.entities.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
    var resolved: [DraftClaim] = []
    for draft in drafts {
        guard draft.subject != nil, !draft.partners.isEmpty else {
            resolved.append(draft)
            continue
        }
        let members = draft.partners
        if draft.eachPartner {
            for member in members {
                var single = draft
                single.subject = member
                single.partners = []
                resolved.append(single)
            }
            continue
        }
        var joint = draft
        joint.partners = []
        if let known = groupByMembers[members] {
            joint.subject = known
        } else {
            let entities = members.compactMap { index.entity($0) }
            let id = "E\(nextNumber)"
            nextNumber += 1
            let kinds = Set(entities.map(\.kind))
            index.entities.append(Entity(id: id, name: listJoined(entities.map(\.name)), aliases: [],
                                         kind: kinds.count == 1 ? kinds.first! : .organization,
                                         shortName: listJoined(entities.map(\.shortName)), members: members))
            groupByMembers[members] = id
            joint.subject = id
        }
        resolved.append(joint)
    }
    return (resolved, index)
}

/// "A and B", "A, B and C".
private func listJoined(_ names: [String]) -> String {
    names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
}
