import BriefingModel

/// One recognised figure with the fields `facts.json` uses for figures, so
/// `briefing figures` and the pipeline speak the same format.
public func figureJSON(_ figure: RecognizedFigure, text: [UInt8]) -> JSONValue {
    var fields = figureFields(
        start: figure.range.start, end: figure.range.end,
        text: String(decoding: text[figure.range.start..<figure.range.end], as: UTF8.self), kind: figure.kind,
        value: figure.value, unit: figure.unit, currency: figure.currency, qualifier: figure.qualifier,
        low: figure.low, high: figure.high)
    if let iso = figure.isoDate { fields.append(("date", .string(iso))) }
    if let range = figure.qualifierRange {
        fields.append(("qualifier_text", .string(String(decoding: text[range.start..<range.end], as: UTF8.self))))
    }
    return .object(fields)
}

/// A unit named without a number, in the same shape with a null value and `"mention": true`.
public func mentionJSON(_ mention: UnitMention, text: [UInt8]) -> JSONValue {
    .object([
        ("start", .number(Double(mention.range.start))),
        ("end", .number(Double(mention.range.end))),
        ("text", .string(String(decoding: text[mention.range.start..<mention.range.end], as: UTF8.self))),
        ("kind", .string(mention.kind.rawValue)),
        ("value", .null),
        ("unit", .optional(mention.unit)),
        ("currency", .optional(mention.currency)),
        ("mention", .bool(true)),
    ])
}
