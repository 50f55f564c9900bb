import BriefingModel
import Foundation
import Testing

/// Buyers of a share of output.
@Suite("Claims: offtake buyers")
struct OfftakeBuyerTests {
    @Test("the buyer of output is the subject of the verb that agrees or plans to buy it", arguments: [
        "Posco has also agreed to buy 60% of the plant's output for ten years.",
        "Posco agreed to buy 60% of the plant's output.",
    ])
    func buyer(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let offtake = try #require(analysis.claims.first { $0.type == .offtake && $0.value == 60 })
        #expect(analysis.entity(offtake.subject)?.name == "Posco")
    }

    @Test("a share of a thing followed by a participle of making it is output bought or sold, never a stake", arguments: [
        ("Alcoa will also sell 100% of the gallium produced to Japanese buyers for the first ten years.", 100.0, nil as String?),
        ("Under the agreement, Toyota Tsusho will purchase 100% of the spodumene concentrate produced in the first five years.", 100.0, "Toyota Tsusho"),
        ("Glencore will buy 30% of the cobalt produced at the mine.", 30.0, "Glencore"),
        ("The smelter will sell 40% of the zinc refined there to Korea Zinc.", 40.0, "Korea Zinc"),
    ])
    func outputParticiple(sentence: String, percent: Double, buyer: String?) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .ownership }, "\(analysis.claims.map(\.type.rawValue))")
        let offtake = try #require(analysis.claims.first { $0.type == .offtake && $0.value == percent })
        #expect(analysis.entity(offtake.subject)?.name == buyer)
    }
}

/// Money asked for in a request, application or proposal for financing.
@Suite("Claims: financing requests")
struct FinancingRequestTests {
    @Test("who reviews a financing request would give it; who approves it gives it; who submits it would receive it", arguments: [
        ("Export Development Canada is reviewing a financing request of up to C$500 million from Canada Nickel.", "Export Development Canada", "Canada Nickel", "possible"),
        ("Export Development Canada approved a financing request of C$500 million from Canada Nickel.", "Export Development Canada", "Canada Nickel", nil),
        ("Canada Nickel has submitted a loan application for C$500 million to Export Development Canada.", "Export Development Canada", "Canada Nickel", "possible"),
    ] as [(String, String, String, String?)])
    func requests(sentence: String, lender: String, borrower: String, modality: String?) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing && $0.value == 500_000_000 })
        #expect(analysis.entity(money.subject)?.name == lender)
        #expect(analysis.entity(money.recipient)?.name == borrower)
        #expect(money.modality == modality)
    }
}

/// Each loan of a list to its own borrower.
@Suite("Claims: loans listed to their borrowers")
struct ListedLoanTests {
    @Test("'one to A for $X and one to B for $Y': each amount goes to the name before its 'for'", arguments: [
        "The OSC commitment includes two separate loans, one to Vulcan Elements for $620 million and one to ReElement Technologies for $80 million.",
        "The bank made two loans: one to Vulcan Elements for $620 million and one to ReElement Technologies for $80 million.",
    ])
    func loansToEach(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let first = try #require(claim(analysis, .financing, 620_000_000))
        let second = try #require(claim(analysis, .financing, 80_000_000))
        #expect(analysis.entity(first.recipient)?.name == "Vulcan Elements")
        #expect(analysis.entity(second.recipient)?.name == "ReElement Technologies")
    }
}

/// The parts of a stated total: each its own instrument, all from the total's giver to its receiver.
@Suite("Claims: parts of a financing package")
struct FinancingPartsTests {
    @Test("each part names its own instrument and takes the package's giver and receiver", arguments: [
        ("Orion Mine Finance will provide a $200 million financing package to Brazilian graphite developer Nacional de Grafite, comprising a $150 million senior secured loan and a $50 million royalty.",
         "Orion Mine Finance", "Nacional de Grafite", [150.0: "loan", 50.0: "royalty"]),
        ("KfW provided a $90 million funding package to Vulcan Energy, consisting of a $60 million loan and a $30 million grant.",
         "KfW", "Vulcan Energy", [60.0: "loan", 30.0: "grant"]),
        ("EXIM approved a $700 million financing package for Graphite One, including a $500 million direct loan and a $200 million loan guarantee.",
         "EXIM", "Graphite One", [500.0: "loan", 200.0: "loan guarantee"]),
    ])
    func parts(sentence: String, giver: String, receiver: String, parts: [Double: String]) throws {
        let analysis = try claimsOf(sentence)
        for (millions, instrument) in parts {
            let part = try #require(analysis.claims.first { $0.type == .financing && $0.value == millions * 1_000_000 }, "\(millions)")
            #expect(part.scope == "part")
            #expect(part.instrument == instrument)
            #expect(analysis.entity(part.subject)?.name == giver)
            #expect(analysis.entity(part.recipient)?.name == receiver)
        }
    }
}

/// Financing written as a raise, a placement or a package.
@Suite("Claims: financing nouns written head last")
struct HeadLastFinancingTests {
    @Test("an equity raise, a placement and a package are financing, named once", arguments: [
        ("The balance will come from a $60 million equity raise.", "equity raise"),
        ("Acme Lithium closed a $45 million private placement with Orion.", "private placement"),
        ("KfW provided a $90 million funding package to Vulcan Energy.", "funding package"),
    ])
    func headLast(sentence: String, instrument: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(money.instrument == instrument)
    }

    @Test("a financing package or loan agreement is this deal's money, not another deal", arguments: [
        "Orion backs Brazil graphite developer with $200 million package\n\nOrion Mine Finance will provide a $200 million financing package to Nacional de Grafite.",
        "Lender signs credit deal\n\nKfW signed a $90 million loan agreement with Vulcan Energy.",
        "Miner wins funding\n\nEXIM approved a $700 million funding package for Graphite One.",
    ])
    func packageIsThisDeal(text: String) throws {
        let analysis = try claimsOf(text)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(money.scope == "project")
    }

    @Test("a particle between capitalised words joins one name", arguments: [
        ("Orion will lend $150 million to Nacional de Grafite.", "Nacional de Grafite"),
        ("Banco do Brasil will lend $80 million to the project.", "Banco do Brasil"),
        ("Minera del Pacifico received a $40 million loan from the bank.", "Minera del Pacifico"),
    ])
    func particleNames(sentence: String, name: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.entities.contains { $0.name == name }, "\(analysis.entities.map(\.name))")
    }
}

/// What "the company" stands for, and money that is no financing.
@Suite("Claims: the company, and money earned")
struct CompanyAndIncomeTests {
    @Test("'X's asset is owned by the company' is X's stake, never the asset owning itself", arguments: [
        "Rio Tinto agreed to acquire Arcadium Lithium. Arcadium Lithium's Fenix operation in Argentina is 100% owned by the company.",
        "Rio Tinto bought Arcadium Lithium. Arcadium Lithium's Fenix mine is 100% owned by the company.",
        "Arcadium Lithium's Fenix operation is 100% owned by the company.",
    ])
    func possessorIsTheCompany(text: String) throws {
        let analysis = try claimsOf(text)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 100 })
        #expect(analysis.entity(stake.subject)?.name == "Arcadium Lithium")
    }

    @Test("money earned (revenue, sales, dividends) is no financing", arguments: [
        "Codelco is expected to receive about $4.6 billion in revenue from the venture between 2025 and 2030.",
        "The mine generated revenue of about $2 billion last year.",
        "Glencore received $300 million in dividends from the joint venture.",
    ])
    func income(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { [.financing, .projectCost].contains($0.type) }, "\(analysis.claims.map(\.type.rawValue))")
    }
}

/// A stake bought on top of another is an increment; the holding stated with it stands.
@Suite("Claims: increments")
struct IncrementTests {
    @Test("an additional stake in a sentence that states the holding is no holding, nor does it replace one", arguments: [
        ("Vale Indonesia is 20% owned by MIND ID, the state mining holding company, after MIND ID bought an additional 14% stake from Vale Base Metals in 2024.", 20.0, 14.0),
        ("MIND ID now owns 20% of Vale Indonesia after buying a further 14% stake last year.", 20.0, 14.0),
        ("Acme bought a further 4%, lifting its stake in the mine to 10%.", 10.0, 4.0),
        ("Glencore raised its stake to 30% by buying 5% from Acme.", 30.0, 5.0),
        ("Acme Mining lifted its holding in the mine to 25% by acquiring a 10% stake from the state.", 25.0, 10.0),
    ])
    func increment(sentence: String, holding: Double, increment: Double) throws {
        let analysis = try claimsOf(sentence)
        let held = try #require(analysis.claims.first { $0.type == .ownership && $0.value == holding })
        #expect(held.scope == "project")
        let added = try #require(analysis.claims.first { $0.type == .ownership && $0.value == increment })
        #expect(added.scope == "context")
    }
}

/// Warrants received to buy a share: the receiver's option, in the company named before.
@Suite("Claims: warrants received")
struct WarrantTests {
    @Test("'X will receive warrants to buy N% of the company': X's option on the company", arguments: [
        "Orion Mine Finance will lend $150 million to Nacional de Grafite. Orion will also receive warrants to buy up to 5% of the company at C$1.20 a share.",
        "Orion Mine Finance will lend $150 million to Nacional de Grafite. Orion Mine Finance gets warrants to buy 5% of the company.",
        "Orion Mine Finance will lend $150 million to Nacional de Grafite, and Orion will receive options to acquire 5% of the company.",
    ])
    func warrants(text: String) throws {
        let analysis = try claimsOf(text)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 5 })
        #expect(analysis.entity(stake.subject)?.name == "Orion Mine Finance")
        #expect(stake.object == "Nacional de Grafite")
        #expect(stake.modality == "option")
    }
}

/// Amounts in a currency written with a sign of its own.
@Suite("Claims: amounts in other currencies")
struct OtherCurrencyTests {
    @Test("the currency's sign changes nothing of who gives and who gets", arguments: [
        "Japan Organization for Metals and Energy Security (JOGMEC) and trading house Sojitz Corp will jointly invest A$120 million (US$78 million) in Alcoa's proposed gallium plant.",
        "Japan Organization for Metals and Energy Security (JOGMEC) and trading house Sojitz Corp will jointly invest €120 million in Alcoa's proposed gallium plant.",
        "Japan Organization for Metals and Energy Security (JOGMEC) and trading house Sojitz Corp will jointly invest £120 million in Alcoa's proposed gallium plant.",
    ])
    func jointInvestors(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing && $0.value == 120_000_000 })
        let giver = analysis.entity(money.subject)
        #expect(giver?.name.contains("Sojitz") == true && giver?.name.contains("Japan Organization") == true, "\(giver?.name ?? "-")")
        #expect(analysis.entity(money.recipient)?.name == "Alcoa")
    }
}

/// Laws and time phrases are no parties and no markets.
@Suite("Claims: laws, and markets that end before a time")
struct LawAndMarketTests {
    @Test("a law gives and receives nothing", arguments: [
        "The Department of Defense has awarded Perpetua $37.5 million under the Defense Production Act (DPA). This award brings our total DPA funding to $59.4 million.",
        "The grant comes under the Inflation Reduction Act, which has funded $2 billion of projects.",
        "Funding of $20 million was provided under the CHIPS Act.",
    ])
    func lawIsNoParty(text: String) throws {
        let analysis = try claimsOf(text)
        for claim in analysis.claims {
            for id in [claim.subject, claim.recipient].compactMap({ $0 }) {
                #expect(!(analysis.entity(id)?.name.hasSuffix("Act") ?? false), "\(analysis.entity(id)?.name ?? "-")")
            }
        }
    }

    @Test("a share of a commodity as a whole is a market share; of one producer's commodity, or output sold, it is not", arguments: [
        ("China processes about 90% of rare earths.", "China", "rare earths"),
        ("China refines 70% of the cobalt used in batteries.", "China", "the cobalt"),
        ("China supplies more than 90% of the anode-grade graphite used in electric vehicle batteries.", "China", "the anode-grade graphite"),
    ])
    func commodityMarket(sentence: String, actor: String, market: String) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(analysis.claims.first { $0.type == .supplyShare })
        #expect(analysis.entity(share.subject)?.name == actor)
        #expect(share.object == market)
    }

    @Test("a share of one producer's commodity, or of output sold, is no market share", arguments: [
        "The mine produces 5% of Glencore's cobalt.",
        "Alcoa will also sell 100% of the gallium produced to Japanese buyers for the first ten years.",
        "Acme holds 30% of the lithium project.",
    ])
    func notCommodityMarket(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .supplyShare }, "\(analysis.claims.map(\.type.rawValue))")
    }

    @Test("a market ends before a time phrase", arguments: [
        ("Once in production, Stibnite would supply roughly 35% of U.S. antimony demand during its first six years.", "U.S. antimony demand"),
        ("Acme will supply about 10% of European lithium demand over the next decade.", "European lithium demand"),
        ("China produced 70% of global graphite output until 2023.", "global graphite output"),
    ])
    func marketBeforeTime(sentence: String, market: String) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(analysis.claims.first { $0.unit == "%" })
        #expect(share.object == market)
    }
}

/// A venture's owners listed with bracketed shares, however the parse hangs the brackets.
@Suite("Claims: a venture's owners in brackets")
struct BracketedOwnerTests {
    @Test("each bracketed share is the name's before it, in the venture the list describes", arguments: [
        ("Manara, a joint venture between Ma'aden (51%) and the PIF (49%), bought a 10% stake in Vale Base Metals.", [51.0: "Ma'aden", 49.0: "PIF"], "Manara"),
        ("Manara is a joint venture between Ma'aden (51%) and the PIF (49%).", [51.0: "Ma'aden", 49.0: "PIF"], "Manara"),
        ("The mine is run by a venture between Acme (40%), Beta Corp (39%), Gamma Ltd (1%) and Zambia (20%).",
         [40.0: "Acme", 39.0: "Beta Corp", 1.0: "Gamma Ltd", 20.0: "Zambia"], "joint venture"),
    ])
    func owners(sentence: String, holders: [Double: String], owned: String) throws {
        let analysis = try claimsOf(sentence)
        for (percent, holder) in holders {
            let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == percent }, "\(percent)%")
            #expect(analysis.entity(stake.subject)?.name == holder, "\(percent)%")
            #expect(stake.object == owned, "\(percent)%")
        }
    }
}

