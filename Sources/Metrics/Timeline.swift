import BriefingModel
import Syntax

/// Timeline figures: which years and lengths of time date a stage of the project (a start,
/// a completion, a target) and which only date a record or measure a period.

/// A year that dates no milestone: one that modifies a noun names which year's figures these
/// are ("2020 mineral production data", "revised 2019 production totals"), and one hung on a
/// quantity noun with no event over it measures a period ("an increase in production in
/// 2020"). A year stays a milestone when the noun or a word over it is an event or a target
/// ("the 2027 start of production", "first production in 2027", "production in 2026 is the goal")
/// or a verb of starting, finishing or planning governs it.
func yearDatesNoMilestone(_ figure: Figure, _ parse: ParsedSentence) -> Bool {
    func isEvent(_ word: Int) -> Bool {
        let lemma = parse.words[word].lemma.lowercased()
        return milestoneNouns.contains(lemma) || eventVerbs.contains(lemma)
            || parse.dependents(of: word).contains { parse.words[$0].lemma.lowercased() == "first" }
    }
    // "In 2020 ~70% of supply originated in Africa": a sentence opened by "In <year>" whose first
    // verb is in the past, with no auxiliary before it, records what happened that year. (Read by
    // word order, for the parser often roots such a sentence on the year.)
    if let yearWord = parse.words.firstIndex(where: { $0.range.start >= figure.range.start }), yearWord == 1,
       ["in", "during"].contains(parse.words[0].form.lowercased()),
       let verb = parse.words.indices.first(where: { $0 > yearWord && ["VERB", "AUX"].contains(parse.words[$0].upos) }),
       parse.words[verb].upos == "VERB", ["VBD", "VBN"].contains(parse.words[verb].xpos), !isEvent(verb) {
        return true
    }
    guard let top = headWord(of: figure.range, in: parse), let head = parse.words[top].head else { return false }
    // "In 2020 ~70% of supply originated in Africa": a year on a past-tense verb that starts,
    // ends or plans nothing dates a record.
    if parse.words[head].upos == "VERB" {
        return parse.words[head].xpos == "VBD" && !isEvent(head) && ["in", "during"].contains(figureMarker(of: figure.range, in: parse) ?? "")
    }
    guard parse.words[head].upos == "NOUN" else { return false }
    if ["nummod", "compound", "amod", "nmod:poss"].contains(parse.words[top].relation) {
        // ("a 2031 production target": the year may hang on the first noun of the compound.)
        let compoundHead = parse.words[head].relation == "compound" ? parse.words[head].head : nil
        return !isEvent(head) && !(compoundHead.map(isEvent) ?? false)
    }
    guard ["in", "during", "for"].contains(figureMarker(of: figure.range, in: parse) ?? "in") else { return false }
    var cursor = head
    for _ in 0..<8 {
        if isEvent(cursor) { return false }
        if parse.words[cursor].upos == "VERB" || parse.words[cursor].upos == "AUX" { return true }
        // (A copula clause: "production in 2026 is the goal".)
        if let next = parse.words[cursor].head { cursor = next } else { return true }
    }
    return false
}

/// Verbs (and adjectives) of starting, finishing and planning: a year under one is a milestone.
private let eventVerbs: Set<String> = [
    "start", "begin", "commence", "complete", "finish", "open", "launch", "close", "reach", "come", "expect", "schedule", "slate",
    "plan", "target", "aim", "resume", "restart", "commission", "enter", "deliver", "due", "set", "intend", "anticipate", "project",
]

/// Verb forms that name a stage of the project.
private let milestoneVerbForms: [String: String] = [
    "producing": "production", "running": "operations", "operating": "operations", "exporting": "exports",
    "constructing": "construction", "building": "construction", "mining": "production",
    // ("when it opens in 2028")
    "opens": "opening", "open": "opening", "opened": "opening", "opening": "opening",
]

/// Nouns a year before them dates as an event or a goal.
private let milestoneNouns: Set<String> = [
    "start", "startup", "start-up", "restart", "completion", "launch", "opening", "commissioning", "close", "closing", "target",
    "deadline", "goal", "date", "timeline", "schedule", "finish", "delivery", "debut", "commencement", "expiry", "maturity",
]

/// The milestone a timeline figure dates, from its own clause (between commas) first.
func milestone(_ context: SentenceContext, first: Int, after: Int) -> String {
    let words = context.lower
    var clauseStart = first
    while clauseStart > 0, !context.words[clauseStart - 1].trailing.contains(",") { clauseStart -= 1 }
    var clauseEnd = after
    while clauseEnd < words.count, clauseEnd == after || !context.words[clauseEnd - 1].trailing.contains(",") { clauseEnd += 1 }
    // "Construction is to begin in 2027 and first production is expected in 2030": the parse
    // knows the clauses a comma does not mark.
    if let span = parsedClause(context, first: first) {
        while clauseStart < first, context.words[clauseStart].start < span.start { clauseStart += 1 }
        while clauseEnd > after, context.words[clauseEnd - 1].end > span.end { clauseEnd -= 1 }
    }
    // "designed to operate for 18 years": how long it runs.
    if words[clauseStart..<clauseEnd].contains(where: { ["operate", "operates", "operating", "run"].contains($0) }),
       !words[clauseStart..<clauseEnd].contains(where: { ["construction", "production", "life"].contains($0) }) {
        return "operations"
    }
    for (index, word) in words.enumerated() where index >= clauseStart && index < clauseEnd {
        // "expects to start producing copper by 2030", "once running in 2028": the stage as a verb.
        if let stage = milestoneVerbForms[word] { return stage }
        guard Cues.milestones.contains(word) else { continue }
        // "a mine life of 25 to 30 years"
        // ("a 32-year life": the figure is no name for the life.)
        if word == "life" {
            return index > 0 && words[index - 1] != "of" && !words[index - 1].contains(where: \.isNumber) ? words[index - 1] + " life" : "project life"
        }
        return word
    }
    // "First concentrate is expected in 2027", "first gold by 2026" (in the figure's clause first).
    let firstInClause = words[clauseStart..<clauseEnd].firstIndex(of: "first")
    if let index = firstInClause ?? words.firstIndex(of: "first"), index + 1 < words.count, words[index + 1].allSatisfy(\.isLetter),
       !["time", "half", "quarter", "phase", "stage", "of", "the", "a"].contains(words[index + 1]) {
        return "first " + words[index + 1]
    }
    var best: (distance: Int, word: String)?
    for (index, word) in words.enumerated() where Cues.milestones.contains(word) {
        let distance = index < first ? first - index : index - after
        if best == nil || distance < best!.distance { best = (distance, word) }
    }
    return best?.word ?? "milestone"
}

/// The byte span of the parsed clause the word at `first` stands in.
private func parsedClause(_ context: SentenceContext, first: Int) -> ByteRange? {
    guard let parse = context.parse, first < context.words.count,
          let word = parse.words.firstIndex(where: { $0.range.end > context.words[first].start }) else { return nil }
    // ("Construction is scheduled to begin in 2027": the complement "to begin" shares its
    // head's clause, whose subject names the milestone.)
    var head = actsAsVerb(word, parse) ? word : (governingVerb(of: word, parse) ?? word)
    while ["xcomp"].contains(parse.baseRelation(head)), let next = parse.words[head].head { head = next }
    let inner = Set(parse.dependents(of: head).filter { ["advcl", "ccomp", "acl", "parataxis", "csubj", "conj"].contains(parse.baseRelation($0)) }
        .flatMap { parse.subtree(of: $0) })
    let clause = parse.subtree(of: head).filter { !inner.contains($0) }
    guard let start = clause.map({ parse.words[$0].range.start }).min(), let end = clause.map({ parse.words[$0].range.end }).max() else { return nil }
    return ByteRange(start, end)
}
