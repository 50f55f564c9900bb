import BriefingModel
import Syntax

/// Frames a holder noun or a list of amounts opens, apart from the lexicon's words.

/// "will become its largest shareholder with 49.5%", "the biggest owner, with 30%": the share
/// "with" which a holder noun is what that holder owns (the one made the holder is found from
/// the noun: FrameClaims' namedHolder).
func holderNounShare(_ word: Int, lemma: String, figureTop: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> FrameReading? {
    guard ["shareholder", "owner", "holder", "stakeholder", "stockholder"].contains(lemma), parse.words[figureTop].head == word,
          parse.dependents(of: figureTop, "case").contains(where: { parse.words[$0].form.lowercased() == "with" }) else { return nil }
    var reading = FrameReading(kind: .ownership, predicate: word, provider: word, history: isHistory(word, parse, lexicon))
    reading.owned = parse.prepositionalDependents(of: word).first { ["in", "of"].contains($0.preposition) }?.word
        ?? parse.dependents(of: word, "nmod:poss").first
    reading.modality = modality(of: governingVerb(of: word, parse) ?? word, noun: word, parse, lexicon)
    return reading
}

/// An amount (a number or a sign) hung as a conjunct on a verb that has another amount of its own.
func isCoordinatedAmount(_ word: Int, of verb: Int, _ parse: ParsedSentence) -> Bool {
    let isAmount = { (index: Int) in ["SYM", "NUM"].contains(parse.words[index].upos) }
    return isAmount(word) && parse.dependents(of: verb).contains { $0 != word && isAmount($0) && ["obj", "obl"].contains(parse.baseRelation($0)) }
}

