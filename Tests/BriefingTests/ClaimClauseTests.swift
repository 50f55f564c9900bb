import BriefingModel
import Foundation
import Testing

/// Holders and givers of clauses that leave words out or set them off: a verb left out after
/// "and", an absolute "with" clause, a relative clause on the opening name, two objects, a
/// wish. Each rule tried on several wordings.
@Suite("Claims: left-out verbs, absolute and relative clauses, wishes, sold output")
struct ClaimClauseTests {
    @Test("money after a name in a clause whose verb is left out is that name's", arguments: [
        "JOGMEC will provide A$150 million in equity and Sojitz A$50 million.",
        "Under the plan, Beta Bank will lend $150 million and Gamma Capital $50 million.",
        "Beta Bank is to contribute $150 million, while Gamma Capital $50 million.",
    ])
    func gappedGiver(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let second = try #require(analysis.claims.first { $0.type == .financing && [50_000_000].contains($0.value) })
        let name = analysis.entity(second.subject)?.name ?? "-"
        #expect(name == "Sojitz" || name == "Gamma Capital", "giver \(name)")
    }

    @Test("an amount's own \"from\" names its giver, not the one named with another amount", arguments: [
        "The mine will be financed with $500 million from Beta Bank and $200 million from commercial banks.",
        "The plan includes debt of $500 million from Beta Bank and $200 million from commercial banks.",
    ])
    func amountsOwnGiver(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let first = try #require(claim(analysis, .financing, 500_000_000))
        #expect(analysis.entity(first.subject)?.name == "Beta Bank")
        let second = try #require(claim(analysis, .financing, 200_000_000))
        #expect(analysis.entity(second.subject)?.name != "Beta Bank")
    }

    @Test("the subject of an absolute \"with\" clause holds the stake its participle names", arguments: [
        "Glencore holds a controlling 75% interest in Kamoto Copper Company, with state miner Gecamines owning the remaining 25%.",
        "Acme Mining owns 60% of the Kappa mine, with Beta Resources holding the other 40%.",
        "Acme Mining owns 60% of the Kappa mine, with Beta Resources controlling 40%.",
    ])
    func absoluteHolder(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && ($0.value == 25 || $0.value == 40) })
        let holder = analysis.entity(stake.subject)?.name ?? "-"
        #expect(holder == "Gecamines" || holder == "Beta Resources", "holder \(holder)")
    }

    @Test("a stake named in a relative clause on the opening name is a stake in that name", arguments: [
        "Orano, in which the French state holds a 90% stake, said it would seek arbitration.",
        "Zarvex Mining, in which Glencore holds a 12% stake, said it would appeal.",
        "Zarvex Mining, of which Glencore owns 12%, said it would appeal.",
    ])
    func stakeInAntecedent(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        let holder = analysis.entity(stake.subject)?.name ?? "-"
        #expect(holder == "France" || holder == "Glencore", "holder \(holder)")
        #expect(stake.object == "Orano" || stake.object == "Zarvex Mining", "owned \(stake.object ?? "-")")
    }

    @Test("a stake someone wants or hopes to reach is no held stake", arguments: [
        "Gecamines has said it wants to raise its stake in KCC to 40%, but Glencore has not agreed.",
        "Sumitomo hopes to lift its holding in the Kappa mine to 30%.",
        "The state wishes to take a 25% stake in the Kappa mine.",
    ])
    func wish(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(stake.modality == "possible")
        #expect(!stake.countsAsFact)
    }

    @Test("a name right before an amount is a name: the one lent to", arguments: [
        ("Under the deal JOGMEC lent Lynas $250 million.", "Lynas"),
        ("Ottawa lent Acme Minerals $250 million last year.", "Acme Minerals"),
        ("Beta Bank will lend Zeta Mining C$40 million.", "Zeta Mining"),
    ])
    func receiverBeforeAmount(sentence: String, receiver: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(analysis.entity(money.recipient)?.name == receiver)
    }

    @Test("a yearly quantity or a share of a project's output that a buyer gets is an offtake, the buyer's", arguments: [
        ("Tesla has agreed to buy 8,000 tonnes a year of the plant's output.", "Tesla"),
        ("Posco will take 60,000 tonnes per year of lithium hydroxide from the plant.", "Posco"),
        ("In exchange, Japan will get priority supply of up to 65% of the plant's output.", "Japan"),
    ])
    func offtake(sentence: String, buyer: String) throws {
        let analysis = try claimsOf(sentence)
        let sold = try #require(analysis.claims.first { $0.type == .offtake }, "\(analysis.claims.map(\.type.rawValue))")
        #expect(analysis.entity(sold.subject)?.name == buyer)
        #expect(!analysis.claims.contains { [.production, .supplyShare].contains($0.type) })
    }

    @Test("a quantity bought as trade, or produced, is no offtake", arguments: [
        "China bought 40,000 tonnes of cobalt from Congo in 2024.",
        "The mine produced 182,000 tonnes of copper last year.",
    ])
    func noOfftake(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .offtake })
    }

    @Test("the holder of the rest a stated stake leaves is kept, with no figure, in the same thing", arguments: [
        "Orano owns 90% of the Imouraren mine, with the remainder held by Niger's state-owned Sopamin.",
        "Glencore owns 75% of the Kappa mine, and the rest is owned by Gecamines.",
        "Glencore owns 75% of the Kappa mine. Gecamines holds the rest.",
    ])
    func remainderHolder(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stated = try #require(analysis.claims.first { $0.type == .ownership && $0.value != nil })
        let rest = try #require(analysis.claims.first { $0.type == .ownership && $0.instrument == "remainder" })
        #expect(rest.value == nil)
        #expect(["Sopamin", "Gecamines"].contains(analysis.entity(rest.subject)?.name ?? "-"))
        #expect(rest.object == stated.object)
        let total = try #require(analysis.metrics.first { $0.name == "ownership_total" && $0.object == stated.object })
        #expect(total.note.contains("holds the rest"), "\(total.note)")
    }

    @Test("\"the rest of\" something named is no remainder of a stake", arguments: [
        "Orano owns 90% of the mine; the rest of the world buys its uranium.",
        "Glencore owns 75% of the Kappa mine and will repay the balance of the loan.",
    ])
    func noRemainder(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.instrument == "remainder" })
    }

    @Test("a stake sold goes to the \"to\" phrase of the selling verb's clause, however the parse hung it", arguments: [
        "Indonesian state miner Aneka Tambang has agreed to sell a 9% stake in its nickel unit to Zeta Capital for $1.2 billion.",
        "Glencore will sell 20% of the Kappa mine, which it bought in 2019, to Zeta Capital.",
        "Glencore sold its 20% stake in the mine to Zeta Capital last year.",
    ])
    func soldTo(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(analysis.entity(stake.subject)?.name == "Zeta Capital")
    }

    @Test("\"the government of\" a country is that country", arguments: [
        ("Kestrel owns 75% of the project; the government of Mozambique holds the rest.", "Mozambique"),
        ("EXIM lent $90 million to Kestrel, and the government of Chile will hold 20% of the venture.", "Chile"),
        ("The state of Qatar will take a 10% stake in the Kappa mine.", "Qatar"),
    ])
    func governmentOf(sentence: String, country: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.claims.contains { $0.type == .ownership && analysis.entity($0.subject)?.name == country },
                "\(analysis.claims.map { "\($0.type.rawValue) \(analysis.entity($0.subject)?.name ?? "-")" })")
    }

    @Test("a buyer of a company's new securities after a clause naming the company funds that company", arguments: [
        "The Department of Defense will become MP Materials' largest shareholder after agreeing to buy $400 million of its preferred stock.",
        "The DoD will become MP Materials' largest shareholder after agreeing to buy $400 million of its new shares.",
    ])
    func buyerOfIssue(sentence: String) throws {
        let analysis = try claimsOf("The Department of Defense (DoD) backs MP Materials. " + sentence)
        let money = try #require(claim(analysis, .financing, 400_000_000))
        #expect(analysis.entity(money.subject)?.name == "Department of Defense")
        #expect(analysis.entity(money.recipient)?.name == "MP Materials")
        let shareholder = try #require(analysis.claims.first { $0.type == .ownership && $0.instrument == "largest shareholder" })
        #expect(analysis.entity(shareholder.subject)?.name == "Department of Defense")
        #expect(shareholder.object == "MP Materials")
    }

    @Test("an acronym written with a connector's small letter is the long name's", arguments: [
        ("The Department of Defense will lend $50 million to Zeta Mining. The DoD will also receive warrants to buy 5% of Zeta Mining.", "Department of Defense"),
        ("The Department of Energy approved a $90 million grant for Zeta Mining. The DoE said more would follow, and will take 5% of Zeta Mining.", "Department of Energy"),
    ])
    func mixedCaseAcronym(text: String, name: String) throws {
        let analysis = try claimsOf(text)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(analysis.entity(stake.subject)?.name == name)
    }

    @Test("output whose producer the parse gives as an unnamed noun names no one else", arguments: [
        "Ivanhoe, in which Zijin also holds a 13% stake, said the complex produced 437,061 tonnes of copper in 2024.",
        "Zijin Mining said the smelter produced 120,000 tonnes last year.",
    ])
    func unnamedProducer(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let output = try #require(analysis.claims.first { $0.type == .production })
        #expect(output.subject == nil, "producer \(analysis.entity(output.subject)?.name ?? "-")")
    }

    @Test("a named mine's owner produces its output", arguments: [
        "Canyon Uranium's Red Desert mine can produce 1.5 million pounds of uranium a year, the company said.",
        "Canyon Uranium's new mine will produce 1.5 million pounds of uranium a year.",
    ])
    func mineOwnerProduces(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let output = try #require(analysis.claims.first { $0.type == .production })
        #expect(analysis.entity(output.subject)?.name == "Canyon Uranium")
    }

    @Test("a second verb after \"and\" has the sentence's subject", arguments: [
        "The DRC is the world's second-largest copper producer after Chile and accounts for more than 70% of global cobalt supply.",
        "Indonesia is the largest producer of nickel ahead of the Philippines and controls about 50% of world nickel supply.",
    ])
    func secondVerbSubject(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(analysis.claims.first { $0.type == .supplyShare })
        let name = analysis.entity(share.subject)?.name ?? "-"
        #expect(["Congo", "Democratic Republic of Congo", "Indonesia"].contains(name), "holder \(name)")
    }

    @Test("a share after a conjunction and a name with \"of\" in it, its verb left out, is that name's", arguments: [
        ("Ivanhoe Mines owns 39.6% of Kamoa Copper, Zijin Mining owns 39.6%, and the government of the Democratic Republic of Congo 20%.", 20.0),
        ("Acme Mining owns 60% of the Kappa mine and the Bank of Korea 40%.", 40.0),
    ])
    func gappedNameWithOf(sentence: String, value: Double) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, value))
        let name = analysis.entity(stake.subject)?.name ?? "-"
        #expect(["Democratic Republic of Congo", "Congo", "Bank of Korea"].contains(name), "holder \(name)")
        #expect(stake.object == "Kamoa Copper" || stake.object == "Kappa mine", "owned \(stake.object ?? "-")")
    }

    @Test("a press release's defined term (\"the Company\") is the company it defines", arguments: [
        "Cornish Lithium plc (\"Cornish Lithium\" or \"the Company\") said the NWF will hold 29% of the Company.",
        "Cornish Lithium plc (the \"Company\") said the NWF will hold 29% of the Company.",
        "Cornish Lithium Ltd (“the Company”) said the NWF will hold 29% of the Company.",
    ])
    func definedTerm(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 29))
        #expect(stake.object?.hasPrefix("Cornish Lithium") == true, "owned \(stake.object ?? "-")")
        // (The defined term is no short name to print: "to Company" says nothing.)
        #expect(analysis.entities.allSatisfy { $0.shortName != "Company" }, "\(analysis.entities.map(\.shortName))")
    }
}
