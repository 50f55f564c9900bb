import BriefingModel
@testable import Figures
import Testing

/// Recognises figures in a string and returns them with their text.
func figures(_ text: String) -> [(text: String, figure: RecognizedFigure)] {
    let bytes = Array(text.utf8)
    return FigureRecognizer().recognize(bytes).map { (String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self), $0) }
}

func only(_ text: String) -> RecognizedFigure? {
    let found = figures(text)
    return found.count == 1 ? found[0].figure : nil
}

@Suite("Figure recognition")
struct FigureTests {
    @Test("money with scale words and currencies", arguments: [
        ("$1.1 billion", 1_100_000_000.0, "USD"), ("USD $750 million", 750_000_000, "USD"), ("US$2.4Bn", 2_400_000_000, "USD"),
        ("A$350 million", 350_000_000, "AUD"), ("12.5 billion tenge", 12_500_000_000, "KZT"), ("€48.2mn", 48_200_000, "EUR"),
        ("$ 75 million", 75_000_000, "USD"), ("hk $ 10.05 billion", 10_050_000_000, "HKD"), ("£3m", 3_000_000, "GBP"),
        ("20 million pounds", 20_000_000, "GBP"), ("5 million Australian dollars", 5_000_000, "AUD"),
        ("30 MUSD", 30_000_000, "USD"), ("MAUD 60", 60_000_000, "AUD"), ("17 USD 25", 17.25, "USD"), ("100元", 100, "CNY"),
        ("6.25 BTC", 6.25, "BTC"), ("a 12-cent dividend", 0.12, "USD"), ("2 satoshis", 0.000_000_02, "BTC"),
    ])
    func money(text: String, value: Double, currency: String) throws {
        let figure = try #require(only("It was \(text) in all."))
        #expect(figure.kind == .money)
        #expect(figure.value == value)
        #expect(figure.currency == currency)
    }

    @Test("percentages", arguments: [("70%", 70.0, "%"), ("70 percent", 70, "%"), ("12 per cent", 12, "%"),
                                     ("3 percentage points", 3, "pp"), ("-5%", -5, "%"), ("45.5%", 45.5, "%")])
    func percent(text: String, value: Double, unit: String) throws {
        let figure = try #require(only("A move of \(text) was seen."))
        #expect(figure.kind == .percent)
        #expect(figure.value == value)
        #expect(figure.unit == unit)
    }

    @Test("spelled-out numbers and fractions", arguments: [
        ("two years", 2.0, FigureKind.duration), ("three and a half years", 3.5, .duration), ("3-1/2 years", 3.5, .duration),
        ("a quarter million", 250_000, .number), ("twenty-five", 25, .number), ("half a billion dollars", 500_000_000, .money),
    ])
    func spelled(text: String, value: Double, kind: FigureKind) throws {
        let figure = try #require(only("They said \(text) then."))
        #expect(figure.value == value)
        #expect(figure.kind == kind)
    }

    static let spelledCases: [(String, Double)] = [
        ("two thirds", 2.0 / 3), ("one hundred thirty fifths", 100.0 / 35), ("one hundred and thirty fifths", 26),
        ("twenty and three fifths", 20.6), ("six million and two thirds", 6_000_000 + 2_000_000.0 / 3),
        ("one billion and a half million", 1_000_500_000), ("two thirds of a million", 2_000_000.0 / 3),
        ("ninety - five hundred fifths", 1900), ("two hundred point zero three", 200.03), ("nine point nought four", 9.04),
        ("4 thousand 3 hundred and 21", 4321), ("three hundred and two dozens", 324), ("one-eighth", 0.125),
        ("one over three", 1.0 / 3), ("two out of five hundred", 0.004), ("1.3x10^6", 1_300_000), ("2.5^-1", 0.4),
        (".08", 0.08), ("40\u{202F}000", 40_000), ("10M", 10_000_000), ("3 dozens", 36), ("⅙", 1.0 / 6),
    ]

    @Test("fractions, decimals read out and digits inside spelled numbers", arguments: spelledCases)
    func fractions(text: String, value: Double) throws {
        let figure = try #require(only("They said \(text)."))
        #expect(abs(figure.value - value) < 1e-9 * max(1, abs(value)))
        #expect(figure.kind == .number)
    }

    @Test("an ordinal before a noun is no fraction, and 'at one point' is no decimal")
    func ordinalsAreNotFractions() {
        #expect(figures("She won a third term and a fifth straight title.").isEmpty)
        #expect(figures("At one point two of the directors left.").map(\.text) == ["two"])
        #expect(figures("between two hundred and three hundred").map(\.figure.high) == [300])
        #expect(figures("I want to earn $2000 over 3 years, one in 2024.").map(\.text) == ["$2000", "3 years", "2024"])
        #expect(figures("At 2 pm, 10 a.m. or 1/0, number 2 in the world").map(\.text) == ["2"])
        #expect(figures("Shares were up 3.5 percent at 1430 GMT.").map(\.text) == ["3.5 percent"])
        #expect(figures("They were given 45 and 50 mg, in 2024 and 5 tonnes.").map(\.figure.unit) == ["milligram", "milligram", nil, "tonne"])
        #expect(figures("3D printing and 5G networks").isEmpty)
        // "a year" after a quantity is its rate, not a duration of its own.
        #expect(figures("It will produce 150,000 tonnes of copper a year.").map(\.text) == ["150,000 tonnes"])
        #expect(figures("write 5,00 or 1,3, but nrs. 22,24,26,31").map(\.figure.value) == [5, 1.3, 22, 24, 26, 31])
        #expect(figures("they were playing three-nought-four").map(\.figure.value) == [3, 0, 4])
        let half = figures("more than half of the output")
        #expect(half.map(\.figure.value) == [0.5])
        #expect(half.map(\.figure.qualifier) == [.atLeast])
        #expect(figures("between twenty and forty").map(\.figure.high) == [40])
        let fiscal = figures("Output fell in 2013-14.")
        #expect(fiscal.map(\.text) == ["2013-14"])
        #expect(fiscal.map(\.figure.isoDate) == ["2013/2014"])
    }

    @Test("a percentage named before its number, and a percentage then a tonnage are two figures")
    func percentFirstAndMixedRanges() {
        #expect(figures("per cent of twenty-two").map(\.figure.value) == [22])
        #expect(figures("per cent of twenty-two").map(\.figure.kind) == [.percent])
        #expect(figures("70 percent of 30 companies").map(\.text) == ["70 percent", "30"])
        let found = figures("capacity rose by 25 % to 34,500 metric tons a year")
        #expect(found.map(\.text) == ["25 %", "34,500 metric tons a year"])
    }

    @Test("an amount right after another is its own figure, not the cents of the first")
    func amountsInARow() {
        #expect(figures("50 dollar 40 rmb").map(\.figure.currency) == ["USD", "CNY"])
        #expect(figures("country music ' s $ 500 million man").map(\.figure.currency) == ["USD"])
    }

    @Test("durations with articles, halves and quarters, and parts joined by 'and'", arguments: [
        ("an hour", 1.0, "hour"), ("a couple of days", 2, "day"), ("an hour and half", 1.5, "hour"),
        ("one year and a quarter", 1.25, "year"), ("1 hour and 30 minutes", 90, "minute"), ("two nights", 2, "night"),
        ("twenty and four hours", 24, "hour"), ("a 10Y tenor", 10, "year"),
    ])
    func durations(text: String, value: Double, unit: String) throws {
        let figure = try #require(only("I'll leave for \(text)."))
        #expect(figure.kind == .duration)
        #expect(figure.value == value)
        #expect(figure.unit == unit)
    }

    @Test("quantities with units", arguments: [
        ("2.3 million tonnes", 2_300_000.0, "tonne"), ("8,000 tpa", 8000, "tonne/year"),
        ("6,500 metric tonnes per annum", 6500, "tonne/year"), ("250kt", 250_000, "tonne"), ("9,000 t", 9000, "tonne"),
        ("150,000 tonnes of copper a year", 150_000, "tonne"), ("16,000 metric tons", 16_000, "tonne"),
        ("2.3m tonnes", 2_300_000, "tonne"), ("1.8m tall", 1.8, "metre"), ("20 (kg)", 20, "kilogram"), ("120 μg", 120, "microgram"),
        ("800 degrees Celsius", 800, "degree Celsius"), ("-18 °C", -18, "degree Celsius"), ("4km^2", 4, "square kilometre"),
        ("4 km cubed", 4, "cubic kilometre"), ("2 1/2 in thick", 2.5, "inch"), ("25 pounds", 25, "pound"),
        ("9.83e-3 +/- 1e-5 km/s2", 0.00983, "kilometre/square second"), ("66 Ma ago", 66, "megayear"), ("5 fb−1 of data", 5, "inverse femtobarn"),
    ])
    func quantities(text: String, value: Double, unit: String) throws {
        let figure = try #require(figures("Output of \(text) is planned.").first?.figure)
        #expect(figure.kind == .quantity)
        #expect(figure.value == value)
        #expect(figure.unit == unit)
    }

    @Test("qualifiers", arguments: [
        ("some 80%", Qualifier.approx), ("about $5 million", .approx), ("approximately $1.1 billion", .approx),
        ("estimated at $2 billion", .approx), ("nearly 40%", .approx), ("over 80%", .atLeast), ("more than 60%", .atLeast),
        ("at least 2 million tons", .atLeast), ("up to $900 million", .atMost), ("as much as $3 billion", .atMost),
        ("below 5%", .atMost), ("within two years", .atMost), ("~70%", .approx), ("∼70%", .approx), ("≈ 70%", .approx),
    ])
    func qualifiers(text: String, qualifier: Qualifier) throws {
        let figure = try #require(only("It is \(text) now."))
        #expect(figure.qualifier == qualifier)
        #expect(figure.qualifierRange != nil)
        if qualifier == .atMost { #expect(figure.high == figure.value) }
        if qualifier == .atLeast { #expect(figure.low == figure.value) }
    }

    @Test("ranges", arguments: [
        ("30 to 40 years", 30.0, 40.0, "year" as String?), ("$2.1-2.4bn", 2_100_000_000, 2_400_000_000, nil),
        ("between 5 and 7 percent", 5, 7, "%"), ("a 10- to 15-year loan", 10, 15, "year"),
        ("temperatures ranged from -18 °C to -34 °C", -34, -18, "degree Celsius"),
    ])
    func ranges(text: String, low: Double, high: Double, unit: String?) throws {
        let figure = try #require(only("Expect \(text) here."))
        #expect(figure.qualifier == .range)
        #expect(figure.low == low)
        #expect(figure.high == high)
        if let unit { #expect(figure.unit == unit) }
    }

    @Test("identifiers are not figures", arguments: [
        "DNB Bank AC # 0530 2294668", "Account for international payments: NO15 0530 2294 668", "Vipps: #557320",
        "a C5+1 business conference", "call 555-123-4567 today", "at 10:30 local time", "see 10/22/2025",
        "call +7 727 123 4567 now", "IBAN DE89 3704 0044 0532 0130 00", "https://example.com/a?id=30%25",
        "1. The deal was signed", "2) The second point",
    ])
    func identifiers(text: String) {
        #expect(figures(text).isEmpty, "found \(figures(text).map(\.text)) in \(text)")
    }

    @Test("years are dates and dates are one figure")
    func dates() throws {
        let year = try #require(only("No production since 2015."))
        #expect(year.kind == .date)
        #expect(year.value == 2015)
        let full = try #require(only("Wednesday, October 22, 2025"))
        #expect(full.kind == .date)
        #expect(full.isoDate == "2025-10-22")
        #expect(figures("on October 22 they met").isEmpty)
    }

    @Test("thousands grouped by spaces and scientific notation are one number")
    func groupedAndScientific() throws {
        #expect(only("China has 1 414 021 100 people.")?.value == 1_414_021_100)
        #expect(only("It is 1.3e6 here.")?.value == 1_300_000)
        #expect(only("It is -12e-1 here.")?.value == -1.2)
    }

    @Test("'one of' is a word, and two units in a row are two figures")
    func words() {
        #expect(figures("one of the world's largest deposits").isEmpty)
        let found = figures("Shares rose 12% to $4.35 a share.")
        #expect(found.map(\.text) == ["12%", "$4.35"])
        #expect(found.map(\.figure.kind) == [.percent, .money])
    }

    @Test("every figure of the seeds matches its bytes, and none is page noise")
    func seeds() {
        for prefix in ["000", "001"] {
            let bytes = Repo.seed(prefix)
            for figure in FigureRecognizer().recognize(bytes) {
                let text = String(decoding: bytes[figure.range.start..<figure.range.end], as: UTF8.self)
                #expect(!["0530 2294668", "2294668", "557320", "0530", "NO15 0530 2294 668"].contains(text))
            }
        }
        let texts = FigureRecognizer().recognize(Repo.seed("001")).map { figure in
            String(decoding: Repo.seed("001")[figure.range.start..<figure.range.end], as: UTF8.self)
        }
        #expect(texts.contains("70%"))
        #expect(texts.contains("$1.1 billion"))
        #expect(texts.contains("$900 million"))
    }

    @Test("JSON lines have the facts.json figure fields")
    func json() {
        let text = Array("Up to $900 million.".utf8)
        let line = figureJSON(FigureRecognizer().recognize(text)[0], text: text).compact()
        #expect(line.contains("\"start\":6"))
        #expect(line.contains("\"end\":18"))
        #expect(line.contains("\"value\":900000000"))
        #expect(line.contains("\"qualifier\":\"at_most\""))
        #expect(line.contains("\"currency\":\"USD\""))
    }

    /// The unit words `unitMentions` finds in `text`, with their kinds.
    static func mentions(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let recognizer = FigureRecognizer()
        return recognizer.unitMentions(bytes, outside: recognizer.recognize(bytes)).map {
            String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self) + ":" + $0.kind.rawValue
        }
    }

    @Test("units named without a number are mentions, never figures")
    func unitMentions() {
        #expect(FigureTests.mentions("Only a small percent attain the top ranks") == ["percent:percent"])
        #expect(FigureTests.mentions("The table shows the % of increase") == ["%:percent"])
        #expect(FigureTests.mentions("The dollar rose against the yen and RMB.") == ["dollar:money", "yen:money", "RMB:money"])
        #expect(FigureTests.mentions("A metric ton is equal to 2,204.62 pounds; the symbol is mcg.") == ["metric ton:quantity", "mcg:quantity"])
        // Units inside figures, web addresses, and words that are usually something else are not mentions.
        #expect(FigureTests.mentions("It rose 5 percent to $20 and 3 tonnes.").isEmpty)
        #expect(FigureTests.mentions("See https://example.com/q?x=30%25%20y or 100%28.").isEmpty)
        #expect(FigureTests.mentions("He won on foot, by a degree, in the yard; I'm a man. Send a DM.").isEmpty)
        // The recognizer itself never turns a mention into a figure.
        #expect(figures("Only a small percent of the dollar deals closed.").isEmpty)
    }

    @Test("prices say what they are per; 'a year earlier' is a point in time, not a rate", arguments: [
        ("$15.4/hour", 15.4, "per hour"), ("$350 per kg", 350, "per kilogram"), ("$80 a barrel", 80, "per barrel"),
        ("$5 million a year", 5_000_000, "per year"), ("US$600/t", 600, "per tonne"),
    ])
    func prices(text: String, value: Double, unit: String) throws {
        let figure = try #require(only("They paid \(text) then."))
        #expect(figure.kind == .money)
        #expect(figure.value == value)
        #expect(figure.unit == unit)
    }

    @Test("a price range keeps its unit, and a year earlier is no rate")
    func priceRangeAndYearEarlier() throws {
        let range = try #require(only("It rose from about $350 per kg to $680 per kg."))
        #expect(range.qualifier == .range && range.low == 350 && range.high == 680 && range.unit == "per kilogram")
        let earlier = figures("Sales were $1.17 billion a year earlier and 500 tonnes a year ago.")
        #expect(earlier.map(\.text) == ["$1.17 billion", "500 tonnes"])
        #expect(earlier.allSatisfy { $0.figure.unit == nil || $0.figure.unit == "tonne" })
    }

    @Test("compound units, frequencies and named temperatures", arguments: [
        ("2.5 g/t", 2.5, "gram/tonne"), ("1.2 kg/m3", 1.2, "kilogram/cubic metre"), ("20 J/m^2 per year", 20, "joule/square metre/year"),
        ("45 Js", 45, "joule second"), ("four times per week", 4, "count/week"), ("3 times a day", 3, "count/day"),
        ("absolute zero", 0, "kelvin"),
    ])
    func compoundUnits(text: String, value: Double, unit: String) throws {
        let figure = try #require(only("Measured at \(text) then."))
        #expect(figure.kind == .quantity)
        #expect(figure.value == value)
        #expect(figure.unit == unit)
    }

    @Test("a spelled number goes on after a comma only where a hundred or a scale follows")
    func spelledAfterComma() {
        #expect(figures("three million, two hundred & forty, you say?").map(\.text) == ["three million, two hundred & forty"])
        #expect(figures("three million, two hundred & forty, you say?").first?.figure.value == 3_000_240)
        #expect(figures("two million, three of which left").map(\.text) == ["two million", "three"])
    }

    @Test("the possessive apostrophe stays with its duration: six weeks' time")
    func possessiveDuration() throws {
        #expect(figures("in six weeks' time").map(\.text) == ["six weeks'"])
        #expect(figures("in 2 weeks'").map(\.text) == ["2 weeks"])
    }

    @Test("inch marks, litres, grays and British thermal units", arguments: [
        ("a 9\" plate", "9\"", 9.0, "inch"), ("a pen 10 \" long", "10 \"", 10, "inch"), ("uses 10 l/km", "10 l/km", 10, "litre/kilometre"),
        ("3 to 4 L of wine", "3 to 4 L", 3, "litre"), ("0.01 Gy", "0.01 Gy", 0.01, "gray"),
        ("15,000 British thermal units", "15,000 British thermal units", 15_000, "british thermal unit"),
    ])
    func moreUnits(text: String, span: String, value: Double, unit: String) throws {
        let found = figures("It is \(text) here.")
        let figure = try #require(found.first)
        #expect(found.count == 1 && found[0].text == span)
        #expect(figure.figure.value == value && figure.figure.unit == unit)
    }

    @Test("a closing quotation mark is no inch mark; a letter before a dash and digits is a code")
    func notInches() {
        #expect(figures("the \"Top 10\" list").map { $0.figure.kind } == [.number])
        #expect(figures("part 24703 L-202 ships").map(\.text) == ["24703"])
        #expect(only("gas at $3.50 per MMBtu")?.unit == "per million british thermal unit")
    }

    @Test("a lower-case m against a number before a noun is a million; before a length word, metres")
    func millionBeforeNoun() {
        #expect(figures("About 1.8m people live there.").map { $0.figure.value } == [1_800_000])
        #expect(figures("About 1.8m people live there.").first?.figure.kind == .number)
        #expect(only("I'm 1.8m tall.")?.unit == "metre")
        #expect(figures("1m isn't a number.").isEmpty)
        #expect(figures("They built a 2m wall.").isEmpty)
    }

    @Test("'over five years' after an amount is the period it is spread across; 'for over five years' is more than five")
    func overAPeriod() throws {
        let spread = try #require(figures("It will invest $1 billion over five years.").last?.figure)
        #expect(spread.kind == .duration && spread.qualifier == .exact && spread.value == 5)
        #expect(only("It has run for over five years.")?.qualifier == .atLeast)
        #expect(only("He is over thirty years old.")?.qualifier == .atLeast)
        #expect(only("It closed over 20 years ago.")?.qualifier == .atLeast)
    }

    @Test("British 'pc' is per cent (not 'PC'); 'the remaining half' is a half")
    func pcAndRemainingHalf() {
        // A change, then the level reached: two figures, not a range of percentages.
        #expect(figures("Shares rose 12.4pc to 48.20.").map(\.text) == ["12.4pc", "48.20"])
        #expect(only("It grew 30 to 40 percent.")?.qualifier == .range)
        #expect(figures("Shares rose 12.4pc.").first?.figure.value == 12.4)
        #expect(figures("He bought 5 PC games.").allSatisfy { $0.figure.kind != .percent })
        #expect(figures("Investors own the remaining half.").map { $0.figure.value } == [0.5])
        #expect(figures("Cut it in half.").isEmpty)
    }

    @Test("accounting negatives, rupees written Rs")
    func accountingAndRupees() throws {
        let loss = try #require(only("a net loss of $(12.5) million"))
        #expect(loss.value == -12_500_000 && loss.currency == "USD")
        let rupees = try #require(only("Rs 1,200 crore from banks"))
        #expect(rupees.value == 12_000_000_000 && rupees.currency == "INR")
        #expect(only("It cost Rs. 500.")?.currency == "INR")
    }

    @Test("telephone numbers with an area code in brackets and street addresses are no figures")
    func phonesAndAddresses() {
        #expect(figures("Call +1 (212) 555-0147 today.").isEmpty)
        #expect(figures("Call (212) 555-0147 today.").isEmpty)
        #expect(figures("Visit 123 Main Street, Suite 400, PO Box 12.").isEmpty)
        #expect(figures("It hired 40 New York bankers.").map(\.text) == ["40"])
    }

    @Test("mining-report units and price ranges: koz, Moz, US$1,350-1,450/oz, $350 to $680 per kg")
    func miningUnitsAndPriceRanges() throws {
        let ounces = try #require(only("guidance of 45-50koz gold"))
        #expect(ounces.low == 45_000 && ounces.high == 50_000 && ounces.unit == "ounce")
        #expect(only("Reserves of 2.1Moz.")?.value == 2_100_000)
        let costs = try #require(only("at all-in costs of US$1,350-1,450/oz."))
        #expect(costs.low == 1350 && costs.high == 1450 && costs.unit == "per ounce" && costs.currency == "USD")
        let prices = try #require(only("rose from $350 to $680 per kg"))
        #expect(prices.qualifier == .range && prices.unit == "per kilogram")
        #expect(figures("up 12% to $4.35").count == 2)
    }
}
