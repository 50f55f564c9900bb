import BriefingModel

/// "of global production of tungsten concentrate, according to ..." → the market phrase.
func marketPhrase(_ context: SentenceContext, after: Int) -> String? {
    let words = context.words
    guard after < words.count, words[after].lower == "of" else { return nil }
    var phrase: [String] = []
    var index = after + 1
    // ("of global copper supply last year": the time is said after the market, in brackets.)
    var time: String?
    while index < words.count, phrase.count < 8 {
        let word = words[index]
        if word.lower == "today" { time = "today"; break }
        if ["last", "this", "next"].contains(word.lower), index + 1 < words.count,
           ["year", "month", "quarter", "week", "decade"].contains(words[index + 1].lower) {
            time = word.lower + " " + words[index + 1].lower
            break
        }
        if ["according", "said", "says", "which", "while", "as", "in", "for", "to", "from", "by", "with", "during", "over",
            "until", "through", "within", "between", "since", "after", "before", "at", "on", "when", "once", "into", "across"].contains(word.lower) { break }
        // ("of the world's cobalt is mined in Congo", "of global supply originated in Africa": the
        // market ends at a finite verb or at a participle with its own phrase; "supply and
        // refining" and "global refined cobalt" go on.)
        if let parse = context.parse, let at = parse.words.firstIndex(where: { $0.range.start == word.start }),
           endsMarket(at, parse, next: index + 1 < words.count ? words[index + 1].lower : nil) { break }
        // ("of global rare earths and Malaysia around 5%": "and" before a name or a number
        // starts the next item of a list, not more of the market.)
        if ["and", "or", "but"].contains(word.lower), index + 1 < words.count,
           words[index + 1].isCapitalized || words[index + 1].text.first?.isNumber == true { break }
        // "the world's natural graphite": a possessive goes on to the thing possessed.
        if word.isPossessive, index + 1 < words.count {
            var possessive = word.text + word.trailing
            index += 1
            // (Some texts split "world's" into "world'" and "s".)
            if !possessive.hasSuffix("s"), words[index].lower == "s", index + 1 < words.count {
                possessive += "s"
                index += 1
            }
            phrase.append(possessive)
            continue
        }
        phrase.append(word.text)
        if word.endsRun { break }
        index += 1
    }
    guard !phrase.isEmpty else { return nil }
    return phrase.joined(separator: " ") + (time.map { " (\($0))" } ?? "")
}

/// A verb that ends a market phrase: an auxiliary, a finite verb after a noun ("supply comes"), or
/// a participle with a phrase of its own ("supply originated in Africa"). Not a participle or a
/// past form used as an adjective ("global refined cobalt") nor a gerund ("supply and refining").
private func endsMarket(_ word: Int, _ parse: ParsedSentence, next: String?) -> Bool {
    let parsed = parse.words[word]
    if parsed.upos == "AUX" { return true }
    guard parsed.upos == "VERB" else { return false }
    let afterNoun = word > 0 && ["NOUN", "PROPN"].contains(parse.words[word - 1].upos)
    if ["VBZ", "VBP", "MD"].contains(parsed.xpos) || (parsed.xpos == "VBD" && afterNoun) { return true }
    return ["VBN", "VBD"].contains(parsed.xpos) && ["in", "from", "by", "at", "on"].contains(next ?? "")
}

