import BriefingModel
import Syntax

/// Frames read by word order where the parse hangs a figure on a far word: the verb written
/// right before it, the stake a "to" figure follows.

/// "Halvard will control 70% of the venture" parsed with the 70% on a far verb: a figure written
/// right after a frame verb (past an article, "the remaining", "about") is that verb's object,
/// whatever the parse says.
func verbRightBefore(_ top: Int, isMoney: Bool, parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading? {
    var cursor = top - 1
    // "cost an estimated $2bn": a participle between an article and the figure hedges the figure.
    func hedges(_ word: Int) -> Bool { parse.words[word].xpos == "VBN" && word > 0 && parse.words[word - 1].upos == "DET" }
    while cursor >= 0, parse.words[cursor].range.end > parse.words[top].range.start || ["DET", "ADJ", "ADV", "NUM", "SYM"].contains(parse.words[cursor].upos)
            || hedges(cursor),
          top - cursor <= 4 {
        if parse.words[cursor].upos == "PUNCT" { return nil }
        cursor -= 1
    }
    guard cursor >= 0, actsAsVerb(cursor, parse) else { return nil }
    return frame(at: cursor, figureTop: top, isMoney: isMoney, parse: parse, lexicon: lexicon)
}

/// "the right to raise its stake to 25%" with the "to 25%" hung on a far verb: a figure after
/// "to", right after a stake that a change verb governs, is that stake's new size.
func stakeChangedTo(_ top: Int, parse: ParsedSentence, lexicon: FrameLexicon) -> FrameReading? {
    guard let first = parse.subtree(of: top).filter({ parse.words[$0].upos != "ADP" }).min(), first >= 2,
          parse.words[first - 1].form.lowercased() == "to" else { return nil }
    let stake = first - 2
    guard phrase(lexicon.ownershipNouns, at: stake, in: parse) != nil, let verb = parse.words[stake].head,
          actsAsVerb(verb, parse), lexicon.changeVerbs.contains(verbLemma(verb, parse)) else { return nil }
    return changedStake(verb: verb, stake: stake, figureTop: top, parse: parse, lexicon: lexicon)
}

/// "60%-owned by Northern Graphite and 40% by Mitsui": a share written right before "by X",
/// in a sentence with a passive verb of owning, is X's (read by word order: the parse of such
/// lists rarely holds). A possessor on the way ("by Japan's Mitsui") is not the one named.
func agentRightAfter(_ figure: Figure, _ parse: ParsedSentence, _ context: SentenceContext) -> String? {
    guard let last = parse.words.lastIndex(where: { $0.range.start < figure.range.end }), last + 2 < parse.words.count,
          parse.words[last + 1].form.lowercased() == "by",
          parse.words.contains(where: { $0.xpos == "VBN" && context.frames.ownershipVerbs.contains($0.lemma.lowercased()) }) else { return nil }
    let after = parse.words[last + 1].range.end
    let candidates = context.mentions.filter { $0.mention.start >= after }.sorted { $0.mention.start < $1.mention.start }
    for candidate in candidates.prefix(2) {
        guard let word = parse.words.firstIndex(where: { $0.range.start >= candidate.mention.end }) else { return candidate.entityID }
        if parse.words[word].form == "'s" || parse.words[word].form == "’s" { continue }
        return candidate.entityID
    }
    return nil
}

/// "selling 40% to Stannis, leaving Orex with 60%", "which will leave the state with 30%": the
/// one a deal leaves with a share holds it (the object of "leave", the share its "with" phrase).
func leftWithStake(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    // (The parse may hang the "with" on the number rather than on the sign.)
    guard parse.subtree(of: top).contains(where: { parse.words[$0].form.lowercased() == "with" && parse.baseRelation($0) == "case" }),
          let verb = parse.words[top].head, actsAsVerb(verb, parse), verbLemma(verb, parse) == "leave",
          let holder = parse.dependents(of: verb, "obj").first else { return nil }
    var reading = FrameReading(kind: .ownership, predicate: verb, provider: holder, history: false)
    reading.modality = modality(of: verb, noun: nil, parse, lexicon)
    return reading
}
