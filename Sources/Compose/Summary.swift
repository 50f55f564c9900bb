import Foundation
import BriefingModel
import Graphics

/// A sentence for the bottom line, with the sources it rests on.
public struct SummaryPoint: Sendable {
    /// Pango markup: escaped text with <b> and <i> only.
    public var markup: String
    public var sources: [String]
}

/// A headline number for the key-figures row.
public struct KeyFigure: Sendable {
    public var value: String
    public var label: String
    public var sources: [String]
}

private func name(_ analysis: Analysis, _ id: String?) -> String {
    analysis.entity(id)?.shortName ?? "an unnamed party"
}

private func bold(_ text: String) -> String { "<b>" + markupEscaped(text) + "</b>" }

private func sourcesOf(_ claims: [Claim]) -> [String] {
    var seen = Set<String>()
    return claims.flatMap(\.sources).filter { seen.insert($0).inserted }.sorted { ($0.count, $0) < ($1.count, $1) }
}

/// Three to five sentences a reader needs first, built from the claims.
func bottomLine(_ analysis: Analysis) -> [SummaryPoint] {
    let project = analysis.claims.filter { $0.scope == "project" && $0.countsAsFact }
    var points: [SummaryPoint] = []

    // Ownership, per asset.
    var objects: [String] = []
    for claim in project where claim.type == .ownership && claim.value != nil && !objects.contains(claim.object ?? "project") {
        objects.append(claim.object ?? "project")
    }
    for object in objects.prefix(2) {
        var seen = Set<String>()
        let stakes = project.filter { $0.type == .ownership && ($0.object ?? "project") == object && seen.insert($0.subject ?? $0.id).inserted }
        // ("with the remainder held by Sopamin": the rest, with no figure of its own.)
        let parts = stakes.map { stake in
            let share = stake.value == nil && stake.instrument == "remainder" ? "the rest" : NumberFormat.value(stake.value, unit: "%", qualifier: stake.qualifier)
            return "\(markupEscaped(name(analysis, stake.subject))) \(bold(share))"
        }
        var sentence = "Ownership of \(markupEscaped(theAsset(object))): " + listJoined(parts) + "."
        if let total = analysis.metrics.first(where: { $0.name == "ownership_total" && $0.object == object }), abs(total.value - 100) > 0.05 {
            sentence += " The stated stakes add up to \(NumberFormat.percent(total.value)), not 100%."
        }
        points.append(SummaryPoint(markup: sentence, sources: sourcesOf(stakes)))
    }

    // Cost and financing.
    let cost = project.first { $0.type == .projectCost && $0.value != nil }
    let financing = project.filter { $0.type == .financing }
    if cost != nil || !financing.isEmpty {
        var parts: [String] = []
        if let cost {
            parts.append("The project is estimated to cost \(bold(NumberFormat.value(cost.value, unit: cost.unit, qualifier: cost.qualifier, low: cost.low, high: cost.high)))")
        }
        for claim in financing.prefix(3) {
            let amount = claim.value == nil ? "an undisclosed amount" : bold(NumberFormat.value(claim.value, unit: claim.unit, qualifier: claim.qualifier, low: claim.low, high: claim.high))
            // A generic word names no instrument: "$1.2 billion in financing", not "through a financing".
            let instrument = claim.instrument.map { word -> String in
                if ["financing", "investment", "equity", "project financing", "debt financing", "equity financing", "equity investment"].contains(word) {
                    return " in \(markupEscaped(word))"
                }
                // "through convertible notes", "through a term loan", "through an offtake".
                let article = word.hasSuffix("s") && !word.hasSuffix("ss") ? "" : indefiniteArticle(word) + " "
                return " through \(article)\(markupEscaped(word))"
            } ?? ""
            if claim.value == nil, claim.subject != nil {
                // "DFC provides an equity investment (amount not stated) to TechMet Limited."
                let noun = claim.instrument ?? "financing"
                let article = noun.hasSuffix("s") && !noun.hasSuffix("ss") || noun == "financing" ? "" : indefiniteArticle(noun) + " "
                let verb = agreeing(claim.modality == "offered" ? "offers" : "provides", with: claim.subject, analysis)
                let recipient = claim.recipient.map { " to " + markupEscaped(name(analysis, $0)) } ?? ""
                parts.append("\(markupEscaped(name(analysis, claim.subject))) \(verb) \(article)\(markupEscaped(noun)) (amount not stated)\(recipient)")
            } else if claim.subject == nil {
                parts.append("\(amount)\(instrument.isEmpty ? " in financing" : instrument) (the sources do not say from whom)")
            } else {
                // "EXIM and DFC jointly offer $500 million": a group acts together. The receiver, where
                // named, tells two offers of one lender apart ("… to Syrah Technologies").
                let recipient = claim.recipient.map { " to " + markupEscaped(name(analysis, $0)) } ?? ""
                // An offer (a letter of interest, a conditional commitment) "offers"; money the source
                // states as given or to be given "commits": no more and no less than the source says.
                let verb = agreeing(claim.modality == "offered" ? "offers" : "commits", with: claim.subject, analysis)
                parts.append("\(markupEscaped(name(analysis, claim.subject))) \(verb) \(amount)\(instrument)\(recipient)")
            }
        }
        var sentence = parts.joined(separator: "; ") + "."
        if let coverage = analysis.metrics.first(where: { $0.name == "financing_coverage" }) {
            let bound = coverage.qualifier == .atMost ? "at most " : coverage.qualifier == .atLeast ? "at least " : ""
            if coverage.value > 100.0001 {
                // No "−$180 million to find": more money than the cost means the two size different things.
                let verb = coverage.qualifier == .atMost ? "could be" : "is"
                sentence += " That \(verb) more than the stated cost, so the amounts may size different things (see Conflicts and caveats)."
            } else {
                sentence += " That covers \(bound)\(bold(NumberFormat.percent(coverage.value))) of the cost"
                if let gap = analysis.metrics.first(where: { $0.name == "funding_gap" }) {
                    let gapBound = gap.qualifier == .atLeast ? "at least " : gap.qualifier == .atMost ? "at most " : ""
                    sentence += ", leaving \(gapBound)\(bold(NumberFormat.money(gap.value, currency: gap.unit, style: .prose))) to find"
                }
                sentence += "."
            }
        }
        points.append(SummaryPoint(markup: sentence, sources: sourcesOf((cost.map { [$0] } ?? []) + financing)))
    }

    // Market shares, noting disagreement.
    var actors: [String] = []
    for claim in project where claim.type == .supplyShare && !actors.contains(claim.subject ?? "-") { actors.append(claim.subject ?? "-") }
    for actor in actors.prefix(1) {
        let claims = project.filter { $0.type == .supplyShare && ($0.subject ?? "-") == actor }
        func stated(_ claim: Claim) -> String {
            "\(bold(NumberFormat.value(claim.value, unit: "%", qualifier: claim.qualifier, low: claim.low, high: claim.high))) of \(markupEscaped(claim.object ?? "supply"))"
        }
        var sentence = "\(markupEscaped(name(analysis, claims[0].subject))) has \(stated(claims[0]))"
        for other in claims.dropFirst() { sentence += "; another source says \(stated(other))" }
        sentence += "."
        points.append(SummaryPoint(markup: sentence, sources: sourcesOf(claims)))
    }

    // Timeline.
    let milestones = project.filter { $0.type == .timeline && $0.value != nil }
    if !milestones.isEmpty {
        let parts = milestones.prefix(3).map { claim -> String in
            let isYear = claim.unit == "year" && claim.qualifier == .exact && (claim.value ?? 0) >= 1800
            let value = (isYear ? "in " : "") + bold(NumberFormat.value(claim.value, unit: claim.unit, qualifier: claim.qualifier, low: claim.low, high: claim.high))
            // A year is when a stage begins, and so is "within two years"; another length of time
            // is how long it takes.
            let isDate = claim.unit == "year" && (claim.value ?? 0) >= 1800
            let startsWithin = claim.figures.compactMap { analysis.figure($0)?.qualifierText?.lowercased() }.contains("within")
            switch claim.object {
            case "close", "closing": return "the deal to close \(value)"
            case "construction": return isDate || startsWithin ? "construction to begin \(value)" : "construction to take \(value)"
            case "production": return isDate || startsWithin ? "production to start \(value)" : "production for \(value)"
            case "operations": return isDate ? "operations to start \(value)" : "operations for \(value)"
            case "supply", "output": return isDate ? "\(claim.object!) target \(value)" : "mines to supply for \(value)"
            case let life? where life.hasSuffix(" life"): return "a \(markupEscaped(life)) of \(value)"
            case let other?: return isDate ? "\(markupEscaped(other)) \(value)" : "\(markupEscaped(other)): \(value)"
            case nil: return value
            }
        }
        let sentence = "Timeline: " + listJoined(parts) + "."
        points.append(SummaryPoint(markup: sentence, sources: sourcesOf(Array(milestones.prefix(3)))))
    }

    if !analysis.conflicts.isEmpty || !analysis.failedChecks.isEmpty {
        let count = analysis.conflicts.count + analysis.failedChecks.count
        points.append(SummaryPoint(markup: "The sources disagree or fail a check on \(bold(String(count))) point\(count == 1 ? "" : "s"); see <i>Conflicts and caveats</i>.", sources: []))
    }
    // A point may open with an amount ("over $100 million through a loan…").
    return points.prefix(5).map { SummaryPoint(markup: capitalizingFirstLetter($0.markup), sources: $0.sources) }
}

/// The first letter outside markup tags in upper case: "<b>over</b>…" → "<b>Over</b>…".
func capitalizingFirstLetter(_ markup: String) -> String {
    var insideTag = false
    var result = ""
    var done = false
    for character in markup {
        if !done {
            if character == "<" { insideTag = true } else if character == ">" { insideTag = false } else if !insideTag, character.isLetter {
                result += character.uppercased()
                done = true
                continue
            } else if !insideTag, !character.isWhitespace, character != "~", !character.isPunctuation, !character.isSymbol {
                done = true
            }
        }
        result.append(character)
    }
    return result
}

/// Up to four headline numbers.
func keyFigures(_ analysis: Analysis) -> [KeyFigure] {
    let project = analysis.claims.filter { $0.scope == "project" && $0.countsAsFact && $0.value != nil }
    var figures: [KeyFigure] = []
    if let cost = project.first(where: { $0.type == .projectCost }) {
        figures.append(KeyFigure(value: NumberFormat.value(cost.value, unit: cost.unit, qualifier: cost.qualifier, low: cost.low, high: cost.high, style: .chart),
                                 label: "estimated project cost", sources: cost.sources))
    }
    if let loan = project.filter({ $0.type == .financing }).max(by: { ($0.value ?? 0) < ($1.value ?? 0) }) {
        figures.append(KeyFigure(value: NumberFormat.value(loan.value, unit: loan.unit, qualifier: loan.qualifier, low: loan.low, high: loan.high, style: .chart),
                                 label: "\(name(analysis, loan.subject))" + (loan.instrument.map { ", \($0)" } ?? ""), sources: loan.sources))
    }
    if let stake = project.filter({ $0.type == .ownership }).max(by: { ($0.value ?? 0) < ($1.value ?? 0) }) {
        figures.append(KeyFigure(value: NumberFormat.value(stake.value, unit: "%", qualifier: stake.qualifier, low: stake.low, high: stake.high, style: .chart),
                                 label: "\(name(analysis, stake.subject)) stake in \(theAsset(stake.object))", sources: stake.sources))
    }
    if let share = project.first(where: { $0.type == .supplyShare }) {
        figures.append(KeyFigure(value: NumberFormat.value(share.value, unit: "%", qualifier: share.qualifier, low: share.low, high: share.high, style: .chart),
                                 label: "\(name(analysis, share.subject)) share of \(share.object ?? "supply")", sources: share.sources))
    }
    if figures.count < 4, let reserve = project.first(where: { $0.type == .reserve }) {
        figures.append(KeyFigure(value: NumberFormat.value(reserve.value, unit: reserve.unit, qualifier: reserve.qualifier, low: reserve.low, high: reserve.high, style: .chart),
                                 label: "reserves" + (reserve.object.map { " (\($0))" } ?? ""), sources: reserve.sources))
    }
    return Array(figures.prefix(4))
}



/// "a" or "an" before a word, by its first letter.
func indefiniteArticle(_ word: String) -> String {
    guard let first = word.lowercased().first else { return "a" }
    return "aeio".contains(first) ? "an" : "a"
}

/// "offers" for one party, "jointly offer" for a group of them ("EXIM and DFC"); "commits", "jointly commit".
private func agreeing(_ verb: String, with subject: String?, _ analysis: Analysis) -> String {
    guard analysis.entity(subject)?.members.isEmpty == false, verb.hasSuffix("s") else { return verb }
    return "jointly " + verb.dropLast()
}
