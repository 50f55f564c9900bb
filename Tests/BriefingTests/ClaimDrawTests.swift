import BriefingModel
import Foundation
import Testing

/// Options written as an infinitive after the option word, money drawn under a stated loan, and
/// names with digits: rules of the claim reader, each tried on several wordings.
@Suite("Claims: warrants' infinitives, draws on a loan, names with digits")
struct ClaimDrawTests {
    @Test("a share in the infinitive after warrants or an option is the option; the stake beside it is held", arguments: [
        "The U.S. government will take a 10% stake in Trilogy Metals and warrants to buy a further 7.5% of the company, the Canadian miner said on Monday.",
        "The fund will take a 10% stake in Trilogy Metals and an option to buy a further 7.5% of the company.",
    ])
    func optionInfinitive(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let held = try #require(claim(analysis, .ownership, 10))
        #expect(held.modality == nil)
        let option = try #require(claim(analysis, .ownership, 7.5))
        #expect(option.modality == "option")
    }

    @Test("money drawn under a stated loan or facility is part of it, not more money", arguments: [
        "The first draw on the loan, of $435 million, is expected in the third quarter.",
        "A $200 million tranche of the facility was released in May.",
        "The first disbursement under the loan, $150 million, was made in March.",
    ])
    func drawIsPart(sentence: String) throws {
        let analysis = try claimsOf("Beta Bank lent Acme Mining $2 billion for the Kappa project. " + sentence)
        let part = try #require(analysis.claims.first { $0.type == .financing && ($0.value ?? 0) < 1_000_000_000 })
        #expect(part.scope == "part")
    }

    @Test("a capitalised name with digits after its letters is a name; periods and codes are not", arguments: [
        ("Trilogy owns 50% of Ambler Metals. South32 holds the other half.", "South32"),
        ("Acme owns 60% of the mine and South32 holds the remaining 40%.", "South32"),
    ])
    func nameWithDigits(text: String, name: String) throws {
        let analysis = try claimsOf(text)
        #expect(analysis.claims.contains { $0.type == .ownership && analysis.entity($0.subject)?.name == name })
        let periods = try claimsOf("In Q3 2025 Glencore owned 30% of the mine, up from 20% in FY24.")
        #expect(!periods.entities.contains { ["Q3", "FY24"].contains($0.name) })
    }

    @Test("amounts that make up an offered total entirely are offered too", arguments: [
        "Beta Capital agreed to a $700 million conditional loan commitment with Acme Mining and Zeta Metals. The Beta Capital commitment includes two loans, one to Acme Mining for $620 million and one to Zeta Metals for $80 million.",
        "Beta Capital made a $700 million conditional commitment to Acme Mining and Zeta Metals. Beta Capital will lend $620 million to Acme Mining and $80 million to Zeta Metals.",
    ])
    func partsOfOffer(text: String) throws {
        let analysis = try claimsOf(text)
        let total = try #require(analysis.claims.first { $0.value == 700_000_000 })
        #expect(total.modality == "offered")
        for value in [620_000_000.0, 80_000_000] {
            let part = try #require(analysis.claims.first { $0.type == .financing && $0.value == value })
            #expect(part.modality == "offered", "\(value): \(part.modality ?? "fact")")
        }
    }
}
