import BriefingModel
import Graphics

/// `changes.json`, schema `briefing.changes/1`: what differs from the previous
/// build, each side with its value and source sentence. Nil on a first build.
func changesDocument(_ analysis: Analysis) -> JSONValue? {
    guard let report = analysis.changes else { return nil }
    func count(_ kind: Change<SnapshotClaim>.Kind) -> JSONValue { .number(Double(report.claims.filter { $0.kind == kind }.count)) }
    func countFigures(_ kind: Change<SnapshotFigure>.Kind) -> JSONValue { .number(Double(report.figures.filter { $0.kind == kind }.count)) }
    func side(_ claim: SnapshotClaim?) -> JSONValue {
        guard let claim else { return .null }
        return .object([
            ("id", .string(claim.id)), ("value", .optional(claim.value)), ("unit", .optional(claim.unit)),
            ("qualifier", .string(claim.qualifier)), ("low", .optional(claim.low)), ("high", .optional(claim.high)),
            ("modality", .optional(claim.modality)), ("text", .string(claim.valueText)),
            ("sources", .array(claim.sources.map(JSONValue.string))), ("sentence", .string(claim.sentence)),
        ])
    }
    func figureSide(_ figure: SnapshotFigure?) -> JSONValue {
        guard let figure else { return .null }
        return .object([("id", .string(figure.id)), ("text", .string(figure.text)), ("value", .optional(figure.value))])
    }
    let claims: [JSONValue] = report.claims.map { change in
        let claim = change.new ?? change.old!
        return .object([
            ("change", .string(change.kind.rawValue)), ("type", .string(claim.type)), ("subject", .optional(claim.subject)),
            ("object", .optional(claim.object)), ("unit", .optional(claim.unit)),
            ("sources", .array(claim.sources.map(JSONValue.string))), ("old", side(change.old)), ("new", side(change.new)),
        ])
    }
    let figures: [JSONValue] = report.figures.map { change in
        let figure = change.new ?? change.old!
        return .object([
            ("change", .string(change.kind.rawValue)), ("source", .string(figure.source)), ("kind", .string(figure.kind)),
            ("unit", .optional(figure.unit)), ("context", .string(figure.context)),
            ("old", figureSide(change.old)), ("new", figureSide(change.new)),
        ])
    }
    return .object([
        ("schema", .string("briefing.changes/1")),
        ("briefing", .string(analysis.corpus.spec.name)),
        ("since", .object([("as_of", .optional(report.previousAsOf))])),
        ("matched_by", .string("claims by type, subject, object, unit and source files; figures by source file, kind, unit "
            + "and the words around them; never by position or byte offset")),
        ("summary", .object([
            ("changes", .number(Double(report.count))),
            ("claims_added", count(.added)), ("claims_removed", count(.removed)), ("claims_changed", count(.changed)),
            ("figures_added", countFigures(.added)), ("figures_removed", countFigures(.removed)),
            ("figures_changed", countFigures(.changed)),
            ("conflicts_appeared", .number(Double(report.conflictsAppeared.count))),
            ("conflicts_resolved", .number(Double(report.conflictsResolved.count))),
        ])),
        ("claims", .array(claims)),
        ("figures", .array(figures)),
        ("conflicts", .object([("appeared", .array(report.conflictsAppeared.map(JSONValue.string))),
                               ("resolved", .array(report.conflictsResolved.map(JSONValue.string)))])),
    ])
}
