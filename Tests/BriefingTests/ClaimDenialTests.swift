import BriefingModel
import Foundation
import Testing

/// Denials, stakes promised to a party, totals with several givers, and "it" after an unnamed
/// thing: rules of the claim reader, each tried on several wordings.
@Suite("Claims: denials, stakes for a party, shared totals, unnamed antecedents")
struct ClaimDenialTests {
    @Test("what a denying verb governs is negated", arguments: [
        "Northern Minerals also denied that it was seeking a A$500 million loan from the China Development Bank.",
        "The government ruled out taking a 10% stake in Northern Minerals.",
        "Glencore dismissed reports that it would sell 20% of the Kappa mine to Zeta Capital.",
    ])
    func denied(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let denied = try #require(analysis.claims.first { $0.value != nil && $0.type != .other })
        #expect(denied.modality == "negated")
        #expect(!denied.countsAsFact)
    }

    @Test("\"rule\" denies only with \"out\"", arguments: [
        "The court will rule on the sale of a 10% stake in Northern Minerals to Zeta Capital.",
    ])
    func ruleWithoutOut(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.modality == "negated" })
    }

    @Test("a stake for a named party is that party's, in the thing the story is about", arguments: [
        "Northern Minerals is a rare earths miner. Talks on a 20% stake for Saudi Arabia's Manara Minerals in the company have stalled.",
        "Northern Minerals is a rare earths miner. The board discussed a 20% stake for Manara Minerals in the company.",
    ])
    func stakeForParty(text: String) throws {
        let analysis = try claimsOf(text)
        let stake = try #require(claim(analysis, .ownership, 20))
        #expect(analysis.entity(stake.subject)?.name == "Manara Minerals")
        #expect(stake.object == "Northern Minerals")
    }

    @Test("a total whose parts come from different givers has no one giver", arguments: [
        "The $1.6 billion financing package for the refinery includes loans from the Export-Import Bank of Korea (KEXIM), which will lend $600 million, and the Korea Trade Insurance Corporation (K-Sure), which will guarantee a further $400 million.",
        "The $900 million financing package for the mine comprises a $500 million loan from Beta Bank and a $400 million guarantee from Gamma Insurance.",
    ])
    func sharedTotal(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let total = try #require(analysis.claims.first { $0.type == .financing && ($0.value ?? 0) >= 900_000_000 })
        #expect(total.subject == nil, "giver \(analysis.entity(total.subject)?.name ?? "-")")
    }

    @Test("\"it\" after a sentence about an unnamed thing is that thing, not the last name", arguments: [
        "The refinery is owned 51% by Tianqi Lithium and 49% by IGO. It has a nameplate capacity of 24,000 tonnes a year.",
        "The mine is owned 70% by Acme Mining and 30% by Beta Resources. It will produce 50,000 tonnes a year.",
    ])
    func itAfterThing(text: String) throws {
        let analysis = try claimsOf(text)
        let output = try #require(analysis.claims.first { $0.type == .production })
        #expect(output.subject == nil, "producer \(analysis.entity(output.subject)?.name ?? "-")")
    }

    @Test("a plan or intention denied with \"no\" is negated; one stated is possible", arguments: [
        ("Glencore has no plans to raise its stake in the Kappa mine to 30%.", "negated"),
        ("Glencore has no intention to sell its 30% stake in the Kappa mine.", "negated"),
        ("Glencore has plans to raise its stake in the Kappa mine to 30%.", "possible"),
    ])
    func plansWithNo(sentence: String, modality: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 30 })
        #expect(stake.modality == modality)
    }
}
