import BriefingModel

/// `facts.json`, schema `briefing.facts/1`: every source, figure, entity,
/// claim, metric and conflict, each figure traceable to its bytes. Figures and
/// claims are printed one at a time (an article may hold hundreds of thousands).
public func factsText(_ analysis: Analysis) -> String {
    String(decoding: factsBytes(analysis), as: UTF8.self)
}

/// facts.json as the bytes written to disk.
public func factsBytes(_ analysis: Analysis) -> [UInt8] {
    let spec = analysis.corpus.spec
    let sources: [JSONValue] = analysis.corpus.sources.map { source in
        .object([
            ("id", .string(source.id)),
            ("path", .string(source.path)),
            ("sha256", .string(source.sha256)),
            ("bytes", .number(Double(source.byteCount))),
            ("encoding", .string(source.encoding)),
            ("title", .optional(source.title)),
            ("date", .optional(source.date)),
            ("byline", .optional(source.byline)),
            ("outlet", .optional(source.outlet)),
        ])
    }
    func figureJSON(_ figure: Figure) -> JSONValue {
        let source = analysis.source(figure.sourceID)
        let original = source?.originalRange(figure.range) ?? figure.range
        var fields: [(String, JSONValue)] = [("id", .string(figure.id)), ("source", .string(figure.sourceID))]
        fields += figureFields(start: original.start, end: original.end, text: figure.text, kind: figure.kind, value: figure.value,
                               unit: figure.unit, currency: figure.currency, qualifier: figure.qualifier, low: figure.low, high: figure.high)
        fields.append(("sentence", .optional(figure.sentenceID)))
        // The words around the figure, which match it across builds (changes.json).
        fields.append(("context", .string(source?.context(of: figure.range, sentenceID: figure.sentenceID) ?? "")))
        if let qualifierText = figure.qualifierText { fields.append(("qualifier_text", .string(qualifierText))) }
        if let date = figure.isoDate { fields.append(("date", .string(date))) }
        return .object(fields)
    }
    let entities: [JSONValue] = analysis.entities.map { entity in
        var fields: [(String, JSONValue)] = [
            ("id", .string(entity.id)),
            ("name", .string(entity.name)),
            ("kind", .string(entity.kind.rawValue)),
            ("aliases", .array(entity.aliases.map(JSONValue.string))),
        ]
        if !entity.members.isEmpty { fields.append(("members", .array(entity.members.map(JSONValue.string)))) }
        return .object(fields)
    }
    let metrics: [JSONValue] = analysis.metrics.map { metric in
        .object([
            ("name", .string(metric.name)),
            ("object", .optional(metric.object)),
            ("value", .number(roundedForJSON(metric.value))),
            ("unit", .string(metric.unit)),
            ("qualifier", .string(metric.qualifier.rawValue)),
            ("inputs", .array(metric.inputs.map(JSONValue.string))),
            ("note", .string(metric.note)),
        ])
    }
    let conflicts: [JSONValue] = analysis.conflicts.map { conflict in
        .object([("claims", .array(conflict.claims.map(JSONValue.string))), ("note", .string(conflict.note))])
    }
    let checks: [JSONValue] = analysis.failedChecks.map { failure in
        .object([("message", .string(failure.message)), ("claims", .array(failure.claims.map(JSONValue.string)))])
    }
    return JSONValue.renderedObjectBytes([
        ("schema", .value(.string("briefing.facts/1"))),
        ("briefing", .value(.object([
            ("name", .string(spec.name)),
            ("title", .string(spec.title)),
            ("as_of", .optional(spec.asOf)),
        ]))),
        ("sources", .value(.array(sources))),
        ("figures", .elements(analysis.figures.count) { figureJSON(analysis.figures[$0]) }),
        ("entities", .value(.array(entities))),
        ("claims", .elements(analysis.claims.count) { claimJSON(analysis.claims[$0], in: analysis) }),
        ("metrics", .value(.array(metrics))),
        ("conflicts", .value(.array(conflicts))),
        ("failed_checks", .value(.array(checks))),
    ])
}

/// Derived values keep six significant decimals: 81.818181… → 81.818182.
func roundedForJSON(_ value: Double) -> Double {
    (value * 1_000_000).rounded() / 1_000_000
}

/// One claim as facts.json and `briefing claims` write it: its value and source
/// sentences, and why it was read so (the frame and the words of each role).
public func claimJSON(_ claim: Claim, in analysis: Analysis) -> JSONValue {
    var fields: [(String, JSONValue)] = [
        ("id", .string(claim.id)),
        ("type", .string(claim.type.rawValue)),
        ("scope", .string(claim.scope)),
        ("subject", .optional(claim.subject)),
        ("subject_name", .optional(analysis.entity(claim.subject)?.name)),
        ("object", .optional(claim.object)),
        ("instrument", .optional(claim.instrument)),
        ("value", .optional(claim.value)),
        ("unit", .optional(claim.unit)),
        ("qualifier", .string(claim.qualifier.rawValue)),
        ("low", .optional(claim.low)),
        ("high", .optional(claim.high)),
    ]
    if let modality = claim.modality { fields.append(("modality", .string(modality))) }
    if let recipient = claim.recipient {
        fields.append(("recipient", .string(recipient)))
        fields.append(("recipient_name", .optional(analysis.entity(recipient)?.name)))
    }
    if let reading = claim.reading {
        fields.append(("reading", .object([
            ("frame", .string(reading.frame)),
            ("predicate", .string(reading.predicate)),
            ("roles", .object(reading.roles.map { ($0.role, JSONValue.string($0.words)) })),
        ])))
    }
    fields += [
        ("figures", .array(claim.figures.map(JSONValue.string))),
        ("sources", .array(claim.sources.map(JSONValue.string))),
        ("sentence", .string(claim.sentences.first ?? "")),
        ("sentences", .array(claim.sentences.map(JSONValue.string))),
    ]
    return .object(fields)
}
