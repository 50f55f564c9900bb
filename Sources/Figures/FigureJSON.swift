import BriefingModel

/// One figure as a JSON object with the fields `facts.json` uses, keys sorted,
/// so `briefing figures` and the pipeline speak the same format.
public func figureJSONLine(_ figure: RecognizedFigure, text: [UInt8]) -> String {
    var fields: [(String, String)] = [
        ("start", String(figure.range.start)),
        ("end", String(figure.range.end)),
        ("text", jsonString(String(decoding: text[figure.range.start..<figure.range.end], as: UTF8.self))),
        ("kind", jsonString(figure.kind.rawValue)),
        ("value", jsonNumber(figure.value)),
        ("qualifier", jsonString(figure.qualifier.rawValue)),
    ]
    if let unit = figure.unit { fields.append(("unit", jsonString(unit))) }
    if let currency = figure.currency { fields.append(("currency", jsonString(currency))) }
    if let low = figure.low { fields.append(("low", jsonNumber(low))) }
    if let high = figure.high { fields.append(("high", jsonNumber(high))) }
    if let iso = figure.isoDate { fields.append(("date", jsonString(iso))) }
    if let range = figure.qualifierRange {
        fields.append(("qualifier_text", jsonString(String(decoding: text[range.start..<range.end], as: UTF8.self))))
    }
    return "{" + fields.sorted { $0.0 < $1.0 }.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
}

/// JSON number without float artefacts: integers print without `.0`.
public func jsonNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
}

public func jsonString(_ string: String) -> String {
    var out = "\""
    for scalar in string.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
