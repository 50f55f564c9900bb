import BriefingModel
import Syntax

// Which figures of a sentence an option word makes options: "a 10% stake and warrants to buy a
// further 7.5%" holds the 10% and has the option on the 7.5%.

/// "will invest $35.6 million for a 10% stake, along with warrants to buy an additional 7.5%":
/// an option phrase with figures of its own makes an option only of those; the others'
/// modality is read again without it.
func optionScoped(_ figure: Figure, _ reading: FrameReading, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> String? {
    guard let top = headWord(of: figure.range, in: parse) else { return reading.modality }
    let optionWords = parse.words.indices.filter { index in
        lexicon.optionWords.contains { $0.count == 1 && ($0[0] == parse.words[index].lemma.lowercased() || $0[0] == parse.words[index].form.lowercased()) }
    }
    let ancestors = Set(sequence(first: top, next: { parse.words[$0].head }).prefix(parse.words.count))
    // (An option phrase is about other figures when it has figures of its own: "warrants to buy
    // an additional 7.5%"; "to 25% under an option agreed last year" names the option of the 25%.)
    // (The infinitive right after the option word is its phrase, wherever the parse hung it:
    // "take a 10% stake and warrants to buy a further 7.5%", with "to buy" on "take".)
    func optionPhrase(_ option: Int) -> [Int] {
        let next = option + 2
        let infinitive = next < parse.words.count && parse.words[option + 1].form.lowercased() == "to" && parse.words[next].upos == "VERB"
            && !ancestors.contains(next) ? parse.subtree(of: next) : []
        return parse.subtree(of: option) + infinitive
    }
    let outside = optionWords.filter { option in
        let phrase = optionPhrase(option)
        return !ancestors.contains(option) && !phrase.contains(top) && phrase.contains { parse.words[$0].upos == "NUM" }
    }
    guard !outside.isEmpty, outside.count == optionWords.count else { return reading.modality }
    let excluded = Set(outside.flatMap(optionPhrase))
    let verb = actsAsVerb(reading.predicate, parse) ? reading.predicate : governingVerb(of: reading.predicate, parse) ?? reading.predicate
    return modality(of: verb, noun: verb == reading.predicate ? nil : reading.predicate, parse, lexicon, excluding: excluded)
}

/// "warrants to buy a further 7.5%": a figure in the infinitive written right after an option
/// word is an option, however the parse hung the infinitive.
func inOptionsInfinitive(_ figure: Figure, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> String? {
    guard let top = headWord(of: figure.range, in: parse) else { return nil }
    for option in parse.words.indices where option + 2 < parse.words.count && parse.words[option + 1].form.lowercased() == "to"
        && parse.words[option + 2].upos == "VERB"
        && lexicon.optionWords.contains(where: { $0.count == 1 && ($0[0] == parse.words[option].lemma.lowercased() || $0[0] == parse.words[option].form.lowercased()) }) {
        if parse.subtree(of: option + 2).contains(top) { return "option" }
    }
    return nil
}
