import BriefingModel
import Syntax

/// Which words of a clause can name a party to a deal, and what an amount's neighbours say of
/// it (the party it goes to, a kind of recipient, a remainder).

/// "invest $50 million in Borealis Mining": the name the "in" phrase of the verb, or of the
/// amount where the parse hung it there, names ("in return for" names no one).
func investedIn(verb: Int, figureTop: Int, _ parse: ParsedSentence) -> Int? {
    (parse.prepositionalDependents(of: verb) + parse.prepositionalDependents(of: figureTop))
        .first { ["in", "into"].contains($0.preposition) && namesSomeone($0.word, parse) }?.word
}

/// A name, a pronoun, or a common noun with a determiner or possessor ("the company"); a bare
/// noun ("in return", "in cash", "in total") names no one.
func namesSomeone(_ word: Int, _ parse: ParsedSentence) -> Bool {
    switch parse.words[word].upos {
    case "PROPN", "PRON": return true
    case "NOUN": return !(parse.dependents(of: word, "det") + parse.dependents(of: word, "nmod:poss")).isEmpty
    default: return false
    }
}

/// A word that can be a party: a noun, a name or a pronoun, not an amount ("will invest A$200
/// million in exchange for a stake": the money given is no one given the stake).
func isParty(_ word: Int, _ parse: ParsedSentence) -> Bool {
    ["NOUN", "PROPN", "PRON"].contains(parse.words[word].upos)
}

/// An amount, not a party: "for up to $120 million" has a "to" of its own.
func isAmount(_ word: Int, _ parse: ParsedSentence) -> Bool {
    ["SYM", "NUM"].contains(parse.words[word].upos)
}

/// The party an amount goes "to": a "to" phrase hung on the amount itself, else the verb's
/// "to" phrase after the amount with no other amount between ("lend $30 million to A and $45
/// million to B": A's is the first, B's the second), else the verb's only "to" party.
func toParty(ofAmount top: Int, verb: Int?, _ parse: ParsedSentence) -> Int? {
    let isToParty = { (dependent: (preposition: String, word: Int)) in
        dependent.preposition == "to" && namesSomeone(dependent.word, parse) && !isAmount(dependent.word, parse)
    }
    // ("$120 million to Critical Metals Corp and $400 million to Hastings": a name right after
    // "to" right after the amount is its party, read by word order, which the parser often
    // garbles in such lists.)
    var last = top
    while last + 1 < parse.words.count, ["NUM", "SYM"].contains(parse.words[last + 1].upos)
            || ["million", "billion", "trillion"].contains(parse.words[last + 1].form.lowercased()) { last += 1 }
    if last + 2 < parse.words.count, parse.words[last + 1].form.lowercased() == "to",
       parse.words[last + 2].form.first?.isUppercase == true, ["PROPN", "NOUN", "ADJ"].contains(parse.words[last + 2].upos) {
        // ("to Australia's Hastings Technology Metals": the name after the possessive.)
        var name = last + 2
        while name + 2 < parse.words.count, ["'s", "’s"].contains(parse.words[name + 1].form), parse.words[name + 2].form.first?.isUppercase == true {
            name += 2
        }
        return name
    }
    // ("one to ReElement for $80 million": the name between "to" and the "for" before the amount.)
    if let first = parse.subtree(of: top).filter({ parse.words[$0].upos != "ADP" }).min(), first >= 3,
       parse.words[first - 1].form.lowercased() == "for" {
        var start = first - 2
        while start > 0, parse.words[start].form.first?.isUppercase == true, ["PROPN", "NOUN", "ADJ"].contains(parse.words[start].upos) { start -= 1 }
        if start < first - 2, parse.words[start].form.lowercased() == "to" { return first - 2 }
    }
    if let own = parse.prepositionalDependents(of: top).first(where: isToParty) { return own.word }
    guard let verb else { return nil }
    let candidates = parse.prepositionalDependents(of: verb).filter(isToParty).map(\.word).sorted()
    let amount = parse.subtree(of: top)
    let start = amount.min() ?? top, end = amount.max() ?? top
    for candidate in candidates where candidate > end {
        let phraseStart = parse.subtree(of: candidate).min() ?? candidate
        let between = end + 1 < phraseStart ? Array((end + 1)..<phraseStart) : []
        if !between.contains(where: { startsAmount($0, parse) }) { return candidate }
    }
    // (Another amount comes first: its party, not this one's. Else a "to" before the amount.)
    let others = parse.words.indices.contains { ($0 < start || $0 > end) && startsAmount($0, parse) }
    return others ? nil : candidates.first
}

/// A currency sign, or a number followed by a word of scale ("$", "30 million").
private func startsAmount(_ word: Int, _ parse: ParsedSentence) -> Bool {
    if parse.words[word].upos == "SYM", parse.words[word].form != "%" { return true }
    guard parse.words[word].upos == "NUM", word + 1 < parse.words.count else { return false }
    return ["million", "billion", "trillion", "bn", "m"].contains(parse.words[word + 1].form.lowercased())
}

/// "projects", "critical minerals projects", "miners": a plural common noun with no determiner,
/// possessor or number names a kind of thing, not one.
/// ("to 20 manufacturing and processing companies" counts its recipients: no kind.)
func isBarePlural(_ word: Int, _ parse: ParsedSentence) -> Bool {
    parse.words[word].xpos == "NNS" && parse.dependents(of: word).allSatisfy { !["det", "nmod:poss", "nummod"].contains(parse.words[$0].relation) }
        && !parse.subtree(of: word).contains { $0 < word && parse.words[$0].upos == "NUM" }
}

/// True when the money's "to" phrase (on the amount or on the verb) is a bare plural:
/// "committed $3 billion to critical minerals projects".
func givenToAKind(_ figure: Figure, _ predicate: Int, _ parse: ParsedSentence) -> Bool {
    guard let top = headWord(of: figure.range, in: parse) else { return false }
    let phrases = parse.prepositionalDependents(of: top) + parse.prepositionalDependents(of: predicate)
    return phrases.contains { $0.preposition == "to" && isBarePlural($0.word, parse) }
}

/// "£500m more", "a further $300 million", "an additional $2bn": an amount on top of another.
func isRemainder(_ figure: Figure, _ parse: ParsedSentence) -> Bool {
    guard let first = parse.words.firstIndex(where: { $0.range.end > figure.range.start }),
          let last = parse.words.lastIndex(where: { $0.range.start < figure.range.end }) else { return false }
    let after = last + 1 < parse.words.count ? parse.words[last + 1].form.lowercased() : ""
    var before = first - 1
    while before >= 0, ["about", "around", "roughly", "some", "nearly", "almost", "approximately", "a", "an"].contains(parse.words[before].form.lowercased()) {
        before -= 1
    }
    let marker = before >= 0 ? parse.words[before].form.lowercased() : ""
    return ["more", "extra"].contains(after) || ["further", "additional", "another", "extra"].contains(marker)
}

/// True when a word's phrase has a word lenders' names have ("Macquarie Bank", "the fund");
/// a pronoun's is unknown, so false.
func phraseHasLenderWord(_ word: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> Bool {
    parse.subtree(of: word).contains { lexicon.lenderWords.contains(parse.words[$0].form.lowercased()) }
}
