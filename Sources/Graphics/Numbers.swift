import BriefingModel
import Foundation

/// Numbers formatted one way throughout the briefing: `$1.1 billion` in
/// prose, `$1.1B` on charts, `~80%`, `≤ $900M`, `> 80%`, thousands separators,
/// no float artefacts.
public enum NumberFormat {
    public enum Style: Sendable { case prose, chart }

    /// "$1.1 billion" (prose) or "$1.1B" (chart); other currencies by symbol or code.
    public static func money(_ value: Double, currency: String?, style: Style) -> String {
        let sign = value < 0 ? "−" : ""
        let magnitude = abs(value)
        let (scaled, proseWord, chartSuffix): (Double, String, String) =
            magnitude >= 1e12 ? (magnitude / 1e12, " trillion", "T")
            : magnitude >= 1e9 ? (magnitude / 1e9, " billion", "B")
            : magnitude >= 1e6 ? (magnitude / 1e6, " million", "M")
            : magnitude >= 1e4 && style == .chart ? (magnitude / 1e3, " thousand", "K")
            : (magnitude, "", "")
        let digits = scaled == magnitude ? grouped(magnitude, decimals: magnitude == magnitude.rounded() ? 0 : 2) : trimmed(scaled, maxDecimals: 2)
        let suffix = style == .prose ? proseWord : chartSuffix
        let symbol = currencySymbol(currency)
        if symbol.count == 3, symbol.allSatisfy(\.isUppercase) {
            return "\(sign)\(symbol) \(digits)\(suffix)"
        }
        return "\(sign)\(symbol)\(digits)\(suffix)"
    }

    public static func currencySymbol(_ code: String?) -> String {
        switch code {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        case "JPY": return "¥"
        case "INR": return "₹"
        case "AUD": return "A$"
        case "CAD": return "C$"
        case "HKD": return "HK$"
        case nil: return ""
        default: return code!
        }
    }

    /// "70%", "45.5%", "51.01%": a share written with two decimals keeps them (rounding 51.01% and
    /// 49.99% to 51% and 50% would make them add up to 101%); a computed ratio gets one ("81.8%").
    public static func percent(_ value: Double) -> String {
        let hundredths = value * 100
        let writtenWithTwoDecimals = abs(hundredths - hundredths.rounded()) < 1e-6
        return trimmed(value, maxDecimals: writtenWithTwoDecimals ? 2 : 1) + "%"
    }

    /// "9,000", "2.3 million", "1.5".
    public static func plain(_ value: Double, style: Style = .prose) -> String {
        let magnitude = abs(value)
        let sign = value < 0 ? "−" : ""
        if magnitude >= 1e9 { return sign + trimmed(magnitude / 1e9, maxDecimals: 2) + (style == .prose ? " billion" : "B") }
        if magnitude >= 1e6 { return sign + trimmed(magnitude / 1e6, maxDecimals: 2) + (style == .prose ? " million" : "M") }
        if magnitude == magnitude.rounded() { return sign + grouped(magnitude, decimals: 0) }
        return sign + trimmed(magnitude, maxDecimals: 2)
    }

    /// A figure or claim value with its unit and qualifier, ready to print.
    public static func value(_ value: Double?, unit: String?, qualifier: Qualifier, low: Double? = nil, high: Double? = nil,
                             style: Style = .prose) -> String {
        guard let value else { return "not disclosed" }
        let currency = currencyCode(in: unit)
        func bare(_ number: Double) -> String {
            if let currency, let unit {
                // "$350 per kilogram" for a price ("USD/kilogram").
                let per = unit.count > 4 ? " per " + unit.dropFirst(4) : ""
                return money(number, currency: currency, style: style) + per
            }
            switch unit {
            case "%": return percent(number)
            case "pp": return trimmed(number, maxDecimals: 2) + " pp"
            case "bp": return trimmed(number, maxDecimals: 1) + " bp"
            case nil: return plain(number, style: style)
            case "year" where number >= 1800 && number < 2200 && number == number.rounded(): return String(Int(number))
            case let unit?: return plain(number, style: style) + " " + unitLabel(unit, plural: number != 1)
            }
        }
        switch qualifier {
        case .exact: return bare(value)
        case .approx: return "~" + bare(value)
        case .atMost:
            // "within two years" reads better than "up to" for time.
            let isTime = ["year", "month", "week", "day", "hour", "decade", "quarter"].contains(unit ?? "")
            return style == .prose ? (isTime ? "within " : "up to ") + bare(high ?? value) : "≤ " + bare(high ?? value)
        case .atLeast: return style == .prose ? "over " + bare(low ?? value) : "> " + bare(low ?? value)
        case .range:
            // "$2.1–2.4 billion": one symbol and one scale word when both ends share them.
            if let currency, let unit, unit.count == 3, let lowNumber = low, let highNumber = high,
               let shared = sharedScale(lowNumber, highNumber) {
                let symbol = currencySymbol(currency)
                let spaced = symbol.count == 3 && symbol.allSatisfy(\.isUppercase) ? symbol + " " : symbol
                let word = style == .prose ? shared.proseWord : shared.chartSuffix
                return spaced + trimmed(lowNumber / shared.scale, maxDecimals: 2) + "–" + trimmed(highNumber / shared.scale, maxDecimals: 2) + word
            }
            // "$350–$680 per kilogram": a price's unit once, after the range.
            if let currency, let unit, unit.count > 4 {
                return money(low ?? value, currency: currency, style: style) + "–" + money(high ?? value, currency: currency, style: style)
                    + " per " + unit.dropFirst(4)
            }
            let lowText = bare(low ?? value)
            let highText = bare(high ?? value)
            // "30–40 years": the unit once, after the range.
            if let unit, !["%"].contains(unit), currency == nil, let lowNumber = low, let highNumber = high {
                return plain(lowNumber, style: style) + "–" + plain(highNumber, style: style) + " " + unitLabel(unit, plural: true)
            }
            return lowText + "–" + highText
        }
    }

    /// The scale both ends of a money range are written in, when it is the same (million and up).
    static func sharedScale(_ low: Double, _ high: Double) -> (scale: Double, proseWord: String, chartSuffix: String)? {
        let scales: [(Double, String, String)] = [(1e12, " trillion", "T"), (1e9, " billion", "B"), (1e6, " million", "M")]
        guard low >= 0, let lowScale = scales.first(where: { abs(low) >= $0.0 }), let highScale = scales.first(where: { abs(high) >= $0.0 }),
              lowScale.0 == highScale.0 else { return nil }
        return (lowScale.0, lowScale.1, lowScale.2)
    }

    /// The currency code a claim unit names: "USD" for "USD" and for a price in "USD/kilogram".
    public static func currencyCode(in unit: String?) -> String? {
        guard let unit else { return nil }
        let code = unit.prefix(3)
        guard code.count == 3, code.allSatisfy({ $0.isUppercase && $0.isASCII }), unit.count == 3 || unit.dropFirst(3).first == "/" else { return nil }
        return String(code)
    }

    /// Human words for a unit: "tonne/year" → "tonnes a year", "gram/tonne" → "grams per tonne".
    public static func unitLabel(_ unit: String, plural: Bool) -> String {
        let parts = unit.split(separator: "/").map(String.init)
        var base = parts[0]
        if plural {
            switch base {
            case "century": base = "centuries"
            case "foot": base = "feet"
            case "inch": base = "inches"
            default: base += "s"
            }
        }
        let periods: Set<String> = ["year", "month", "week", "day", "hour", "minute", "second"]
        for divisor in parts.dropFirst() { base += (periods.contains(divisor) ? " a " : " per ") + divisor }
        return base
    }

    /// Thousands separators: 2294668 → "2,294,668".
    public static func grouped(_ value: Double, decimals: Int) -> String {
        // Beyond what an integer holds (and what any deal states): written in powers of ten,
        // never converted (the conversion would trap).
        guard value.isFinite else { return value.isNaN ? "not a number" : value > 0 ? "infinity" : "minus infinity" }
        if abs(value) >= largestGrouped { return powerOfTen(value) }
        let rounded = decimals == 0 ? value.rounded() : value
        let integer = Int64(rounded.rounded(.towardZero))
        var digits = String(integer)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(digits, at: 0)
        var text = groups.joined(separator: ",")
        if decimals > 0 {
            let fraction = rounded - Double(integer)
            if fraction > 0 {
                let fractionText = trimmed(fraction, maxDecimals: decimals)
                text += String(fractionText.drop(while: { $0 != "." }))
            }
        }
        return text
    }

    /// Numbers this large are written as powers of ten: a thousand trillion and up.
    static let largestGrouped = 1e15

    /// "1.1 × 10^27": three significant digits and the exponent.
    static func powerOfTen(_ value: Double) -> String {
        var exponent = Int(log10(abs(value)).rounded(.down))
        var mantissa = value / pow(10, Double(exponent))
        mantissa = (mantissa * 100).rounded() / 100
        if abs(mantissa) >= 10 { mantissa /= 10; exponent += 1 }
        return trimmed(mantissa, maxDecimals: 2) + " × 10^" + String(exponent)
    }

    /// At most `maxDecimals` decimals, trailing zeros dropped: 1.10 → "1.1", 2.0 → "2".
    public static func trimmed(_ value: Double, maxDecimals: Int) -> String {
        guard value.isFinite, abs(value) < largestGrouped else { return grouped(value, decimals: 0) }
        var factor = 1.0
        for _ in 0..<maxDecimals { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        if rounded == rounded.rounded() { return grouped(rounded, decimals: 0) }
        let integerPart = rounded.rounded(.towardZero)
        var fraction = Int64(((abs(rounded - integerPart)) * factor).rounded())
        var places = maxDecimals
        while places > 0 && fraction % 10 == 0 { fraction /= 10; places -= 1 }
        var fractionText = String(fraction)
        while fractionText.count < places { fractionText = "0" + fractionText }
        let sign = rounded < 0 && integerPart == 0 ? "-" : ""
        return sign + grouped(integerPart, decimals: 0) + "." + fractionText
    }
}
