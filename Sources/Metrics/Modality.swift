import BriefingModel
import Syntax

/// What a clause says of its claim beyond the figure: negation, modal verbs, offers, options
/// and history markers, read from the clause's words.

/// "not", a modal, an offer word or an option word in the clause.
func modality(of verb: Int, noun: Int?, _ parse: ParsedSentence, _ lexicon: FrameLexicon, excluding: Set<Int> = []) -> String? {
    if parse.isNegated(verb) || noun.map(parse.isNegated) == true { return "negated" }
    var words = clauseWords(verb, parse).filter { !excluding.contains($0) }
    // "an option to lift its holding to 30%", "plans to raise": an infinitive hung on a noun (or a
    // verb) says what that noun offers; the noun's own words count.
    // ("warrants that could lift its holding to 15%": a relative clause's noun counts the same.)
    if ["acl", "xcomp"].contains(parse.baseRelation(verb)), let head = parse.words[verb].head,
       parse.words[verb].relation == "acl:relcl" || parse.dependents(of: verb, "mark").contains(where: { parse.words[$0].form.lowercased() == "to" }) {
        words.append(head)
        // ("receive warrants to buy up to 5%": what the infinitive's verb takes is what offers it.)
        let objects = parse.baseRelation(verb) == "xcomp" ? parse.dependents(of: head, "obj") : []
        words.append(contentsOf: objects)
        // ("had no plans to take a stake", "there is no intention to sell": a plan denied with "no".)
        if ([head] + objects).contains(where: { noun in
            parse.words[noun].upos == "NOUN" && parse.dependents(of: noun, "det").contains { parse.words[$0].form.lowercased() == "no" }
        }) {
            return "negated"
        }
    }
    if parse.baseRelation(verb) == "advcl", let head = parse.words[verb].head,
       parse.dependents(of: verb, "mark").contains(where: { parse.words[$0].form.lowercased() == "to" }) {
        words.append(contentsOf: parse.dependents(of: head, "obj"))
    }
    // "is expected to see its stake diluted to 14.5%": the verbs a complement clause hangs from
    // say whether it is fact or forecast.
    var complement = verb
    for _ in 0..<3 {
        guard ["xcomp", "ccomp"].contains(parse.baseRelation(complement)), let head = parse.words[complement].head else { break }
        words.append(head)
        complement = head
    }
    // "expects the plant to supply 15%": an infinitive on a verb's object says what that verb
    // expects or plans of it.
    if parse.baseRelation(verb) == "acl", let noun = parse.words[verb].head, parse.baseRelation(noun) == "obj",
       parse.dependents(of: verb, "mark").contains(where: { parse.words[$0].form.lowercased() == "to" }),
       let governing = parse.words[noun].head {
        words.append(governing)
    }
    // "has expressed interest in providing $900 million": a gerund the head's phrase introduces
    // says what that head and its object hold out.
    if ["advcl", "acl"].contains(parse.baseRelation(verb)), parse.words[verb].xpos == "VBG", let head = parse.words[verb].head,
       parse.dependents(of: verb, "mark").contains(where: { ["in", "of"].contains(parse.words[$0].form.lowercased()) }) {
        words.append(head)
        words.append(contentsOf: parse.dependents(of: head, "obj"))
        // ("expressed interest in lending", with the gerund on the noun: the noun's verb too.)
        if parse.baseRelation(head) == "obj", let governing = parse.words[head].head { words.append(governing) }
    }
    // "denied that it was seeking a loan", "ruled out taking a stake", "dismissed reports that it
    // would sell": a clause a denying verb governs (or the content of its object) is denied.
    // ("rule" only with "out".)
    var governing = verb
    for _ in 0..<3 {
        guard ["ccomp", "xcomp", "advcl", "acl"].contains(parse.baseRelation(governing)), var head = parse.words[governing].head else { break }
        if parse.baseRelation(governing) == "acl", parse.baseRelation(head) == "obj", let verbOfNoun = parse.words[head].head { head = verbOfNoun }
        let lemma = verbLemma(head, parse)
        if lexicon.denyingVerbs.contains(lemma),
           lemma != "rule" || parse.dependents(of: head).contains(where: { parse.words[$0].form.lowercased() == "out" }) {
            return "negated"
        }
        governing = head
    }
    if matches(lexicon.optionWords, words, parse) { return "option" }
    if parse.modal(of: verb) != nil || matches(lexicon.possibleWords, words, parse) { return "possible" }
    if isTarget(verb, parse) { return "possible" }
    if matches(lexicon.offeredWords, words, parse) { return "offered" }
    return nil
}

/// A running total or history marker ("to date", "so far") in the clause, outside any
/// "from" phrase ("raised to 12%, up from 0.4% a year ago": the "ago" dates the 0.4%).
func isHistory(_ word: Int, _ parse: ParsedSentence, _ lexicon: FrameLexicon) -> Bool {
    let words = clauseWords(word, parse)
    func fromPhrase(_ candidate: Int) -> Bool {
        parse.dependents(of: candidate, "case").contains { parse.words[$0].form.lowercased() == "from" }
    }
    // (The phrase itself, or the word it hangs on: "up" in "up from 0.4% a year ago".)
    let earlier = Set(words.filter { candidate in
        fromPhrase(candidate) || (parse.words[candidate].upos == "ADV" && parse.dependents(of: candidate).contains(where: fromPhrase))
    }.flatMap { parse.subtree(of: $0) })
    return matches(lexicon.historyMarkers, words.filter { !earlier.contains($0) }, parse)
}

/// True when one of the entries occurs among the words (in order, by lemma or form).
private func matches(_ entries: [[String]], _ words: [Int], _ parse: ParsedSentence) -> Bool {
    let set = Set(words)
    for entry in entries {
        for start in words {
            let fits = entry.indices.allSatisfy { offset in
                let index = start + offset
                guard index < parse.words.count, set.contains(index) else { return false }
                let word = parse.words[index]
                return word.lemma.lowercased() == entry[offset] || word.form.lowercased() == entry[offset]
            }
            if fits { return true }
        }
    }
    return false
}

/// Instruments whose receiver pays: shares, equity, warrants (`financing.held_by_receiver`).
func isHeldByReceiver(_ instrument: String, _ lexicon: FrameLexicon) -> Bool {
    let words = instrument.split(separator: " ").map(String.init)
    return lexicon.heldByReceiver.contains { entry in
        entry == words || (entry.count == 1 && (words.last == entry[0] || words.last == entry[0] + "s"))
    }
}

/// "to meet 15% of European demand by 2030": a share a verb not in the past reaches "by" a year
/// is a target or forecast, not a present fact. ("By 2024 it accounted for 80%" is a fact.)
private func isTarget(_ verb: Int, _ parse: ParsedSentence) -> Bool {
    guard parse.words[verb].upos == "VERB", !["VBD", "VBN"].contains(parse.words[verb].xpos) else { return false }
    let dated = parse.subtree(of: verb).filter { word in
        parse.words[word].upos == "NUM" && parse.words[word].form.count == 4 && Int(parse.words[word].form).map { (1900...2100).contains($0) } == true
            && parse.dependents(of: word, "case").contains { parse.words[$0].form.lowercased() == "by" }
    }
    return !dated.isEmpty
}
