import BriefingModel
import Syntax

/// Frames of lists that give each party its own figure: "respectively", shares in brackets
/// after names, and shares written ", with X%" after them.

/// "A and B own 43.79 and 15.03 percent, respectively": the n-th figure is the n-th holder's.
func respectiveHolder(_ range: ByteRange, _ reading: FrameReading, _ parse: ParsedSentence) -> Int? {
    guard let holder = reading.provider, parse.words.contains(where: { $0.form.lowercased() == "respectively" }) else { return nil }
    // ("A and B, which own 55% and 45%, respectively": the pronoun stands for the list before it.)
    var listed = holder
    if ["which", "who", "that"].contains(parse.words[holder].form.lowercased()), let clause = parse.words[holder].head,
       parse.words[clause].relation == "acl:relcl", let antecedent = parse.words[clause].head { listed = antecedent }
    let holders = [listed] + parse.dependents(of: listed, "conj")
    // The figures are coordinated on their numbers ("60 and 40 percent") or on their signs
    // ("55% and 45%"): either word of the figure may carry the list.
    let inside = parse.words.indices.filter { range.start <= parse.words[$0].range.start && parse.words[$0].range.end <= range.end }
    for top in inside where ["NUM", "SYM"].contains(parse.words[top].upos) || parse.words[top].form.lowercased() == "percent" {
        var first = top
        while parse.baseRelation(first) == "conj", let head = parse.words[first].head { first = head }
        let figures = [first] + parse.dependents(of: first, "conj")
        if figures.count > 1, figures.count == holders.count, let position = figures.firstIndex(of: top) { return holders[position] }
    }
    return nil
}

/// "a venture between Orex (40%), Stannis (39%) and the state (21%)": a share in brackets
/// after a name, in a list of owners, is that name's stake in what the list hangs on.
func bracketedStake(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard top > 0, parse.words[top - 1].form == "(" || (top > 1 && parse.words[top - 2].form == "(") else { return nil }
    // The name is the one written right before the bracket, wherever the parse hung the share
    // ("a joint venture between Ma'aden (51%) and …" with the share on "venture", or the last
    // share of a list taken for a clause of its own).
    let bracket = top > 0 && parse.words[top - 1].form == "(" ? top - 1 : top - 2
    let head = parse.words[top].head
    let written: Int
    if bracket > 0, ["NOUN", "PROPN"].contains(parse.words[bracket - 1].upos) {
        written = bracket - 1
    } else if parse.baseRelation(top) == "appos", let head, ["NOUN", "PROPN"].contains(parse.words[head].upos) {
        written = head
    } else { return nil }
    guard ["appos", "parataxis", "dep"].contains(parse.baseRelation(top)) else { return nil }
    let name = written
    var first = name
    while parse.baseRelation(first) == "conj", let head = parse.words[first].head { first = head }
    guard var group = parse.words[first].head else { return nil }
    var marker = parse.dependents(of: first, "case").first.map { parse.words[$0].form.lowercased() }
    // ("between Ma'aden (51%) and the PIF (49%)", with the PIF coordinated with the venture itself:
    // the list's "between" written before the name, with no verb between, settles it.)
    if marker == nil, let between = (max(0, written - 14)..<written).last(where: { ["between", "among"].contains(parse.words[$0].form.lowercased()) }),
       between > 0, ["NOUN", "PROPN"].contains(parse.words[between - 1].upos),
       !(between..<written).contains(where: { ["VERB", "AUX"].contains(parse.words[$0].upos) }) {
        marker = parse.words[between].form.lowercased()
        group = between - 1
    }
    let groupLemma = parse.words[group].lemma.lowercased()
    let ownersOf: Bool
    if ["between", "among", "amongst"].contains(marker ?? "") {
        ownersOf = true
    } else if actsAsVerb(group, parse), let subject = parse.subject(of: group) {
        // "shareholders include A (60%) and B (40%)"
        ownersOf = lexicon.groupNouns.contains(parse.words[subject.word].lemma.lowercased())
    } else {
        ownersOf = lexicon.groupNouns.contains(groupLemma)
    }
    guard ownersOf else { return nil }
    var reading = FrameReading(kind: .ownership, predicate: group, provider: written, history: isHistory(group, parse, lexicon))
    reading.distributive = true
    // ("the venture is a partnership between …": what is owned is the venture.)
    // ("Manara, a joint venture between …": the venture is the name it describes.)
    if !actsAsVerb(group, parse) {
        reading.owned = parse.dependents(of: group, "nsubj").first
            ?? (parse.baseRelation(group) == "appos" ? parse.words[group].head : nil) ?? group
    }
    return reading
}

/// "Its shareholders are the founding family, with 41%, and Brightwater Partners, with 30%";
/// "Vantor is owned by A, with 60%, and B, with 40%": in a sentence about owners (a group noun
/// such as "shareholders", or a verb of owning), a share written ", with X%" after a noun phrase
/// is that phrase's stake (read by word order: the parse of such lists rarely holds).
func listedWithStake(_ top: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    // (The figure's own words, without the "with" or "about" the parse may hang on it.)
    let span = parse.subtree(of: top).filter { !["ADP", "ADV", "PUNCT", "CCONJ"].contains(parse.words[$0].upos) }
    guard let first = span.min(), let last = span.max(), first >= 3 else { return nil }
    // A bare figure ("with 41%"), not a noun phrase with its own verb ("with the remaining 20%
    // held by the state", which names its holder).
    guard ["NUM", "SYM"].contains(parse.words[first].upos), last + 1 >= parse.words.count
            || [",", ".", ";", ")", "and"].contains(parse.words[last + 1].form.lowercased()) else { return nil }
    var with = first - 1
    if parse.words[with].upos == "ADV" { with -= 1 }  // ", with about 41%"
    guard with >= 2, parse.words[with].form.lowercased() == "with", parse.words[with - 1].form == ",",
          ["NOUN", "PROPN"].contains(parse.words[with - 2].upos) else { return nil }
    let holder = with - 2
    // The sentence is about owners: a group noun of owners before the list, or a verb of owning.
    let groupNoun = parse.words[..<holder].indices.first { lexicon.groupNouns.contains(parse.words[$0].lemma.lowercased()) && parse.words[$0].upos == "NOUN" }
    let owningVerb = parse.words.indices.first { actsAsVerb($0, parse) && lexicon.ownershipVerbs.contains(verbLemma($0, parse)) }
    guard let predicate = groupNoun ?? owningVerb else { return nil }
    var reading = FrameReading(kind: .ownership, predicate: predicate, provider: holder, history: isHistory(predicate, parse, lexicon))
    reading.distributive = true
    // What is owned: the group's "in X" or possessor ("Vantor's shareholders"), or the passive
    // verb's subject ("Vantor is owned by").
    if let groupNoun {
        reading.owned = parse.prepositionalDependents(of: groupNoun).first { ["in", "of"].contains($0.preposition) }?.word
            ?? parse.dependents(of: groupNoun, "nmod:poss").first
    } else if let owningVerb, let subject = parse.subject(of: owningVerb), subject.passive {
        reading.owned = subject.word
    }
    reading.modality = modality(of: predicate, noun: groupNoun, parse, lexicon)
    return reading
}

/// "owned by A, B and C, who hold 50%, 30% and 20% respectively": "respectively" pairs the n-th
/// figure of a list with the n-th name of the list of names before it. Read by word order when
/// the parse does not coordinate the two lists alike; the name's last word is returned.
func respectiveHolderByOrder(_ range: ByteRange, _ parse: ParsedSentence) -> Int? {
    let words = parse.words
    guard let respectively = words.firstIndex(where: { $0.form.lowercased() == "respectively" }),
          let number = words.indices.first(where: { range.start <= words[$0].range.start && words[$0].range.end <= range.end && words[$0].upos == "NUM" }),
          number < respectively else { return nil }
    // Words allowed inside the list of figures, between its numbers.
    func joinsFigures(_ index: Int) -> Bool {
        ["PUNCT", "CCONJ", "SYM"].contains(words[index].upos) && words[index].form != "(" && words[index].form != ")"
            || ["percent", "per", "cent", "pct", "million", "billion"].contains(words[index].form.lowercased())
    }
    var last = respectively - 1
    while last > number, words[last].upos != "NUM" { guard joinsFigures(last) else { return nil }; last -= 1 }
    var numbers: [Int] = []
    var cursor = last
    while cursor >= 0, words[cursor].upos == "NUM" || joinsFigures(cursor) {
        if words[cursor].upos == "NUM" { numbers.insert(cursor, at: 0) }
        cursor -= 1
    }
    guard numbers.count > 1, let position = numbers.firstIndex(of: number) else { return nil }
    // The names: the last name before the figures, and those joined to it by commas and "and".
    func isNameWord(_ index: Int) -> Bool { words[index].upos == "PROPN" || (words[index].upos == "NOUN" && words[index].form.first?.isUppercase == true) }
    var end = cursor
    while end >= 0, !isNameWord(end) { end -= 1 }
    var names: [Int] = []
    while end >= 0, isNameWord(end) {
        names.insert(end, at: 0)
        var start = end
        while start > 0, isNameWord(start - 1) { start -= 1 }
        var gap = start - 1
        guard gap >= 0, [",", "and", "&"].contains(words[gap].form.lowercased()) else { break }
        while gap >= 0, [",", "and", "&"].contains(words[gap].form.lowercased()) { gap -= 1 }
        end = gap
    }
    return names.count == numbers.count ? names[position] : nil
}
