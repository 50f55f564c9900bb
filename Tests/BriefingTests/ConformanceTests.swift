import BriefingModel
import Figures
import Foundation
import Testing

/// Scores the recognizer on the public test suites in `../shared/conformance`
/// with the matching rule of that folder's README: span text equal after
/// trimming and case-folding, values equal within 1e-9 relative, units equal
/// for currency, dimension and quantulum3 cases. Each expected result can be
/// met by one of our figures of the file's kind; a case passes when all its
/// expected results are met (a negative case when we find nothing of the kind).
enum Conformance {
    static let folder = Repo.shared.map { $0 + "/conformance" }
    static let ratchetPath = Repo.root + "/Tests/Conformance/ratchet.json"
    static let files = ["recognizers-number.jsonl", "recognizers-percent.jsonl", "recognizers-currency.jsonl",
                        "recognizers-dimension.jsonl", "recognizers-duration.jsonl", "recognizers-number-range.jsonl",
                        "quantulum3-quantities.jsonl", "quantulum3-quantities-ambiguity.jsonl"]

    struct Candidate {
        var text: String
        var value: Double?
        var units: [String]
        var start: Int
        /// The span with its qualifier words ("more than 4 days"), which the issue counts as the same span.
        var textWithQualifier: String? = nil
    }

    /// Our figures of the kind a file scores, as candidates.
    static func candidates(_ file: String, input: String) -> [Candidate] {
        let bytes = Array(input.utf8)
        let recognizer = FigureRecognizer()
        let figures = recognizer.recognize(bytes)
        // Recognizers-Text reports units named without a number ("the dollar") with a null value; so do our mentions.
        var mentions: [Candidate] = []
        if ["recognizers-percent.jsonl", "recognizers-currency.jsonl", "recognizers-dimension.jsonl"].contains(file) {
            let kind: FigureKind = file == "recognizers-percent.jsonl" ? .percent : file == "recognizers-currency.jsonl" ? .money : .quantity
            mentions = recognizer.unitMentions(bytes, outside: figures).filter { $0.kind == kind }.map { mention in
                Candidate(text: String(decoding: bytes[mention.range.start..<mention.range.end], as: UTF8.self), value: nil,
                          units: mention.kind == .money ? currencyNames(mention.currency) : unitNames(mention.unit),
                          start: String(decoding: bytes[0..<mention.range.start], as: UTF8.self).unicodeScalars.count)
            }
        }
        return mentions + figures.compactMap { figure -> Candidate? in
            guard var candidate = candidate(file, figure: figure, bytes: bytes) else { return nil }
            if let words = figure.qualifierRange, file != "recognizers-number-range.jsonl", figure.kind != .number || file != "recognizers-number.jsonl" {
                let span = ByteRange(min(words.start, figure.range.start), max(words.end, figure.range.end))
                candidate.textWithQualifier = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
            }
            return candidate
        }
    }

    static func candidate(_ file: String, figure: RecognizedFigure, bytes: [UInt8]) -> Candidate? {
        let text = String(decoding: bytes[figure.range.start..<figure.range.end], as: UTF8.self)
        let start = String(decoding: bytes[0..<figure.range.start], as: UTF8.self).unicodeScalars.count
        switch file {
        case "recognizers-number.jsonl":
            // The suite wants the number inside "$20" or "3 years" too: ours is the figure's number part.
            if figure.kind == .number || figure.kind == .date {
                return Candidate(text: text, value: figure.value, units: [], start: start)
            }
            // Not where a unit is written against the number ("180ml", "29km"): the suite reads no number there.
            guard let inner = figure.numberRange, figure.kind != .quantity || inner.end == bytes.count || bytes[inner.end] == 0x20 else { return nil }
            return Candidate(text: String(decoding: bytes[inner.start..<inner.end], as: UTF8.self), value: figure.numberValue,
                             units: [], start: String(decoding: bytes[0..<inner.start], as: UTF8.self).unicodeScalars.count)
        case "recognizers-percent.jsonl":
            guard figure.kind == .percent else { return nil }
            return Candidate(text: text, value: figure.value, units: [], start: start)
        case "recognizers-currency.jsonl":
            guard figure.kind == .money else { return nil }
            // The suite counts "50 cents" in cents; ours is 0.50 dollars: the same amount in the larger unit.
            let lastWord = text.lowercased().split(whereSeparator: { !$0.isLetter }).last ?? ""
            let namesMainUnit = ["$", "dollar", "£", "pound", "euro"].contains { text.lowercased().contains($0) }
            if ["cent", "cents"].contains(lastWord), !namesMainUnit {
                return Candidate(text: text, value: figure.value * 100, units: ["cent"], start: start)
            }
            if ["satoshi", "satoshis"].contains(lastWord) {
                return Candidate(text: text, value: (figure.value * 1e8).rounded(), units: ["satoshi"], start: start)
            }
            if ["pence", "penny"].contains(lastWord), !namesMainUnit {
                return Candidate(text: text, value: figure.value * 100, units: ["pence", "penny"], start: start)
            }
            return Candidate(text: text, value: figure.value, units: currencyNames(figure.currency), start: start)
        case "recognizers-dimension.jsonl":
            guard figure.kind == .quantity else { return nil }
            return Candidate(text: text, value: figure.value, units: unitNames(figure.unit), start: start)
        case "recognizers-duration.jsonl":
            guard figure.kind == .duration, let unit = figure.unit, let seconds = secondsPer[unit] else { return nil }
            return Candidate(text: text, value: figure.value * seconds, units: [], start: start)
        case "recognizers-number-range.jsonl":
            // Bounds and ranges, and numbers stated as exact ("equal to 20"): the suite's spans carry their words
            // and leave out the unit ("more than thirty" in "more than thirty years").
            guard figure.qualifier != .approx, figure.qualifier != .exact || figure.qualifierRange != nil else { return nil }
            let span = figure.qualifierRange.map { ByteRange(min($0.start, figure.range.start), max($0.end, figure.range.end)) } ?? figure.range
            var candidate = Candidate(text: String(decoding: bytes[span.start..<span.end], as: UTF8.self), value: nil, units: [], start: start)
            if let words = figure.qualifierRange, let number = figure.numberRange, words.end <= number.start {
                candidate.textWithQualifier = String(decoding: bytes[words.start..<number.end], as: UTF8.self)
            }
            return candidate
        default:
            var units = figure.kind == .money ? currencyNames(figure.currency) : unitNames(figure.unit)
            // Our prices say what they are per in `unit` ("per kilogram"); quantulum3 names them "dollar per kilogram".
            if figure.kind == .money, let per = figure.unit, per.hasPrefix("per ") { units = units.map { $0 + " " + per } }
            if figure.kind == .percent { units = ["percentage"] }
            if figure.kind == .number || figure.kind == .date { units = ["dimensionless"] }
            if figure.kind == .duration, let unit = figure.unit { units = [unit] }
            // quantulum3 gives a range the value of its middle.
            var value = figure.value
            if figure.kind == .money, ["cent", "cents"].contains(text.lowercased().split(separator: " ").last ?? "") {
                value *= 100
                units = ["cent"]
            }
            if figure.qualifier == .range, let low = figure.low, let high = figure.high { value = (low + high) / 2 }
            return Candidate(text: text, value: value, units: units, start: start)
        }
    }

    static let secondsPer: [String: Double] = [
        "second": 1, "minute": 60, "hour": 3600, "day": 86400, "night": 86400, "weekend": 172_800, "week": 604_800, "fortnight": 1_209_600,
        "month": 2_592_000, "quarter": 7_776_000, "year": 31_536_000, "decade": 315_360_000, "century": 3_153_600_000,
    ]

    static func currencyNames(_ code: String?) -> [String] {
        switch code {
        case "USD": return ["dollar", "united states dollar"]
        case "EUR": return ["euro"]
        case "GBP": return ["pound", "british pound", "pound sterling"]
        case "CNY": return ["chinese yuan", "yuan", "renminbi"]
        case "JPY": return ["japanese yen", "yen"]
        case "CAD": return ["canadian dollar"]
        case "AUD": return ["australian dollar"]
        case "HKD": return ["hong kong dollar"]
        case "CHF": return ["swiss franc", "franc"]
        case "INR": return ["indian rupee", "rupee"]
        case "KRW": return ["south korean won", "won"]
        case "RUB": return ["russian ruble", "ruble"]
        case "ESP": return ["peseta"]
        case "NLG": return ["netherlands guilder"]
        case "FIM": return ["finnish markka"]
        case "TRY": return ["turkish lira"]
        case "MXN": return ["mexican peso"]
        case "CRC": return ["costa rican colón"]
        case "GEL": return ["georgian lari"]
        case "LAK": return ["lao kip"]
        case "LKR": return ["sri lankan rupee"]
        case "BTC": return ["bitcoin"]
        case "NZD": return ["new zealand dollar"]
        case let other?: return [other.lowercased()]
        case nil: return []
        }
    }

    static func unitNames(_ unit: String?) -> [String] {
        guard let unit else { return [] }
        let table: [String: [String]] = [
            "tonne": ["metric ton", "tonne"], "ton": ["ton", "short ton"], "kilometre": ["kilometer", "kilometre"],
            "metre": ["meter", "metre"], "mile": ["mile"], "foot": ["foot"], "inch": ["inch"], "pound": ["pound", "pound-mass"],
            "kilogram": ["kilogram"], "gram": ["gram"], "gallon": ["gallon"], "litre": ["liter", "litre"],
            "centimetre": ["centimeter", "centimetre"], "millimetre": ["millimeter", "millimetre"], "ounce": ["ounce"],
            "square kilometre": ["square kilometer", "square kilometre"], "hectare": ["hectare"], "acre": ["acre"],
            "square metre": ["square meter", "square metre"], "millilitre": ["milliliter", "millilitre", "cubic centimetre"], "microgram": ["microgram"],
            "decimetre": ["decimeter", "decimetre"], "degree": ["degree", "degree angle"], "dram": ["dram"],
        ]
        if let slash = unit.firstIndex(of: "/") {
            let divisors = unit[unit.index(after: slash)...].replacingOccurrences(of: "/", with: " per ")
            return unitNames(String(unit[..<slash])).map { $0 + " per " + divisors }
        }
        return table[unit] ?? [unit]
    }

    struct Score {
        var cases = 0
        var passed = 0
        /// One line per failed case: its input, what was expected and what we found.
        var failures: [String] = []
    }

    static func normalized(_ unit: String) -> String {
        unit.lowercased().replacingOccurrences(of: "meter", with: "metre").replacingOccurrences(of: "liter", with: "litre")
    }

    static func expectedValue(_ result: [String: Any], file: String) -> Double? {
        if file.hasPrefix("quantulum3") { return (result["value"] as? NSNumber)?.doubleValue }
        guard let resolution = result["resolution"] as? [String: Any] else { return nil }
        if file == "recognizers-duration.jsonl" {
            if let future = resolution["FutureResolution"] as? [String: Any], let text = future["duration"] as? String { return Double(text) }
            if let values = resolution["values"] as? [[String: Any]], let text = values.first?["value"] as? String { return Double(text) }
            return nil
        }
        guard let text = resolution["value"] as? String else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: ""))
    }

    static func score(_ file: String, in folder: String) throws -> Score {
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        var score = Score()
        for line in text.split(separator: "\n") where !line.isEmpty {
            guard let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let input = row["input"] as? String, let results = row["results"] as? [[String: Any]] else { continue }
            var expected = results
            if file == "recognizers-duration.jsonl" {
                expected = results.filter { ["duration", "datetimeV2.duration"].contains($0["typeName"] as? String) }
            }
            score.cases += 1
            var available = candidates(file, input: input)
            var allMet = true
            for result in expected {
                let wanted = (result["text"] as? String ?? "").trimmingCharacters(in: .whitespaces).lowercased()
                let value = expectedValue(result, file: file)
                let unit: String? = file.hasPrefix("quantulum3") ? result["unit"] as? String
                    : ["recognizers-currency.jsonl", "recognizers-dimension.jsonl"].contains(file)
                        ? (result["resolution"] as? [String: Any])?["unit"] as? String : nil
                let start = result["start"] as? Int
                let order = available.indices.sorted { a, b in (available[a].start == start ? 0 : 1) < (available[b].start == start ? 0 : 1) }
                let match = order.first { index in
                    let candidate = available[index]
                    let spans = [candidate.text, candidate.textWithQualifier].compactMap { $0?.trimmingCharacters(in: .whitespaces).lowercased() }
                    guard spans.contains(wanted) else { return false }
                    if file != "recognizers-number-range.jsonl" {
                        if let value {
                            guard let got = candidate.value, abs(got - value) <= max(1e-9 * abs(value), 1e-12) else { return false }
                        }
                    }
                    if let unit, !unit.isEmpty {
                        return candidate.units.contains { normalized($0) == normalized(unit) }
                    }
                    return true
                }
                if let match { available.remove(at: match) } else { allMet = false }
            }
            if expected.isEmpty { allMet = candidates(file, input: input).isEmpty }
            if allMet {
                score.passed += 1
            } else {
                let wanted = expected.map { "\($0["text"] ?? "")=\(expectedValue($0, file: file).map { "\($0)" } ?? "nil")" }
                let found = candidates(file, input: input).map { "\($0.text)=\($0.value.map { "\($0)" } ?? "nil")\($0.units.first.map { " " + $0 } ?? "")" }
                score.failures.append("\(row["id"] ?? "?"): \(input)\n    want \(wanted)\n    got  \(found)")
            }
        }
        return score
    }
}

@Suite("Conformance (../shared/conformance)")
struct ConformanceTests {
    @Test("pass rates never fall below the ratchet", .enabled(if: Conformance.folder != nil, "../shared/conformance is absent: conformance skipped"))
    func ratchet() throws {
        let folder = try #require(Conformance.folder)
        let ratchetData = FileManager.default.contents(atPath: Conformance.ratchetPath) ?? Data("{}".utf8)
        var ratchet = (try JSONSerialization.jsonObject(with: ratchetData) as? [String: Int]) ?? [:]
        var report = "conformance pass rates (cases passed / cases):\n"
        for file in Conformance.files {
            let score = try Conformance.score(file, in: folder)
            let rate = score.cases == 0 ? 0 : Double(score.passed) / Double(score.cases) * 100
            report += "  \(file.padding(toLength: 40, withPad: " ", startingAt: 0)) \(score.passed)/\(score.cases) = \(String(format: "%.1f", rate))%"
            report += "  (ratchet \(ratchet[file] ?? 0))\n"
            // BRIEFING_CONFORMANCE_FAILURES=<file prefix> lists that file's failed cases, for whoever works on the recognizer.
            if let prefix = ProcessInfo.processInfo.environment["BRIEFING_CONFORMANCE_FAILURES"], file.hasPrefix(prefix) {
                print(score.failures.joined(separator: "\n"))
            }
            #expect(score.passed >= ratchet[file] ?? 0, "\(file): \(score.passed) passed, below the ratchet of \(ratchet[file] ?? 0)")
            if ProcessInfo.processInfo.environment["BRIEFING_RATCHET_UPDATE"] == "1" {
                ratchet[file] = max(ratchet[file] ?? 0, score.passed)
            }
        }
        print(report)
        if ProcessInfo.processInfo.environment["BRIEFING_RATCHET_UPDATE"] == "1" {
            let data = try JSONSerialization.data(withJSONObject: ratchet, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: URL(fileURLWithPath: Conformance.ratchetPath))
        }
    }
}
