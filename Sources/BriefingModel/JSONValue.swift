/// A JSON document built in code and printed deterministically: keys in the
/// order given, numbers without float artefacts (`1100000000`, not `1.1e9`).
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    /// Shorthand for optional values: `nil` becomes `null`.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// Pretty-printed with two-space indents and a final newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        out += "\n"
        return out
    }

    /// A pretty-printed top-level object whose long arrays are made one element
    /// at a time, so a document of a million figures never exists whole as a
    /// tree. Prints exactly what `.object(…).rendered()` would.
    public static func renderedObject(_ fields: [(String, Field)]) -> String {
        String(decoding: renderedObjectBytes(fields), as: UTF8.self)
    }

    /// `renderedObject` as UTF-8 bytes, built straight into the array a file is
    /// written from: a 100 MB facts.json is not held twice, as text and as bytes.
    public static func renderedObjectBytes(_ fields: [(String, Field)]) -> [UInt8] {
        guard !fields.isEmpty else { return Array("{}\n".utf8) }
        var out: [UInt8] = Array("{\n".utf8)
        func append(_ value: JSONValue, indent: Int) {
            var text = ""
            value.write(into: &text, indent: indent)
            out.append(contentsOf: text.utf8)
        }
        for (index, (key, field)) in fields.enumerated() {
            out.append(contentsOf: ("  " + quote(key) + ": ").utf8)
            switch field {
            case .value(let value):
                append(value, indent: 1)
            case .elements(let count, let element):
                if count == 0 {
                    out.append(contentsOf: "[]".utf8)
                } else {
                    out.append(contentsOf: "[\n".utf8)
                    for item in 0..<count {
                        out.append(contentsOf: "    ".utf8)
                        append(element(item), indent: 2)
                        out.append(contentsOf: (item + 1 < count ? ",\n" : "\n").utf8)
                    }
                    out.append(contentsOf: "  ]".utf8)
                }
            }
            out.append(contentsOf: (index + 1 < fields.count ? ",\n" : "\n").utf8)
        }
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// A field of `renderedObject`: a value, or an array given by its length and a way to make each element.
    public enum Field {
        case value(JSONValue)
        case elements(Int, (Int) -> JSONValue)
    }

    /// On one line, for JSON Lines.
    public func compact() -> String {
        switch self {
        case .array(let items): return "[" + items.map { $0.compact() }.joined(separator: ",") + "]"
        case .object(let fields): return "{" + fields.map { JSONValue.quote($0.0) + ":" + $0.1.compact() }.joined(separator: ",") + "}"
        default:
            var out = ""
            write(into: &out, indent: 0)
            return out
        }
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closePad = String(repeating: "  ", count: indent)
        switch self {
        case .string(let value): out += JSONValue.quote(value)
        case .number(let value): out += JSONValue.format(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += closePad + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, field) in fields.enumerated() {
                out += pad + JSONValue.quote(field.0) + ": "
                field.1.write(into: &out, indent: indent + 1)
                out += index + 1 < fields.count ? ",\n" : "\n"
            }
            out += closePad + "}"
        }
    }

    /// Integers print as integers; other values with the shortest exact form.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9e15 { return String(Int64(value)) }
        return "\(value)"
    }

    public static func quote(_ string: String) -> String {
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
}

/// The fields every figure has in JSON (`facts.json` and `briefing figures`),
/// in one order: offsets, text, kind, value, unit or currency, qualifier, bounds.
public func figureFields(start: Int, end: Int, text: String, kind: FigureKind, value: Double, unit: String?, currency: String?,
                         qualifier: Qualifier, low: Double?, high: Double?) -> [(String, JSONValue)] {
    [
        ("start", .number(Double(start))),
        ("end", .number(Double(end))),
        ("text", .string(text)),
        ("kind", .string(kind.rawValue)),
        ("value", .number(value)),
        ("unit", .optional(unit)),
        ("currency", .optional(currency)),
        ("qualifier", .string(qualifier.rawValue)),
        ("low", .optional(low)),
        ("high", .optional(high)),
    ]
}
