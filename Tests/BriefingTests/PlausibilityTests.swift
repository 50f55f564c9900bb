import BriefingModel
import BriefingPipeline
import Charts
import Foundation
import Graphics
import Testing

@Suite("Plausibility checks before anything is drawn")
struct PlausibilityTests {
    @Test("values no deal states are kept as written, marked, listed as caveats, never charted",
          arguments: ["Acme Mining owns 99999999999999999999% of the Zeta mine.",
                      "Beta Corp lent $999,999,999,999,999,999,999 trillion to Acme Mining.",
                      "The Zeta mine will cost $1.1 billion billion billion.",
                      "Acme Mining owns 140% of the Zeta mine."])
    func implausibleValues(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let flagged = analysis.claims.filter { $0.scope == "implausible" }
        #expect(flagged.count == 1, "\(analysis.claims.map { "\($0.type.rawValue) \($0.value ?? 0) \($0.scope)" })")
        let claim = try #require(flagged.first)
        #expect(analysis.conflicts.contains { $0.claims == [claim.id] && $0.note.contains("not") })
        // (Each text holds this one claim: nothing is left to chart.)
        #expect(makeCharts(analysis).charts.isEmpty)
        #expect(!analysis.metrics.contains { $0.inputs.contains(claim.id) })
    }

    @Test("a cost far below a single loan for it is not the project's cost",
          arguments: ["The plant will cost $5 million. The Export Credit Agency will lend $900 million to Acme Mining for the plant.",
                      "Acme Mining secured a $900 million loan from the Export Credit Agency. The plant is estimated to cost $2 million."])
    func costBelowLoan(text: String) throws {
        let analysis = try claimsOf(text)
        let cost = try #require(analysis.claims.first { $0.type == .projectCost })
        #expect(cost.scope == "implausible")
        #expect(!analysis.metrics.contains { $0.name == "financing_coverage" })
    }

    @Test("stakes in one thing adding up to over 100% are a failed check, not a pie")
    func overfullPie() throws {
        let analysis = try claimsOf("Acme Mining owns 70% of the Zeta mine. Beta Corp holds a 50% stake in the Zeta mine.")
        #expect(analysis.failedChecks.contains { $0.message.contains("120") })
        #expect(!makeCharts(analysis).charts.contains { $0.id.hasPrefix("ownership") })
    }

    @Test("formatting never traps on numbers beyond an integer",
          arguments: [1e308, -1e300, 1e19, Double.infinity, -Double.infinity, Double.nan, 123_456_789_012_345_678])
    func formatting(value: Double) {
        let text = NumberFormat.grouped(value, decimals: 0)
        #expect(!text.isEmpty)
        #expect(!NumberFormat.value(value, unit: "USD", qualifier: .exact).isEmpty)
    }

    @Test("a briefing of implausible figures builds and says why they are left out")
    func briefing() throws {
        let folder = Repo.temporaryFolder("plausible")
        let path = folder + "/huge.txt"
        try "Huge deal\n\nAcme Mining owns 99999999999999999999% of the Zeta mine. Gamma Corp holds 10^400 tonnes of ore.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try buildBriefing(.files([path], name: "huge", title: nil), options: .init(outputRoot: folder, dpi: 36))
        let text = try run("pdftotext", [result.directory + "/briefing.pdf", "-"]).stdout
        #expect(text.contains("is beyond any amount a deal states"))
        #expect(text.contains("99999999999999999999%"))
    }

    @Test("money in another currency counts at the amount the text restates it as", arguments: [
        "The project's capital cost is put at $620 million. JOGMEC has agreed to invest 30 billion yen ($200 million) in the venture. Sojitz will lend $150 million.",
        "The mine will cost $620 million to build. Export Finance Australia will lend A$300 million (US$200 million), and Sojitz will lend $150 million.",
    ])
    func restatedCurrency(text: String) throws {
        let analysis = try claimsOf(text)
        let gap = try #require(analysis.metrics.first { $0.name == "funding_gap" })
        #expect(gap.value == 270_000_000)
    }

    @Test("money in another currency with no restatement is not counted, and no gap is claimed", arguments: [
        "The project's capital cost is put at $620 million. JOGMEC has agreed to invest 30 billion yen in the venture. Sojitz will lend $150 million.",
        "The mine will cost $620 million to build. Export Finance Australia will lend A$300 million, and Sojitz will lend $150 million.",
    ])
    func unrestatedCurrency(text: String) throws {
        let analysis = try claimsOf(text)
        #expect(!analysis.metrics.contains { $0.name == "funding_gap" })
        #expect(analysis.failedChecks.contains { $0.message.contains("another currency") })
    }
}
