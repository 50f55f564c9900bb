import BriefingModel
@testable import Charts
import Graphics
import Rendering
import Testing

@Suite("Charts")
struct ChartTests {
    let theme = Theme.standard
    let frame = Rect(0, 0, 480, 190)

    func layout(_ values: [Double], names: [String]? = nil) -> PieLayout {
        let slices = values.enumerated().map { index, value in
            PieSlice(label: names?[index] ?? "Holder \(index + 1)", value: value, valueText: NumberFormat.percent(value),
                     color: Color(hex: theme.palette[index % theme.palette.count]))
        }
        return PieLayout.compute(slices, in: frame, labelStyle: pieLabelStyle(theme), measurer: TextMeasurer())
    }

    func assertNoOverlap(_ layout: PieLayout, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(layout.labels.count == layout.slices.count, sourceLocation: sourceLocation)
        for (i, a) in layout.labels.enumerated() {
            for b in layout.labels[(i + 1)...] {
                #expect(!a.rect.intersects(b.rect), "labels \(a.text) and \(b.text) overlap", sourceLocation: sourceLocation)
            }
            if !a.inside {
                #expect(!PieLayout.circleIntersects(a.rect, center: layout.center, radius: layout.radius), "\(a.text) covers the pie",
                        sourceLocation: sourceLocation)
            }
            #expect(a.rect.x >= frame.x - 0.5 && a.rect.maxX <= frame.maxX + 0.5, "\(a.text) leaves the chart", sourceLocation: sourceLocation)
            #expect(a.rect.y >= frame.y - 0.5 && a.rect.maxY <= frame.maxY + 0.5, "\(a.text) leaves the chart", sourceLocation: sourceLocation)
        }
    }

    @Test("thin slices (1%, 2%, 3%, 94%) get outside labels that do not overlap")
    func thinSlices() {
        let result = layout([1, 2, 3, 94])
        assertNoOverlap(result)
        let outside = result.labels.filter { !$0.inside }.count
        #expect(outside >= 3)
    }

    @Test("ten holders: no two labels overlap")
    func tenHolders() {
        let result = layout([30, 20, 12, 10, 8, 6, 5, 4, 3, 2])
        assertNoOverlap(result)
    }

    @Test("two big slices hold their labels inside")
    func twoSlices() {
        let result = layout([70, 30], names: ["Cove Kaz Capital", "Tau-Ken Samruk"])
        assertNoOverlap(result)
        let allInside = result.labels.allSatisfy { $0.inside }
        #expect(allInside)
    }

    @Test("round ticks")
    func ticks() {
        #expect(niceTicks(maximum: 1_100_000_000) == [0, 250e6, 500e6, 750e6, 1e9, 1.25e9])
        #expect(niceTicks(maximum: 100) == [0, 20, 40, 60, 80, 100])
        #expect(niceTicks(maximum: 7) == [0, 2, 4, 6, 8])
    }

    @Test("numbers read one way", arguments: [
        (NumberFormat.money(1_100_000_000, currency: "USD", style: .prose), "$1.1 billion"),
        (NumberFormat.money(1_100_000_000, currency: "USD", style: .chart), "$1.1B"),
        (NumberFormat.money(900_000_000, currency: "USD", style: .chart), "$900M"),
        (NumberFormat.money(12_500_000_000, currency: "KZT", style: .prose), "KZT 12.5 billion"),
        (NumberFormat.value(80, unit: "%", qualifier: .approx), "~80%"),
        (NumberFormat.value(900_000_000, unit: "USD", qualifier: .atMost, style: .chart), "≤ $900M"),
        (NumberFormat.value(80, unit: "%", qualifier: .atLeast, style: .chart), "> 80%"),
        (NumberFormat.value(2_000_000, unit: "ton", qualifier: .atLeast), "over 2 million tons"),
        (NumberFormat.value(30, unit: "year", qualifier: .range, low: 30, high: 40), "30–40 years"),
        (NumberFormat.value(2, unit: "year", qualifier: .atMost), "within 2 years"),
        (NumberFormat.value(350, unit: "USD/kilogram", qualifier: .approx), "~$350 per kilogram"),
        (NumberFormat.value(350, unit: "USD/kilogram", qualifier: .range, low: 350, high: 680), "$350–$680 per kilogram"),
        (NumberFormat.value(2.5, unit: "gram/tonne", qualifier: .exact), "2.5 grams per tonne"),
        (NumberFormat.value(2.1e9, unit: "USD", qualifier: .range, low: 2.1e9, high: 2.4e9), "$2.1–2.4 billion"),
        (NumberFormat.value(2.1e9, unit: "USD", qualifier: .range, low: 2.1e9, high: 2.4e9, style: .chart), "$2.1–2.4B"),
        (NumberFormat.value(9e8, unit: "USD", qualifier: .range, low: 9e8, high: 1.2e9), "$900 million–$1.2 billion"),
        (NumberFormat.value(4000, unit: "tonne/year", qualifier: .exact), "4,000 tonnes a year"),
        (NumberFormat.plain(2_294_668), "2.29 million"),
        (NumberFormat.grouped(9000, decimals: 0), "9,000"),
        (NumberFormat.percent(81.818181), "81.8%"),
        (NumberFormat.percent(51.01), "51.01%"),
        (NumberFormat.percent(43.79), "43.79%"),
        (NumberFormat.percent(19.9), "19.9%"),
    ])
    func formatting(actual: String, expected: String) {
        #expect(actual == expected)
    }

    @Test("SHA-256 matches the standard test vectors")
    func sha256() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
