import Foundation
import BriefingModel

/// Money in a sentence: financing (with its lender and instrument), the project's cost, a part of
/// a stated total, or context (another deal, a share price, a price per unit).
func readMoneyClaim(_ figure: Figure, _ proposed: DraftClaim, in context: SentenceContext, first: Int, after: Int,
                    aboutSomethingElse: Bool, nearest: (Set<String>) -> Int?) -> DraftClaim {
    let words = context.lower
    var draft = proposed
    // "A$300 million (US$200 million)": the same amount restated in another currency is no second claim.
    if isRestatement(figure, context) {
        draft.scope = "context"
        return draft
    }
    // "financing of $1.2 billion, including a $750m loan and a $450m stream": the amounts after
    // "including" are parts of the first; only the total counts towards the financing.
    let partsStart = words.firstIndex { ["including", "includes", "include", "comprising", "comprises", "consisting"].contains($0) }
    let amountStarts = context.figures.filter { $0.kind == .money && $0.unit == nil }.map { context.wordIndex(of: $0) }
    if let partsStart, first > partsStart, amountStarts.contains(where: { $0 < partsStart }), figure.unit == nil {
        // Each part is its own clause: from the amount before it to the amount after it.
        let clauseStart = max(partsStart, context.wordAfterLastFigure(of: .money, before: figure))
        let clauseEnd = amountStarts.filter { $0 > first }.min() ?? words.count
        draft.type = .financing
        draft.scope = "part"
        // ("a $150 million loan and a $50 million royalty": a part's own noun follows it.)
        let ownNounEnd = (after..<min(clauseEnd, after + 4)).first { ["and", "or", ",", "plus"].contains(words[$0]) } ?? min(clauseEnd, after + 4)
        draft.instrument = findInstrument(Array(words[after..<ownNounEnd]), near: 0)
            ?? findInstrument(Array(words[clauseStart..<clauseEnd]), near: first - clauseStart)
        draft.subject = provider(context, figureStart: first, figureEnd: after, clauseStart: clauseStart)
        draft.object = "project"
        return draft
    }
    let isTotal = partsStart.map { after <= $0 && amountStarts.contains(where: { $0 > partsStart! }) } ?? false
    // A price per something ("$350 per kg", "$5 million a year") is no sum raised or spent.
    if aboutAnotherDeal(words, after: after, projectTerms: context.projectTerms) || isSharePrice(words, first: first, after: after)
        || (isPurchasePrice(words, first: first) && !buysNewEquity(figure, context))
        || isStockMove(words, first: first) || isIncome(words, first: first, after: after) || aboutSomethingElse || figure.unit != nil {
        draft.scope = "context"
        return draft
    }
    // "The first draw on the loan, of $435 million": money drawn under a stated loan is part of
    // it, not more money (it would be counted twice against the cost).
    if isDrawOnFinancing(words, first: first) {
        draft.type = .financing
        draft.scope = "part"
        draft.instrument = findInstrument(words, near: first)
        draft.object = "project"
        return draft
    }
    if let framed = readMoneyFrame(
        figure, draft, in: context,
        fallbackProvider: { provider(context, figureStart: first, figureEnd: after) },
        fallbackInstrument: {
            instrumentOf(words, after: after) ?? (isTotal ? findInstrument(Array(words[..<partsStart!]), near: first) : findInstrument(words, near: first))
        }) {
        var framed = framed
        // ("a $50 million loan and $20 million of convertible notes": the amount's own "of" wins over
        // a noun elsewhere, not over what the verb or a purchase made it: a guarantee of debt,
        // equity bought as notes.)
        if framed.type == .financing, !["guarantee", "equity"].contains(framed.instrument ?? ""),
           let named = instrumentOf(words, after: after) {
            framed.instrument = named
        }
        return framed
    }
    let financing = nearest(Cues.financing)
    let cost = nearest(Cues.cost)
    if let financing, cost == nil || financing < cost! {
        draft.type = .financing
        // A total names its instrument before the parts, if at all.
        draft.instrument = instrumentOf(words, after: after)
            ?? (isTotal ? findInstrument(Array(words[..<partsStart!]), near: first) : findInstrument(words, near: first))
        draft.subject = provider(context, figureStart: first, figureEnd: after)
        draft.object = "project"
    } else if cost != nil {
        draft.type = .projectCost
        draft.object = "project"
    }
    return draft
}

/// "$4.2 billion rail deal": a deal noun right after the figure with a
/// modifier that is not one of this project's own words.
private func aboutAnotherDeal(_ words: [String], after: Int, projectTerms: Set<String>) -> Bool {
    for offset in 0..<3 where after + offset < words.count {
        if Cues.dealNouns.contains(words[after + offset]) {
            let modifiers = words[after..<(after + offset)]
            // (A "financing package" or "loan agreement" is money for this project, not another deal.)
            let financingWords: Set<String> = ["financing", "funding", "loan", "credit", "debt", "equity", "royalty", "stream", "streaming", "offtake"]
            return !modifiers.isEmpty && modifiers.allSatisfy { !projectTerms.contains($0) && !financingWords.contains($0) }
        }
    }
    return false
}

/// "agreed to buy a 19.9% stake in Skaland for NOK 450 million", "sold the unit to Vale for $3.4bn":
/// the price a stake changes hands for is paid to its seller, not lent to or spent on the project.
/// (The parse says the same where it holds; this is the word-order reading for where it does not.)
private func isPurchasePrice(_ words: [String], first: Int) -> Bool {
    guard first > 0, words[first - 1] == "for" else { return false }
    let before = words[..<(first - 1)]
    return before.contains(where: purchaseVerbs.contains) && before.contains(where: { ["stake", "%", "percent", "shares", "interest"].contains($0) })
}

/// True when the parse reads the price as new equity bought in a company (`equityPurchase`),
/// which the word-order reading above cannot tell from a stake bought off a seller.
private func buysNewEquity(_ figure: Figure, _ context: SentenceContext) -> Bool {
    guard let parse = context.parse, let top = headWord(of: figure.range, in: parse) else { return false }
    return equityPurchase(top, parse, context.frames) != nil
}

private let purchaseVerbs: Set<String> = [
    "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases", "purchased",
    "sell", "sells", "sold", "selling", "divest", "divests", "divested",
]

/// "$100 million of new equity", "$50 million of convertible notes": the instrument the amount
/// is "of" names the money, whatever other instrument the sentence mentions.
private func instrumentOf(_ words: [String], after: Int) -> String? {
    guard after < words.count, words[after] == "of" else { return nil }
    for offset in 1...3 where after + offset < words.count {
        let word = words[after + offset]
        if ["equity", "shares", "stock", "stocks"].contains(word) { return "equity" }
        if ["notes", "bonds", "debt", "loans", "grants", "credit", "financing", "funding"].contains(word) {
            return offset > 1 && words[after + offset - 1] == "convertible" ? "convertible " + word : word
        }
    }
    return nil
}

/// The named instrument nearest the amount ("letter of interest", "term loan"),
/// else a generic one ("project financing").
private func findInstrument(_ words: [String], near position: Int) -> String? {
    if let named = nearestPhrase(Cues.instruments, in: words, near: position) { return named }
    // "agreed to lend €480mn": lending is a loan, whatever else the sentence calls it.
    if !Set(words).isDisjoint(with: ["lend", "lends", "lending", "lent"]) { return "loan" }
    return nearestPhrase(Cues.genericInstruments, in: words, near: position)
}

private func nearestPhrase(_ phrases: [[String]], in words: [String], near position: Int) -> String? {
    var best: (distance: Int, length: Int, phrase: [String])?
    for phrase in phrases {
        var index = 0
        while index + phrase.count <= words.count {
            if Array(words[index..<(index + phrase.count)]) == phrase {
                let distance = abs(index - position)
                if best == nil || distance < best!.distance - 1 || (abs(distance - best!.distance) <= 1 && phrase.count > best!.length) {
                    best = (distance, phrase.count, phrase)
                }
            }
            index += 1
        }
    }
    return best.map { $0.phrase.joined(separator: " ") }
}

/// The lender: "from X" / "by X" after the amount, else the nearest name before it.
private func provider(_ context: SentenceContext, figureStart: Int, figureEnd: Int, clauseStart: Int = 0) -> String? {
    let words = context.lower
    for (mention, id) in context.mentions where mention.firstWord >= figureEnd {
        var look = mention.firstWord - 1
        while look > figureEnd, ["the", "a", "an"].contains(words[look]) { look -= 1 }
        if look >= figureEnd, ["from", "by"].contains(words[look]) { return id }
    }
    // "a loan of $750m from a group of five banks": the lender is stated, just not named.
    if words[figureEnd..<min(words.count, figureEnd + 3)].contains(where: { $0 == "from" || $0 == "by" }) { return nil }
    guard let named = subjectBefore(context, figureStart, preferring: [.government, .organization, .country, .other], from: clauseStart)
    else { return nil }
    guard let mention = context.mentions.last(where: { $0.entityID == named && $0.mention.lastWord < figureStart })?.mention else { return named }
    // "for its Rio Blanco copper project": the asset being financed is no lender.
    if !Set(words[(mention.lastWord + 1)..<min(words.count, mention.lastWord + 3)]).isDisjoint(with: assetWords) { return nil }
    // "Cobre Andino secured financing of $1.2 billion": a name before a borrowing verb is the borrower.
    // ("a senior secured loan": there "secured" describes the loan.)
    let between = (mention.lastWord + 1)..<figureStart
    if between.contains(where: { index in
        borrowingVerbs.contains(words[index]) && !(index > 0 && ["a", "an", "the", "senior", "junior", "fully"].contains(words[index - 1]))
            && !(index + 1 < words.count && ["loan", "loans", "notes", "bonds", "debt", "facility", "term", "credit"].contains(words[index + 1]))
    }) { return nil }
    return named
}

/// Words after a name that make it an asset.
private let assetWords: Set<String> = ["project", "projects", "mine", "mines", "deposit", "deposits", "field", "plant", "smelter", "refinery"]

/// Verbs whose subject takes the money, not gives it.
private let borrowingVerbs: Set<String> = [
    "secured", "secures", "secure", "securing", "raised", "raises", "raise", "raising", "obtained", "obtains", "received", "receives",
    "won", "wins", "borrowed", "borrows", "borrow", "seeks", "sought", "seeking", "needs", "needed", "closed", "closes", "landed", "lands",
]

/// True when the amount stands in brackets right after another amount in another currency.
func isRestatement(_ figure: Figure, _ context: SentenceContext) -> Bool {
    let text = Array(context.sentence.text.utf8)
    let base = context.sentence.range.start
    return context.figures.contains { other in
        guard other.kind == .money, other.currency != figure.currency, other.range.end <= figure.range.start,
              other.range.end >= base, figure.range.start - base <= text.count else { return false }
        let between = String(decoding: text[(other.range.end - base)..<(figure.range.start - base)], as: UTF8.self)
        return between.trimmingCharacters(in: .whitespaces) == "(" || between.trimmingCharacters(in: .whitespaces) == ", or"
    }
}

/// "Orion will provide a $200 million package to Nacional, comprising a $150 million loan and a
/// $50 million royalty": the parts of a total come from its giver and go to its receiver. (The
/// drafts of one sentence, in order; a part takes what it lacks from the financing before it.)
func givePartsTheirTotalsParties(_ drafts: inout ArraySlice<DraftClaim>) {
    // Each part's total: the last financing before it that is no part.
    var totalOf: [Int: Int] = [:]
    var total: Int?
    for index in drafts.indices {
        if drafts[index].type == .financing, drafts[index].scope != "part" { total = index } else if drafts[index].scope == "part", let total { totalOf[index] = total }
    }
    // "The $1.6 billion package includes loans from KEXIM … and K-Sure": a total whose parts name
    // different givers has no one giver; one the parse did not name was a guess.
    for total in Set(totalOf.values) where drafts[total].reading?.roles.contains(where: { $0.role == "provider" }) != true {
        let givers = Set(totalOf.filter { $0.value == total }.compactMap { drafts[$0.key].subject })
        if givers.count > 1 { drafts[total].subject = nil }
    }
    for (part, total) in totalOf {
        if drafts[part].subject == nil { drafts[part].subject = drafts[total].subject }
        if drafts[part].recipient == nil { drafts[part].recipient = drafts[total].recipient }
        if drafts[part].modality == nil { drafts[part].modality = drafts[total].modality }
    }
}

/// "the first draw on the loan, of $435 million", "a $200 million tranche of the facility": a
/// draw, tranche or disbursement word before the amount (in its clause), with "on", "of", "from"
/// or "under" and a financing word after it.
func isDrawOnFinancing(_ words: [String], first: Int) -> Bool {
    let drawWords: Set<String> = ["draw", "drawdown", "draw-down", "tranche", "disbursement", "drawing"]
    let financeWords: Set<String> = ["loan", "loans", "facility", "facilities", "credit", "financing", "package", "grant", "bond", "bonds"]
    let window = max(0, first - 8)..<min(words.count, first + 6)
    for index in window where drawWords.contains(words[index]) && index + 3 < words.count
        && ["on", "of", "from", "under"].contains(words[index + 1]) {
        if words[(index + 2)...min(words.count - 1, index + 4)].contains(where: financeWords.contains) { return true }
    }
    return false
}

/// "receive about $4.6 billion in revenue", "revenue of $2 billion", "$300 million of annual
/// sales": money a business earns is no money lent or invested in it, nor its cost.
func isIncome(_ words: [String], first: Int, after: Int) -> Bool {
    let incomeNouns: Set<String> = ["revenue", "revenues", "sales", "profit", "profits", "earnings", "income", "dividend",
                                    "dividends", "ebitda", "turnover", "taxes", "royalties"]
    // The amount's own noun after it ("in revenue", "of annual sales"), or the noun it is "of".
    let after = words[after..<min(words.count, after + 3)]
    if let marker = after.first, ["in", "of"].contains(marker), after.dropFirst().contains(where: incomeNouns.contains) { return true }
    var cursor = first - 1
    while cursor >= 0, ["about", "around", "roughly", "nearly", "almost", "some", "over", "approximately"].contains(words[cursor]) { cursor -= 1 }
    return cursor >= 1 && ["of", "at"].contains(words[cursor]) && incomeNouns.contains(words[cursor - 1])
}

