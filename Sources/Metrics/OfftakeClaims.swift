import BriefingModel
import Syntax

/// "Tesla has agreed to buy 8,000 tonnes a year of the plant's output", "will sell 20,000
/// tonnes a year to Posco": a yearly quantity, or one of a project's output, that an offtake
/// verb governs in its own clause is sold output, with the buyer as its subject, not the
/// buyer's production. ("China bought 40,000 tonnes of cobalt in 2024" is trade, no offtake.)
/// Nil when the sentence was not parsed or the quantity is no offtake.
func readQuantityOfftake(_ figure: Figure, _ proposed: DraftClaim, yearly: Bool, in context: SentenceContext) -> DraftClaim? {
    guard let parse = context.parse, !context.frames.isEmpty, let top = headWord(of: figure.range, in: parse),
          let verb = governingVerb(of: top, parse) else { return nil }
    let lemma = verbLemma(verb, parse)
    guard context.frames.offtakeVerbs.contains(lemma), yearly || ofOwnOutput(top, parse, context.frames) else { return nil }
    let reading = offtakeFrame(verb: verb, lemma: lemma, figureTop: top, parse: parse, lexicon: context.frames)
    var draft = proposed
    draft.type = .offtake
    draft.subject = reading.provider.flatMap { entity(at: $0, parse, context) }
    draft.modality = reading.modality
    if reading.history { draft.scope = "context" }
    // What is sold: the quantity's "of" phrase ("of the plant's output", "of concentrate").
    draft.object = parse.prepositionalDependents(of: top).first { $0.preposition == "of" }
        .flatMap { assetPhrase($0.word, parse, context) }
    draft.reading = describe(reading, parse, context)
    return draft
}
