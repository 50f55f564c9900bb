import BriefingModel
import Syntax

/// Which words of a clause can name a party to a deal.

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
