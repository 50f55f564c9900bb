import BriefingModel
@testable import Compose
import Charts
import Foundation
import Testing

/// The name of the entity `id`, or "-" when there is none.
private func name(_ analysis: Analysis, _ id: String?) -> String { analysis.entity(id)?.name ?? "-" }

/// Rules of grammar the claim reader follows for worth, price and reference: what a company
/// is valued at, money paid for a new stake, a description set beside a name, the noun a
/// relative clause describes, and "would" in reported speech. Each on several wordings.
@Suite("Claims: valuations, prices paid for stakes and reference by grammar")
struct ClaimGrammarTests {
    @Test("what a deal values a company at is no money lent, invested or spent", arguments: [
        ("Manara Minerals will pay $2.5 billion for a 10% stake in Vale Base Metals, valuing the unit at $26 billion.", 26e9),
        ("The deal values Borealis Mining at C$900 million.", 900e6),
        ("Norland bought 15% of Acme Lithium in a transaction valuing the company at $400 million.", 400e6),
    ])
    func valuation(sentence: String, worth: Double) throws {
        let analysis = try claimsOf(sentence)
        let sized = analysis.claims.filter { $0.value == worth && $0.scope == "project" }
        #expect(!sized.contains { [.financing, .projectCost].contains($0.type) }, "\(sized.map(\.type.rawValue))")
    }

    @Test("money paid for a new stake in a named company is the payer's equity financing of it", arguments: [
        ("Manara Minerals will pay $2.5 billion for a 10% stake in Vale Base Metals.", "Manara Minerals", "Vale Base Metals", 2.5e9),
        ("Ruritania's sovereign fund paid $300 million for a 20% interest in Borealis Mining.", "Ruritania", "Borealis Mining", 300e6),
    ])
    func stakePaidFor(sentence: String, payer: String, company: String, amount: Double) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing && $0.value == amount })
        #expect(money.instrument == "equity")
        #expect(name(analysis, money.subject) == payer)
        #expect(name(analysis, money.recipient) == company)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == payer)
        #expect(stake.object == company)
    }

    @Test("money invested in a company in exchange for a stake: the investor holds the stake in that company", arguments: [
        ("The Australian government will invest A$200 million in Arafura Rare Earths in exchange for a 10 per cent stake in the company.",
         "Australia", "Arafura Rare Earths"),
        ("Norland Capital is investing $50 million in Borealis Mining in return for a 12% stake in the company.", "Norland Capital", "Borealis Mining"),
    ])
    func investedForStake(sentence: String, investor: String, company: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.subject) == investor)
        #expect(name(analysis, money.recipient) == company)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == investor)
        #expect(stake.object == company, "\(stake.object ?? "-")")
    }

    @Test("a name set beside a possessed noun is the party, not its possessor", arguments: [
        ("Lynas is 15%-owned by JOGMEC's partner, Japan Australia Rare Earths.", "Japan Australia Rare Earths"),
        ("The mine is 60% owned by Glencore's trading arm, Katanga Holdings.", "Katanga Holdings"),
    ])
    func appositionOverPossessor(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == holder)
    }

    @Test("a relative clause on a description set beside a name is about that name", arguments: [
        ("Lynas is partly owned by Japan Australia Rare Earths, a company that is itself 80% controlled by Sojitz.", "Japan Australia Rare Earths", "Sojitz"),
        ("Borealis sold the stake to Norland Holdings, a firm which is 51% owned by Ruritania.", "Norland Holdings", "Ruritania"),
    ])
    func describedName(sentence: String, owned: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == holder)
        #expect(stake.object == owned, "\(stake.object ?? "-")")
    }

    @Test("the verb of a clause after ', which' agrees with the noun it describes", arguments: [
        ("Balama is one of the largest graphite operations outside China, which produces about 77% of the world's natural graphite.", "China"),
        ("The metals come from mines in Indonesia, which accounts for 50% of global nickel output.", "Indonesia"),
    ])
    func relativeAgreement(sentence: String, actor: String) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(analysis.claims.first { $0.type == .supplyShare })
        #expect(name(analysis, share.subject) == actor)
    }

    @Test("'would' in speech reported in the past is the reported 'will'; 'could' stays a maybe", arguments: [
        ("Manara Minerals said it would pay $2.5 billion for a 10% stake in Vale Base Metals.", nil as String?),
        ("Borealis announced it would hold 40% of the new smelter.", nil),
        ("Manara Minerals could pay $2.5 billion for a 10% stake in Vale Base Metals.", "possible"),
        ("Borealis said it might hold 40% of the new smelter.", "possible"),
    ])
    func reportedWould(sentence: String, modality: String?) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(stake.modality == modality)
    }
}

@Suite("Claims: money drawn and invested, by grammar")
struct ClaimDrawnAndInvestedTests {
    @Test("money drawn from a facility comes from its lender; the facility's owner borrows", arguments: [
        ("Lundin Mining said it had drawn $800 million from its revolving credit facility with a syndicate of banks.", "Lundin Mining"),
        ("Borealis Mining drew $120 million from its loan facility with Export Development Canada.", "Borealis Mining"),
    ])
    func drawn(sentence: String, borrower: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.recipient) == borrower)
        #expect(name(analysis, money.subject) != borrower)
    }

    @Test("who is invested in receives the money; 'in return' names no one", arguments: [
        ("BHP invested $100 million in Kabanga Nickel last year.", "BHP", "Kabanga Nickel"),
        ("In return for shares, Norland Capital invested $40 million in Borealis Mining.", "Norland Capital", "Borealis Mining"),
    ])
    func investedIn(sentence: String, investor: String, company: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.subject) == investor)
        #expect(name(analysis, money.recipient) == company)
    }
}

@Suite("Claims: 'the company' after a name in its own clause")
struct ClaimCompanyReferenceTests {
    @Test("'the company' is the one its own clause named before it, over the story's most-named company", arguments: [
        "Yamato Metals is Yamato's lead firm. Yamato Metals said so. The government of Western Australia will invest A$50 million in Coral Rare Earths in exchange for a 5 per cent stake in the company.",
        "Yamato Metals is Yamato's lead firm. Yamato Metals said so. The state will put A$50 million into Coral Rare Earths in return for a 5% stake in the company.",
    ])
    func companyInClause(text: String) throws {
        let analysis = try claimsOf(text)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 5 })
        #expect(stake.object == "Coral Rare Earths", "\(stake.object ?? "-")")
    }
}

@Suite("Claims: people of a company, shares of a company, vehicles and recipients")
struct ClaimPeopleAndSharesTests {
    @Test("a company's chairman or chief executive is not the company; the stake is in the company", arguments: [
        ("Renascor's chairman holds a further 4% of the company.", "Renascor"),
        ("Talon's chief executive, Henri van Rooyen, owns 3% of the company.", "Talon"),
    ])
    func personOfCompany(sentence: String, company: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) != company)
        #expect(stake.object == company, "\(stake.object ?? "-")")
    }

    @Test("a stake in a company's shares or stock is a stake in the company", arguments: [
        ("Acme Lithium said its founder owns 12% of the company's shares.", "Acme Lithium"),
        ("Glencore holds 10% of Borealis Mining's stock.", "Borealis Mining"),
        ("Talon Metals is listed in Toronto. Its chief executive, James Carter, owns roughly 9% of its shares.", "Talon Metals"),
    ])
    func sharesOfCompany(text: String, company: String) throws {
        let analysis = try claimsOf(text)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(stake.object == company, "\(stake.object ?? "-")")
    }

    @Test("a vehicle with a partner named in its own phrase is unnamed: the subject holds", arguments: [
        ("Codelco holds 20% of the mine through its partnership with Rio Tinto.", "Codelco"),
        ("Tianqi Lithium owns 51% of the refinery through its joint venture with IGO.", "Tianqi Lithium"),
    ])
    func vehicleWithPartner(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == holder)
    }

    @Test("the main verb after a relative clause set off by commas has the noun before it as subject", arguments: [
        ("MP Materials, which operates the Mountain Pass mine in California, currently holds about 8% of the global rare earth market.", "MP Materials"),
        ("Tsingshan, which runs most of the smelters, now supplies 30% of global nickel output.", "Tsingshan"),
    ])
    func mainVerbAfterRelative(sentence: String, actor: String) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(analysis.claims.first { $0.type == .supplyShare })
        #expect(name(analysis, share.subject) == actor)
    }

    @Test("money given 'to' a party goes to it, before a 'for' purpose and wherever the 'to' hangs", arguments: [
        ("The bank lent $50 million to Acme Lithium last year.", "Acme Lithium"),
        ("EXIM will provide $120 million to Borealis Mining for the smelter.", "Borealis Mining"),
        ("Export Finance Australia will lend A$300 million to Renascor Resources for its Siviour project.", "Renascor Resources"),
    ])
    func givenTo(sentence: String, recipient: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.recipient) == recipient)
    }
}

@Suite("Claims: coordinated amounts, administrations and the reach of an option")
struct ClaimCoordinationTests {
    @Test("each of two coordinated amounts goes to its own 'to' party and keeps the frame", arguments: [
        "EXIM has issued letters of interest for up to $120 million to Critical Metals Corp, and for as much as $400 million to Hastings Technology Metals.",
        "The bank approved loans of $120 million to Critical Metals Corp and $400 million to Hastings Technology Metals.",
        "The fund will lend $120 million to Critical Metals Corp and $400 million to Hastings Technology Metals.",
    ])
    func coordinatedAmounts(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let first = try #require(analysis.claims.first { $0.type == .financing && $0.value == 120e6 })
        let second = try #require(analysis.claims.first { $0.type == .financing && $0.value == 400e6 })
        #expect(name(analysis, first.recipient) == "Critical Metals Corp")
        #expect(name(analysis, second.recipient) == "Hastings Technology Metals")
        #expect(first.instrument == second.instrument)
    }

    @Test("a president's administration is the country's government, never the person", arguments: [
        ("The United States wants more mines. The Trump administration will invest $35.6 million in Trilogy Metals.", "United States"),
        ("Canada is expanding its mining fund. The Carney government will lend C$80 million to Borealis Mining.", "Canada"),
    ])
    func administration(text: String, country: String) throws {
        let analysis = try claimsOf(text)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.subject) == country)
    }

    @Test("warrants or options make an option only of the figures in their own phrase", arguments: [
        ("The government will invest $35.6 million in Trilogy Metals for a 10% stake in the company, along with warrants to buy an additional 7.5%.", 10.0, 7.5),
        ("Ruritania will buy 20% of Acme Lithium, along with warrants to buy a further 5%.", 20.0, 5.0),
    ])
    func optionReach(sentence: String, held: Double, optional: Double) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == held })
        let option = try #require(analysis.claims.first { $0.type == .ownership && $0.value == optional })
        #expect(stake.modality == nil)
        #expect(option.modality == "option")
        #expect(!analysis.claims.contains { $0.type == .financing && $0.modality == "option" })
    }
}

@Suite("Claims: the one given money, and the company a story is about")
struct ClaimGivenAndTopicTests {
    @Test("the first of two objects of a giving verb is the one given the money", arguments: [
        ("Jervois Global said the Department of Defense awarded it a $25 million grant.", "Jervois Global"),
        ("Talon Metals said the Energy Department had given it a $40 million grant.", "Talon Metals"),
    ])
    func givenIt(sentence: String, recipient: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.recipient) == recipient)
    }

    @Test("'the company' named as often as a place-named operation is the company named first", arguments: [
        ("Jervois Global said the refinery at Idaho Cobalt Operations won a grant. The company owns 100% of the project.", "Jervois Global"),
        ("Acme Lithium said the plant at Nevada Lithium Works was approved. The company holds 80% of the plant.", "Acme Lithium"),
    ])
    func storyCompany(text: String, holder: String) throws {
        let analysis = try claimsOf(text)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == holder)
    }
}

@Suite("Claims: passive givers, holders by their share, demand and possessive names")
struct ClaimHolderAndGiverTests {
    @Test("the 'by' of a passive giving verb gives the money, wherever the parse hangs it", arguments: [
        ("Graphite One Inc. said it had been awarded $37.5 million by the U.S. Department of Defense.", "U.S. Department of Defense"),
        ("Borealis Mining was granted C$20 million by Natural Resources Canada.", "Natural Resources Canada"),
    ])
    func passiveBy(sentence: String, giver: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.subject) == giver)
    }

    @Test("the one who becomes the largest shareholder 'with' a share holds it; its earlier stake is history", arguments: [
        "Zijin Mining, which already owns 39.6% of the complex, will become its largest shareholder with 49.5%.",
        "Zijin Mining, which currently holds 39.6% of the complex, will become the largest shareholder in it with 49.5%.",
    ])
    func becomesShareholder(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let after = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 49.5 })
        #expect(name(analysis, after.subject) == "Zijin Mining")
        #expect(after.scope == "project")
        let before = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 39.6 })
        #expect(before.scope == "context")
    }

    @Test("a share of demand a project would meet is a supply share", arguments: [
        "Graphite Creek would supply roughly 5% of U.S. graphite demand.",
        "The Nolans project could meet about 8% of global demand for rare earth oxides.",
    ])
    func shareOfDemand(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.claims.contains { $0.type == .supplyShare }, "\(analysis.claims.map(\.type.rawValue))")
    }

    @Test("an amount 'to' a possessed name goes to the name, not its possessor", arguments: [
        "EXIM issued letters of interest for up to $120 million to Critical Metals Corp, and for as much as $400 million to Australia's Hastings Technology Metals.",
        "The fund will lend $20 million to Acme Lithium and $400 million to Australia's Hastings Technology Metals.",
    ])
    func possessedName(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing && $0.value == 400e6 })
        #expect(name(analysis, money.recipient) == "Hastings Technology Metals")
    }
}

@Suite("Claims: ceilings, programmes and money that comes from a loan")
struct ClaimProgrammeTests {
    @Test("a ceiling on exposure or lending is no money of the deal", arguments: [
        ("DFC's total portfolio exposure is capped at $205 billion under the BUILD Act.", 205e9),
        ("Lending by the fund is limited to $10 billion a year.", 10e9),
    ])
    func ceiling(sentence: String, amount: Double) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.value == amount && $0.scope == "project" && [.financing, .projectCost].contains($0.type) })
    }

    @Test("money committed to a kind of project, or since a body's founding, sizes a programme", arguments: [
        "Since its founding, DFC has committed more than $3 billion to critical minerals projects worldwide.",
        "EXIM has approved $5 billion for mining projects since its inception.",
        "DFC has committed $3 billion to critical minerals projects.",
    ])
    func programme(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(money.scope == "context")
    }

    @Test("a name's verb before an infinitive is a verb: its subject spends", arguments: [
        ("KAZ Minerals plans to spend $1.2 billion on the Baimskaya project.", "KAZ Minerals"),
        ("Tsingshan aims to invest $500 million in the smelter.", "Tsingshan"),
    ])
    func plansTo(sentence: String, spender: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.subject) == spender)
        #expect(money.modality == "possible")
    }

    @Test("money said to come from a loan is that loan, from its lender", arguments: [
        ("KAZ Minerals will spend $1.2 billion on the project, of which $600 million will come from a loan by VTB Bank.", 600e6, "VTB Bank"),
        ("The project will cost $900 million. Of that, $400 million will come from a loan from Export Development Canada.", 400e6, "Export Development Canada"),
    ])
    func comesFromLoan(text: String, amount: Double, lender: String) throws {
        let analysis = try claimsOf(text)
        let money = try #require(analysis.claims.first { $0.type == .financing && $0.value == amount })
        #expect(name(analysis, money.subject) == lender)
        #expect(money.instrument == "loan")
    }
}

@Suite("Bottom line: what the source says of the money, no more")
struct BottomLineWordingTests {
    @Test("an offer offers; money stated as given or to be given commits", arguments: [
        ("EXIM has issued a letter of interest for up to $120 million to Critical Metals Corp.", "offers", "commits"),
        ("The Department of Energy issued a conditional commitment for a $400 million loan to Acme Lithium.", "offers", "commits"),
        ("Yamato Metals will provide $100 million to Coral Rare Earths.", "commits", "offers"),
        ("The Department of Energy closed a $400 million loan to Acme Lithium.", "commits", "offers"),
    ])
    func offerOrCommitment(sentence: String, verb: String, notVerb: String) throws {
        let analysis = try claimsOf(sentence)
        let line = bottomLine(analysis).map(\.markup).joined(separator: " ")
        #expect(line.contains(" \(verb) "), "\(line)")
        #expect(!line.contains(" \(notVerb) "), "\(line)")
    }
}

@Suite("Claims: what is still needed is no cost")
struct ClaimRemainderTests {
    @Test("an amount still needed on top of what was raised is no project cost", arguments: [
        ("Cornish Lithium will need about £500m more to build it.", 500e6, "context"),
        ("The miner still requires a further $300 million to complete the plant.", 300e6, "context"),
        ("The refinery will require an additional $2bn.", 2e9, "context"),
        ("The project will need $900 million to build.", 900e6, "project"),
    ])
    func remainder(sentence: String, amount: Double, scope: String) throws {
        let analysis = try claimsOf(sentence)
        let cost = try #require(analysis.claims.first { $0.type == .projectCost && $0.value == amount })
        #expect(cost.scope == scope)
    }
}

@Suite("Claims: stakes that belong to someone, loans a borrower signs")
struct ClaimBelongAndSignTests {
    @Test("the 'to' of 'belongs' holds the stake", arguments: [
        ("The other 30% of the mine belongs to the Zambian government.", "Zambia"),
        ("A 20% interest in the project belongs to Glencore.", "Glencore"),
    ])
    func belongs(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == holder)
    }

    @Test("a company that signs a loan with no lender named borrows it; a lender's name lends", arguments: [
        ("Talon Nickel said it had signed a $200 million loan with an interest rate of 6.5%.", "-", "Talon Nickel"),
        ("Borealis Mining said it has signed a C$75 million loan.", "-", "Borealis Mining"),
        ("The European Investment Bank has signed a €150 million loan with Talga Group.", "European Investment Bank", "Talga Group"),
    ])
    func signs(sentence: String, lender: String, borrower: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.subject) == lender)
        #expect(name(analysis, money.recipient) == borrower)
    }
}

@Suite("Financing chart: its description words the money as the bottom line does")
struct FinancingChartWordingTests {
    @Test("an offer offers and money stated as given commits, in the chart's description too", arguments: [
        ("EXIM has issued a letter of interest for up to $120 million to Critical Metals Corp.", "offers"),
        ("The Department of Defense awarded a $35 million contract to MP Materials.", "commits"),
    ])
    func chartWording(sentence: String, verb: String) throws {
        let analysis = try claimsOf(sentence)
        let charts = makeCharts(analysis).charts
        let financing = try #require(charts.first { $0.id == "financing" })
        #expect(financing.description.contains(" \(verb) "), "\(financing.description)")
    }
}
