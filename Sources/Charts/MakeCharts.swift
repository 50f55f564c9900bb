import BriefingModel
import Foundation
import Graphics

/// Stage 5: the charts a reader needs, as data plus words. An ownership pie
/// per owned asset, financing bars against the cost, and market shares.
public func makeCharts(_ analysis: Analysis) -> ChartedAnalysis {
    let colors = EntityColors(analysis)
    var charts: [Chart] = []
    charts += ownershipCharts(analysis, colors: colors)
    if let chart = financingChart(analysis, colors: colors) { charts.append(chart) }
    if let chart = supplyShareChart(analysis, colors: colors) { charts.append(chart) }
    return ChartedAnalysis(analysis: analysis, charts: charts)
}

/// One colour per entity, the same on every chart: palette colours in the
/// order entities are first named.
public struct EntityColors: Sendable {
    private var byEntity: [String: Color] = [:]
    private let palette: [Color]

    public init(_ analysis: Analysis) {
        palette = analysis.corpus.theme.palette.map(Color.init(hex:))
        // Only claims a chart can draw take a colour: stated values, held or offered.
        let charted = Set(analysis.claims.filter { [.ownership, .financing, .supplyShare].contains($0.type) && $0.countsAsFact && $0.value != nil }
            .compactMap(\.subject))
        var next = 0
        for entity in analysis.entities where charted.contains(entity.id) {
            // Past the palette's end, lighter tints of it, so no two entities share a colour.
            let round = next / palette.count
            byEntity[entity.id] = palette[next % palette.count].lightened(min(0.7, 0.45 * Double(round)))
            next += 1
        }
    }

    public func color(_ entityID: String?) -> Color {
        entityID.flatMap { byEntity[$0] } ?? Color(hex: "#999999")
    }
}

/// A file-name-safe form: "joint venture" → "joint-venture".
public func slug(_ text: String) -> String {
    var result = ""
    for character in text.lowercased() {
        if character.isASCII && (character.isLetter || character.isNumber) { result.append(character) }
        else if !result.hasSuffix("-") { result.append("-") }
    }
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? "asset" : result
}

func sourceLine(_ analysis: Analysis, claims: [Claim]) -> String {
    let ids = uniqueSources(claims)
    let parts = ids.compactMap { id -> String? in
        guard let source = analysis.source(id) else { return nil }
        let number = id.dropFirst()
        return "[\(number)] \(shortTitle(source.displayTitle))"
    }
    return (parts.count == 1 ? "Source: " : "Sources: ") + parts.joined(separator: "; ")
}

func uniqueSources(_ claims: [Claim]) -> [String] {
    var seen = Set<String>()
    return claims.flatMap(\.sources).filter { seen.insert($0).inserted }.sorted { $0.count == $1.count ? $0 < $1 : $0.count < $1.count }
}

func shortTitle(_ title: String) -> String {
    title.count <= 70 ? title : String(title.prefix(title.prefix(68).lastIndex(of: " ").map { title.distance(from: title.startIndex, to: $0) } ?? 68)) + "…"
}

private func ownershipCharts(_ analysis: Analysis, colors: EntityColors) -> [Chart] {
    let claims = analysis.claims.filter { $0.type == .ownership && $0.scope == "project" && $0.countsAsFact && $0.value != nil }
    var objects: [String] = []
    for claim in claims where !objects.contains(claim.object ?? "project") { objects.append(claim.object ?? "project") }
    return objects.compactMap { object in
        var seen = Set<String>()
        let stakes = claims.filter { ($0.object ?? "project") == object && seen.insert($0.subject ?? $0.id).inserted }
        // Stakes over 100% cannot all be right: no pie (the ledger and the caveats show them).
        guard stakes.reduce(0, { $0 + ($1.value ?? 0) }) <= 100.05 else { return nil }
        var slices = stakes.map { claim in
            PieSlice(label: analysis.entity(claim.subject)?.shortName ?? "Unnamed holder", value: claim.value ?? 0,
                     valueText: NumberFormat.value(claim.value, unit: "%", qualifier: claim.qualifier, low: claim.low, high: claim.high, style: .chart),
                     color: colors.color(claim.subject))
        }
        let total = slices.reduce(0) { $0 + $1.value }
        var warning: String?
        if total < 99.95 {
            slices.append(PieSlice(label: "Not stated", value: 100 - total, valueText: NumberFormat.percent(100 - total),
                                   color: Color(hex: "#DDDDDD"), isRemainder: true))
        } else if total > 100.05 {
            warning = "The stated stakes add up to \(NumberFormat.percent(total)): the sources cannot all be right."
        }
        let holders = stakes.map { "\(analysis.entity($0.subject)?.shortName ?? "an unnamed holder") \(NumberFormat.value($0.value, unit: "%", qualifier: $0.qualifier))" }
        let description = "Pie chart: " + listJoined(holders) + " of \(theAsset(object))"
            + (total < 99.95 ? "; \(NumberFormat.percent(100 - total)) is not stated by the sources." : ".")
        return Chart(id: "ownership-\(slug(object))", title: "Who owns \(theAsset(object))",
                     caption: "Ownership of \(theAsset(object)), as stated by the sources.",
                     sourceLine: sourceLine(analysis, claims: stakes), description: description,
                     size: Size(480, 250), body: .pie(PieData(slices: slices, warning: warning)), theme: analysis.corpus.theme)
    }
}

private func financingChart(_ analysis: Analysis, colors: EntityColors) -> Chart? {
    let cost = analysis.claims.first { $0.type == .projectCost && $0.scope == "project" && $0.countsAsFact && $0.value != nil }
    let financing = analysis.claims.filter { $0.type == .financing && $0.scope == "project" && $0.countsAsFact }
    // No chart without one amount to draw: bars of undisclosed sums on an empty axis tell nothing
    // the ledger does not ("DFC provides an equity investment, amount not stated").
    guard cost != nil || financing.contains(where: { $0.value != nil }) else { return nil }
    let currency = cost?.unit ?? financing.first { $0.unit != nil }?.unit
    var bars: [Bar] = []
    if let cost {
        bars.append(Bar(label: "Project cost", detail: "estimated", value: cost.value,
                        valueText: NumberFormat.value(cost.value, unit: cost.unit, qualifier: cost.qualifier, low: cost.low, high: cost.high, style: .chart),
                        color: Color(hex: "#555555"), extent: extent(cost.qualifier)))
    }
    for claim in financing {
        // (Money in another currency is drawn at the amount the text restates it as, both written.)
        let restated = claim.unit == currency ? nil : claim.restatement(in: analysis.claims, unit: currency)
        guard claim.unit == currency || claim.value == nil || restated != nil else { continue }
        let name = analysis.entity(claim.subject)?.shortName ?? "Unnamed lender"
        var valueText = NumberFormat.value(claim.value, unit: claim.unit, qualifier: claim.qualifier, low: claim.low, high: claim.high, style: .chart)
        if let restated {
            valueText = NumberFormat.value(restated.value, unit: restated.unit, qualifier: claim.qualifier, style: .chart) + " (\(valueText))"
        }
        bars.append(Bar(label: name, detail: claim.instrument, value: restated?.value ?? claim.value, valueText: valueText,
                        color: colors.color(claim.subject), extent: claim.value == nil ? .undisclosed : extent(claim.qualifier)))
    }
    if let gap = analysis.metrics.first(where: { $0.name == "funding_gap" }) {
        bars.append(Bar(label: "Funding gap", detail: "cost less financing", value: max(gap.value, 0),
                        valueText: NumberFormat.value(gap.value, unit: gap.unit, qualifier: gap.qualifier, style: .chart),
                        color: Color(hex: "#D55E00"), extent: extent(gap.qualifier)))
    }
    let inputs = (cost.map { [$0] } ?? []) + financing
    var sentences: [String] = []
    if let cost { sentences.append("the project is estimated to cost \(NumberFormat.value(cost.value, unit: cost.unit, qualifier: cost.qualifier, low: cost.low, high: cost.high))") }
    for claim in financing {
        let name = analysis.entity(claim.subject)?.shortName ?? "an unnamed lender"
        // As the bottom line says it: an offer "offers", money stated as given "commits".
        let verb = claim.modality == "offered" ? "offer" : "commit"
        let offers = analysis.entity(claim.subject)?.members.isEmpty == false ? "jointly \(verb)" : verb + "s"
        sentences.append("\(name) \(offers) \(NumberFormat.value(claim.value, unit: claim.unit, qualifier: claim.qualifier, low: claim.low, high: claim.high))" + (claim.instrument.map { " (\($0))" } ?? ""))
    }
    var description = "Bar chart: " + listJoined(sentences)
    if let gap = analysis.metrics.first(where: { $0.name == "funding_gap" }) {
        description += ", leaving a gap of \(NumberFormat.value(gap.value, unit: gap.unit, qualifier: gap.qualifier).replacingFirstOccurrence(of: "over ", with: "at least "))"
    }
    description += ". Hatched bars are ceilings; arrows mark floors."
    return Chart(id: "financing", title: "Project cost and financing", caption: "Project cost against the financing on offer.",
                 sourceLine: sourceLine(analysis, claims: inputs), description: description,
                 size: Size(480, 70 + 34 * Double(bars.count) + 40), body: .bars(BarData(bars: bars, currency: currency)),
                 theme: analysis.corpus.theme)
}

private func supplyShareChart(_ analysis: Analysis, colors: EntityColors) -> Chart? {
    let claims = analysis.claims.filter { $0.type == .supplyShare && $0.scope == "project" && $0.countsAsFact && $0.value != nil }
    guard !claims.isEmpty else { return nil }
    let rows = claims.map { claim -> ShareRow in
        let share = claim.value ?? 0
        let restQualifier: Qualifier = claim.qualifier == .atLeast ? .atMost : claim.qualifier == .atMost ? .atLeast : claim.qualifier
        let sourceMarks = claim.sources.map { "[\($0.dropFirst())]" }.joined()
        return ShareRow(label: "\(claim.object ?? "supply") \(sourceMarks)", actor: analysis.entity(claim.subject)?.shortName ?? "Producer",
                        share: share,
                        shareText: NumberFormat.value(share, unit: "%", qualifier: claim.qualifier, style: .chart),
                        restText: NumberFormat.value(100 - share, unit: "%", qualifier: restQualifier, style: .chart),
                        color: colors.color(claim.subject), qualifier: claim.qualifier)
    }
    let statements = claims.map { claim in
        "\(analysis.entity(claim.subject)?.shortName ?? "one producer") has \(NumberFormat.value(claim.value, unit: "%", qualifier: claim.qualifier, low: claim.low, high: claim.high)) of \(claim.object ?? "supply") [\(claim.sources.map { String($0.dropFirst()) }.joined(separator: ", "))]"
    }
    return Chart(id: "supply-share", title: "Who supplies the market", caption: "Market shares as stated; each row is one source's statement.",
                 sourceLine: sourceLine(analysis, claims: claims),
                 description: "Stacked bars: " + listJoined(statements) + "; the rest of the world has the remainder.",
                 size: Size(480, 70 + 40 * Double(rows.count) + 30), body: .shares(ShareData(rows: rows)), theme: analysis.corpus.theme)
}

private func extent(_ qualifier: Qualifier) -> Bar.Extent {
    switch qualifier {
    case .exact: return .exact
    case .approx, .range: return .approximate
    case .atMost: return .ceiling
    case .atLeast: return .floor
    }
}


