import BriefingModel
import Foundation
import Testing

/// Who gives, what is a price, what is only asked for: rules of the claim reader stated in
/// grammar, each tried on several wordings.
@Suite("Givers left unsaid, prices paid for stakes, money asked for")
struct ClaimScopeTests {
    @Test("the subject of a passive giving verb receives the money; with no agent the giver stays unnamed",
          arguments: ["Perpetua, which is developing the Stibnite project in Idaho, was awarded a $59 million grant under the Defense Production Act.",
                      "Acme Mining, based in Nevada, was granted a $20 million loan last year.",
                      "Last year, Acme Mining of Nevada was awarded a $20 million contract."])
    func passiveWithoutAgent(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(money.subject == nil, "giver guessed: \(analysis.entity(money.subject)?.name ?? "-")")
        let recipient = try #require(analysis.entity(money.recipient))
        #expect(recipient.name.hasPrefix("Perpetua") || recipient.name.hasPrefix("Acme Mining"))
    }

    @Test("a passive giving verb's agent gives the money",
          arguments: ["Zeta Corp was granted a $15 million loan by Beta Bank.", "Zeta Corp was awarded a $15 million grant by Beta Bank."])
    func passiveWithAgent(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(claim(analysis, .financing, 15_000_000))
        #expect(analysis.entity(money.subject)?.name == "Beta Bank")
    }

    @Test("the price a stake changes hands for is neither financing nor the project's cost",
          arguments: ["Norfund, the Norwegian state investment fund, has agreed to buy a 19.9% stake in Skaland for NOK 450 million.",
                      "Zeta Corp sold its 10% stake in the Kappa mine to Acme Mining for $34 million.",
                      "Acme Mining will acquire 30% of the Kappa project for $120 million."])
    func salePrice(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.claims.first { $0.type == .ownership } != nil)
        let money = analysis.claims.filter { [.financing, .projectCost].contains($0.type) && $0.scope != "context" }
        #expect(money.isEmpty, "\(money.map { "\($0.type.rawValue) \($0.value ?? 0)" })")
    }

    @Test("\"as much as\" bounds the amount, which keeps its place in the sentence",
          arguments: ["Acme Mining is also in talks about a loan of as much as $2 billion from EXIM.",
                      "EXIM could lend as much as $2 billion to Acme Mining."])
    func asMuchAs(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(claim(analysis, .financing, 2_000_000_000))
        #expect(analysis.entity(money.subject)?.name == "EXIM")
        #expect(money.qualifier == .atMost)
        #expect(money.modality == "possible")
    }

    @Test("money asked for or under negotiation is no committed financing",
          arguments: ["Acme Mining is seeking a $150 million loan from Beta Development Bank.",
                      "Acme Mining has applied for a $150 million loan from Beta Development Bank.",
                      "Acme Mining is in talks with Beta Development Bank about a $150 million loan."])
    func askedFor(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing && $0.value == 150_000_000 })
        #expect(money.modality == "possible")
        #expect(!money.countsAsFact)
    }

    @Test("\"the company\" stands for a company named before it, never for a law")
    func companyIsNoLaw() throws {
        let analysis = try claimsOf("Acme Mining received a grant under the Defense Production Act. The company is also in talks about a $2 billion loan from EXIM, which would fund the company's mine.")
        let names = analysis.entities.map(\.name)
        #expect(names.contains("Acme Mining"))
        for claim in analysis.claims {
            #expect(analysis.entity(claim.recipient)?.name != "Defense Production Act")
            #expect(analysis.entity(claim.subject)?.name != "Defense Production Act")
        }
    }
}
