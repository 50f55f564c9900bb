import BriefingModel
import Graphics

/// Bullets of the "Changes since the previous build" section: the claims that
/// changed, came or went, then a line for figures and conflicts. A first build
/// (no previous facts) has no section.
public func changeItems(_ report: ChangeReport, limit: Int = 10) -> [String] {
    guard !report.isEmpty else {
        return ["No change in figures, claims or conflicts since the previous build."]
    }
    var items: [String] = report.claims.prefix(limit).map { change in
        let claim = change.new ?? change.old!
        let label = ["changed": "Changed", "added": "New", "removed": "Gone"][change.kind.rawValue]!
        let reference = change.new.map { " <i>(claim \($0.id))</i>" }
            ?? " <i>(was in \(markupEscaped(claim.sources.map(fileName).joined(separator: ", "))))</i>"
        return "<b>\(label):</b> \(markupEscaped(claim.topic)): \(markupEscaped(change.valueSummary))" + reference
    }
    if report.claims.count > limit {
        items.append("… and \(report.claims.count - limit) more claim changes, listed in changes.json.")
    }
    var tally: [String] = []
    if report.claims.isEmpty { tally.append("no claim changed") }
    let figureCounts = [Change<SnapshotFigure>.Kind.changed, .added, .removed].compactMap { kind -> String? in
        let count = report.figures.filter { $0.kind == kind }.count
        guard count > 0 else { return nil }
        return "\(count) \(["changed": "changed", "added": "new", "removed": "gone"][kind.rawValue]!)"
    }
    tally.append(figureCounts.isEmpty ? "no figure changed" : "figures: " + figureCounts.joined(separator: ", "))
    if !report.conflictsAppeared.isEmpty {
        tally.append("new conflicts: " + report.conflictsAppeared.map(markupEscaped).joined(separator: "; "))
    }
    if !report.conflictsResolved.isEmpty {
        tally.append("resolved: " + report.conflictsResolved.map(markupEscaped).joined(separator: "; "))
    }
    items.append(tally.joined(separator: "; ").capitalizedFirst + ".")
    return items
}

func addChanges(_ analysis: Analysis, flow: inout PageFlow, styles: Styles) {
    guard let report = analysis.changes else { return }
    let title = "Changes since the previous build" + (report.previousAsOf.map { " (as of \(longDate($0)))" } ?? "")
    addBulletSection(title, id: "changes", items: changeItems(report), flow: &flow, styles: styles)
    flow.advance(4)
}

/// How the ledger marks a claim that is new or changed since the previous build.
func ledgerMark(_ claim: Claim, in analysis: Analysis) -> String? {
    guard let change = analysis.changes?.change(ofClaim: claim.id) else { return nil }
    return change.kind == .added ? "new since the last build" : "changed since the last build, was " + (change.old?.valueText ?? "?")
}

private func fileName(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
