import BriefingModel
import BriefingPipeline
import Foundation
import Testing

/// The claims the pipeline reads from one short text (a headline line is added so the
/// sentence is read as body text).
func claimsOf(_ sentence: String) throws -> Analysis {
    let folder = Repo.temporaryFolder("frames")
    let path = folder + "/article.txt"
    try ("Deal news\n\n" + sentence + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    return try analyse([path], name: "frames")
}

/// The one claim of `type` with `value` (nil: no value), recorded as an issue when missing.
func claim(_ analysis: Analysis, _ type: ClaimType, _ value: Double?, sourceLocation: SourceLocation = #_sourceLocation) -> Claim? {
    let found = analysis.claims.first { $0.type == type && $0.value == value && $0.scope != "context" }
    if found == nil {
        Issue.record("no \(type.rawValue) claim of \(value.map { "\($0)" } ?? "no value") in “\(analysis.corpus.sources[0].sentences.map(\.text).joined(separator: " "))”; have \(analysis.claims.map { "\($0.type.rawValue) \(analysis.entity($0.subject)?.name ?? "-") \($0.value.map { "\($0)" } ?? "nil") \($0.scope)" })",
                     sourceLocation: sourceLocation)
    }
    return found
}

/// Each rule of the claim reader stated in grammar and tried on several wordings.
@Suite("Claim frames read from the parse")
struct FrameTests {
    @Test("the holder is the subject of an ownership verb or the possessor of a stake",
          arguments: ["Acme Mining owns 60% of the Zeta mine.",
                      "Acme Mining holds a 60% stake in the Zeta mine.",
                      "Acme Mining will control 60% of the Zeta mine.",
                      "Acme Mining has a 60% interest in the Zeta mine."])
    func activeHolder(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 60))
        #expect(analysis.entity(stake.subject)?.name == "Acme Mining")
        #expect(stake.object?.contains("Zeta") == true)
        #expect(stake.reading?.frame == "ownership")
    }

    @Test("a passive ownership verb's agent is the holder and its subject what is owned",
          arguments: ["The Zeta mine is 60% owned by Acme Mining.",
                      "The Zeta mine is 60% controlled by Acme Mining.",
                      "A 60% stake in the Zeta mine is held by Acme Mining."])
    func passiveHolder(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 60))
        #expect(analysis.entity(stake.subject)?.name == "Acme Mining")
        #expect(stake.object?.contains("Zeta") == true)
    }

    @Test("a stake sold goes to the buyer, not the seller",
          arguments: ["Zeta Corp sold a 45% interest in the Kappa project to Acme Mining.",
                      "Zeta Corp will transfer 45% of the Kappa project to Acme Mining."])
    func sale(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 45))
        #expect(analysis.entity(stake.subject)?.name == "Acme Mining")
    }

    @Test("an ownership chain gives each stake its own holder and object",
          arguments: ["Zeta Metals, which is 51% owned by Acme Mining, holds 70% of the Kappa mine.",
                      "The Kappa mine is 70% controlled by Zeta Metals, which is itself 51%-owned by Acme Mining."])
    func chain(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let inner = try #require(claim(analysis, .ownership, 51))
        #expect(analysis.entity(inner.subject)?.name == "Acme Mining")
        #expect(inner.object == "Zeta Metals")
        let outer = try #require(claim(analysis, .ownership, 70))
        #expect(analysis.entity(outer.subject)?.name == "Zeta Metals")
        #expect(outer.object?.contains("Kappa") == true)
    }

    @Test("an effective stake is derived only from a stated chain, and says so",
          arguments: [("Boreal Rare Earths holds 70% of TF Holdings Ltd, which owns 80% of the Thor Lake mine.", 56.0),
                      ("Zeta Metals, which is 51% owned by Acme Mining, holds 70% of the Kappa mine.", 35.7)])
    func effectiveStake(sentence: String, expected: Double) throws {
        let analysis = try claimsOf(sentence)
        let derived = try #require(analysis.metrics.first { $0.name == "effective_stake" })
        #expect(abs(derived.value - expected) < 1e-9)
        #expect(derived.note.hasPrefix("Derived, not stated"))
        #expect(derived.inputs.count == 2)
        // Only stated claims are claims: the derived stake is a metric, not a claim.
        #expect(!analysis.claims.contains { $0.value == expected })
    }

    @Test("lists give each holder its own figure: 'respectively', brackets, a verb left out",
          arguments: [("Northfield and Calder own 43.79 and 15.03 percent, respectively, of the Kappa project.", [43.79, 15.03]),
                      ("The venture is a partnership between Acme Mining (60%) and Beta Resources (40%).", [60, 40]),
                      ("Acme Mining owns 60% and Beta Resources the remaining 40%.", [60, 40])])
    func distributive(sentence: String, values: [Double]) throws {
        let analysis = try claimsOf(sentence)
        let first = try #require(claim(analysis, .ownership, values[0]))
        let second = try #require(claim(analysis, .ownership, values[1]))
        let names = [analysis.entity(first.subject)?.name, analysis.entity(second.subject)?.name]
        #expect(names == ["Acme Mining", "Beta Resources"] || names == ["Northfield", "Calder"], "\(names)")
    }

    @Test("a list of unknown names with 'own' and 'respectively' (once misread: 'Acme' as a verb, 'own' as an adjective)")
    func distributiveOfUnknownNames() throws {
        let analysis = try claimsOf("Acme Mining and Beta Resources own 43.79 and 15.03 percent, respectively, of the Kappa project.")
        let first = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 43.79 })
        let second = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 15.03 })
        #expect(analysis.entity(first.subject)?.name == "Acme Mining")
        #expect(analysis.entity(second.subject)?.name == "Beta Resources")
    }

    @Test("the lender is the subject of a giving verb, the 'from' of a receiving one, or the possessor of the loan",
          arguments: ["The Export Credit Agency awarded a $35 million grant to Acme Mining.",
                      "Acme Mining received a $35 million grant from the Export Credit Agency.",
                      "The Export Credit Agency's $35 million loan to Acme Mining closed on Friday.",
                      "The Export Credit Agency will lend $35 million to Acme Mining."])
    func lender(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(claim(analysis, .financing, 35_000_000))
        #expect(analysis.entity(money.subject)?.name == "Export Credit Agency")
        #expect(analysis.entity(money.recipient)?.name == "Acme Mining")
    }

    @Test("money a project needs is its cost, not financing",
          arguments: ["Development of the Kappa mine will require an investment of $2 billion.",
                      "The Kappa mine is estimated to cost $2 billion.",
                      "The project's capital cost is $2 billion."])
    func cost(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(claim(analysis, .projectCost, 2_000_000_000) != nil)
        #expect(!analysis.claims.contains { $0.type == .financing })
    }

    @Test("a figure sizing something outside the frames is no claim",
          arguments: ["The agency is a $40 billion lending platform for energy projects.",
                      "The lender also waived interest of $3 million on an earlier facility."])
    func notAClaim(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { [.financing, .projectCost].contains($0.type) && $0.scope == "project" })
    }

    @Test("an amount restated in another currency is one claim",
          arguments: ["Export Finance Australia will lend A$300 million (US$200 million) to Acme Mining.",
                      "Acme Mining secured a A$300 million (US$200 million) loan from Export Finance Australia."])
    func restatement(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let financing = analysis.claims.filter { $0.type == .financing && $0.scope == "project" }
        #expect(financing.count == 1)
        #expect(financing.first?.unit == "AUD")
        #expect(analysis.entity(financing.first?.subject)?.name == "Export Finance Australia")
    }

    @Test("options, possibilities and denials are kept as such and never counted as held",
          arguments: [("Acme Mining may buy 25% of the Kappa mine.", "possible", 25.0),
                      ("Acme Mining holds warrants for 5% of Zeta Corp.", "option", 5.0),
                      ("Acme Mining is not seeking an equity stake in the Kappa mine.", "negated", nil)])
    func modality(sentence: String, modality: String, value: Double?) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, value))
        #expect(stake.modality == modality)
        #expect(!stake.countsAsFact)
        #expect(!analysis.metrics.contains { $0.name == "ownership_total" })
    }

    @Test("a deal with no amount is a claim with no value; a kind of business is none",
          arguments: [("The Loan Programs Office is proposing to issue a loan to Acme Lithium Corp.", true),
                      ("A DFC equity investment in Acme Lithium Corp will support the plant.", true),
                      ("The Loan Programs Office provides loans and loan guarantees to projects.", false)])
    func withoutAmount(sentence: String, isClaim: Bool) throws {
        let analysis = try claimsOf(sentence)
        let financing = analysis.claims.filter { $0.type == .financing && $0.value == nil }
        #expect(financing.isEmpty != isClaim, "\(financing.map { analysis.entity($0.subject)?.name ?? "-" })")
        if isClaim { #expect(financing.allSatisfy { analysis.entity($0.recipient)?.name.contains("Acme") == true }) }
    }

    @Test("a holder named by its role has a stake with no percentage",
          arguments: ["Acme Mining is the majority owner of the Zeta mine.",
                      "Under the deal, Acme Mining will become the majority owner of the Zeta mine.",
                      "Northfield Lithium would become the Zeta refinery's majority owner.",
                      "Acme Mining, the controlling shareholder of the Zeta mine, said on Monday it would expand it."])
    func ownerRole(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == nil })
        #expect(["Acme Mining", "Northfield Lithium"].contains(analysis.entity(stake.subject)?.name ?? "-"))
        #expect(stake.object?.contains("Zeta") == true)
        #expect(stake.instrument?.hasSuffix("owner") == true || stake.instrument?.hasSuffix("shareholder") == true)
    }

    @Test("hedged money with lenders named after 'including' or 'such as': each a possible lender",
          arguments: ["Financing could be made available through state lenders, including the Nordic Investment Bank and Export Finance Norway.",
                      "Funding may come from development lenders such as the Nordic Investment Bank and Export Finance Norway, officials said."])
    func possibleLenders(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let lenders = analysis.claims.filter { $0.type == .financing && $0.modality == "possible" }.compactMap { analysis.entity($0.subject)?.name }
        #expect(lenders.contains("Nordic Investment Bank"), "\(lenders)")
        #expect(lenders.contains("Export Finance Norway"), "\(lenders)")
        #expect(analysis.claims.filter { $0.type == .financing }.allSatisfy { !$0.countsAsFact })
    }

    @Test("a producer with no output is a denied production claim",
          arguments: ["Ruritania has not had domestic cobalt production since 2019.",
                      "Norway has no nickel output, the ministry said."])
    func deniedOutput(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let output = try #require(analysis.claims.first { $0.type == .production && $0.value == nil })
        #expect(output.modality == "negated")
        #expect(["Ruritania", "Norway"].contains(analysis.entity(output.subject)?.name ?? "-"))
    }

    @Test("a share of a project's own output promised to a buyer is an offtake, not a market share",
          arguments: ["Under the offtake deal, Acme Mining allocates 60% of the refinery's output to Korea Zinc.",
                      "Korea Zinc will buy 60% of the Kestrel refinery's output under a ten-year agreement."])
    func offtake(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let offtake = try #require(claim(analysis, .offtake, 60))
        #expect(analysis.entity(offtake.subject)?.name == "Korea Zinc")
        #expect(offtake.object?.contains("output") == true)
        #expect(!analysis.claims.contains { $0.type == .supplyShare })
    }

    @Test("the People's Republic of China is China",
          arguments: ["The People's Republic of China produces about 33% of the world's mined zinc.",
                      "About 33% of global zinc supply comes from the People’s Republic of China."])
    func peoplesRepublic(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(claim(analysis, .supplyShare, 33))
        #expect(analysis.entity(share.subject)?.name == "China")
    }

    @Test("a new stake and the old one it replaced",
          arguments: ["Zeta Corp raised its stake in Acme Mining to 12%, up from 4% a year ago.",
                      "Zeta Corp increased its holding in Acme Mining to 12% from 4%."])
    func changedStake(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let now = try #require(claim(analysis, .ownership, 12))
        #expect(analysis.entity(now.subject)?.name == "Zeta Corp")
        #expect(!analysis.claims.contains { $0.type == .ownership && $0.value == 4 && $0.scope == "project" })
    }

    @Test("a country's government named by its adjective is the country; a body of the country is not",
          arguments: [("The Kazakh government will hold 30% of the venture.", "Kazakhstan"),
                      ("The Japanese government agreed to lend $200 million to the project.", "Japan"),
                      ("Kazakhstan is a partner: the Kazakh state will hold 30% of the venture.", "Kazakhstan")])
    func demonymGovernment(sentence: String, country: String) throws {
        let analysis = try claimsOf(sentence)
        let found = try #require(analysis.claims.first { ($0.type == .ownership || $0.type == .financing) && $0.scope != "context" })
        #expect(analysis.entity(found.subject)?.name == country)
        #expect(analysis.entity(found.subject)?.kind == .country)
        #expect(analysis.entities.filter { $0.name == country }.count == 1)
    }

    @Test("a state lender or company of a country is no claim by the country itself")
    func demonymBody() throws {
        let analysis = try claimsOf("The Japanese state lender agreed to lend $200 million to the project.")
        let loan = try #require(claim(analysis, .financing, 200_000_000))
        #expect(analysis.entity(loan.subject)?.name != "Japan")
    }
}
