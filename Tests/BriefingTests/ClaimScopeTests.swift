import BriefingModel
@testable import Compose
import Charts
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
          arguments: ["Norfund, the Norwegian state investment fund, has agreed to buy Glencore's 19.9% stake in Skaland for NOK 450 million.",
                      "Zeta Corp sold its 10% stake in the Kappa mine to Acme Mining for $34 million.",
                      "Acme Mining will acquire 30% of the Kappa project for $120 million.",
                      "Norfund, the Norwegian state investment fund, has agreed to buy a 19.9% stake in Skaland Graphite AS from Glencore for NOK 450 million, the companies said."])
    func salePrice(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.claims.first { $0.type == .ownership } != nil)
        let money = analysis.claims.filter { [.financing, .projectCost].contains($0.type) && $0.scope != "context" }
        #expect(money.isEmpty, "\(money.map { "\($0.type.rawValue) \($0.value ?? 0)" })")
    }

    @Test("a stake bought in a named company from no seller is equity financing from the buyer to the company",
          arguments: ["Norfund, the Norwegian state investment fund, has agreed to buy a 19.9% stake in Skaland Graphite AS for NOK 450 million.",
                      "The US Department of Energy will take a 5% equity stake in Lithium Americas for $182 million.",
                      "Japan's government is to acquire a 10% interest in Kestrel Minerals in a deal worth $75 million, the company said."])
    func newEquity(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        let money = try #require(analysis.claims.first { $0.type == .financing && $0.scope == "project" }, "\(analysis.claims.map { "\($0.type.rawValue) \($0.scope)" })")
        #expect(money.instrument == "equity")
        #expect(money.subject == stake.subject && money.subject != nil)
        #expect(money.recipient != nil && money.recipient != money.subject)
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

    @Test("a nationality word is no party: 'the Norwegian state fund' names Norway at most, never 'Norwegian'",
          arguments: ["Norfund, the Norwegian state investment fund, has agreed to lend NOK 450 million to Skaland.",
                      "The Finnish lender Finnvera will guarantee EUR 40 million of the loan."])
    func nationalityIsNoParty(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.entities.contains { ["Norwegian", "Finnish"].contains($0.name) }, "\(analysis.entities.map(\.name))")
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(["Norfund", "Finnvera"].contains(analysis.entity(money.subject)?.name ?? "-"))
    }

    @Test("more financing than the stated cost leaves no negative gap: it is a failed check, and the bottom line says so",
          arguments: ["The first phase will cost $420 million. EXIM has offered up to $600 million in financing for the project.",
                      "The plant will cost A$180 million. Sojitz and JOGMEC will invest A$200 million in the company."])
    func moreThanTheCost(text: String) throws {
        let analysis = try claimsOf(text)
        #expect(analysis.metrics.contains { $0.name == "financing_coverage" })
        #expect(!analysis.metrics.contains { $0.name == "funding_gap" })
        #expect(analysis.failedChecks.contains { $0.message.contains("more than the stated cost") })
        let bottomLine = Compose.bottomLine(analysis).map(\.markup).joined(separator: " ")
        #expect(bottomLine.contains("more than the stated cost"))
        #expect(!bottomLine.contains("−") && !bottomLine.contains("to find"), "\(bottomLine)")
    }

    @Test("a span another figure holds over dates no stage of the project",
          arguments: ["The mine would supply about 35% of US antimony demand in its first six years of production.",
                      "Over the next ten years, the refinery will produce 20% of the country's graphite."])
    func spanOfAnotherFigure(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let timeline = analysis.claims.filter { $0.type == .timeline && $0.scope != "context" }
        #expect(timeline.isEmpty, "\(timeline.map { "\($0.value ?? 0) \($0.unit ?? "")" })")
    }
}

/// Names as a reader says them: a title word inside a business's name, an adjective made from
/// a place, a modal word in another clause.
@Suite("Names and clauses of parties")
struct PartyNameTests {
    @Test("a title word opening a business's name is part of it",
          arguments: [("General Motors will invest $650 million in Lithium Americas Corp.", "General Motors"),
                      ("General Holdings Corp will lend $50 million to the project.", "General Holdings Corp")])
    func titleInsideName(sentence: String, name: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(analysis.entity(money.subject)?.name == name)
    }

    @Test("a free-standing ampersand stays in a name",
          arguments: [("Paulson & Co owns about 40% of Perpetua.", "Paulson & Co"), ("Johnson & Johnson holds 5% of the mine.", "Johnson & Johnson")])
    func ampersand(sentence: String, name: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(analysis.entity(stake.subject)?.name == name)
    }

    @Test("an adjective made from a place name is no part of the name",
          arguments: ["Vancouver-based Northfield Mines owns the remaining 94% of the mine.",
                      "The London-listed Northfield Mines owns the remaining 94% of the mine."])
    func placeAdjective(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 94))
        #expect(analysis.entity(stake.subject)?.name == "Northfield Mines")
    }

    @Test("a modal word in another clause leaves a held stake held",
          arguments: ["Northfield Mines, which owns the remaining 94%, said talks were under consideration.",
                      "Northfield Mines, which owns the remaining 94%, said it could sell part of it."])
    func modalityStaysInItsClause(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 94))
        #expect(stake.modality == nil)
    }
}

@Suite("Holders named by a holder noun")
struct HolderNounTests {
    @Test("the party made or said to be a shareholder holds the stake; its 'in' phrase is what is owned",
          arguments: ["The investment will make Acme Mining the largest shareholder in Zeta Metals Corp, with a stake of about 9.4%.",
                      "Acme Mining is the largest shareholder in Zeta Metals Corp, with a stake of about 9.4%."])
    func holderNoun(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 9.4))
        #expect(analysis.entity(stake.subject)?.name == "Acme Mining")
        #expect(stake.object?.contains("Zeta") == true)
    }
}

@Suite("What the bottom line and the charts say of financing")
struct FinancingWordingTests {
    @Test("two offers of one lender are told apart by their receivers")
    func receiversNamed() throws {
        let analysis = try claimsOf("The Loan Programs Office has offered a conditional commitment to lend up to $107 million to Syrah Technologies. The office also offered to lend up to $700 million to Ioneer.")
        let bottomLine = Compose.bottomLine(analysis).map(\.markup).joined(separator: " ")
        #expect(bottomLine.contains("to Syrah Technologies"), "\(bottomLine)")
    }

    @Test("no financing chart without one amount to draw",
          arguments: ["A DFC equity investment in TechMet Limited will support the development of a nickel mine.",
                      "EXIM has issued a letter of interest to Acme Mining for the project."])
    func noEmptyChart(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.claims.contains { $0.type == .financing && $0.value == nil })
        #expect(!makeCharts(analysis).charts.contains { $0.id == "financing" })
    }
}
