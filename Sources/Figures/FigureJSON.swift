import BriefingModel

/// One recognised figure with the fields `facts.json` uses for figures, so
/// `briefing figures` and the pipeline speak the same format.
public func figureJSON(_ figure: RecognizedFigure, text: [UInt8]) -> JSONValue {
    var fields: [(String, JSONValue)] = [
        ("start", .number(Double(figure.range.start))),
        ("end", .number(Double(figure.range.end))),
        ("text", .string(String(decoding: text[figure.range.start..<figure.range.end], as: UTF8.self))),
        ("kind", .string(figure.kind.rawValue)),
        ("value", .number(figure.value)),
        ("unit", .optional(figure.unit)),
        ("currency", .optional(figure.currency)),
        ("qualifier", .string(figure.qualifier.rawValue)),
        ("low", .optional(figure.low)),
        ("high", .optional(figure.high)),
    ]
    if let iso = figure.isoDate { fields.append(("date", .string(iso))) }
    if let range = figure.qualifierRange {
        fields.append(("qualifier_text", .string(String(decoding: text[range.start..<range.end], as: UTF8.self))))
    }
    return .object(fields)
}
