import BriefingModel
import Foundation
import Testing

/// Who gives, who receives and what is owned, where the sentence's grammar says it and the
/// nearest name or a tempting parse would get it wrong; each rule on several wordings.
@Suite("Claims: parties and modality from grammar")
struct ClaimPartyTests {
    private func name(_ analysis: Analysis, _ id: String?) -> String { analysis.entity(id)?.name ?? "-" }

    @Test("a relative clause after a name speaks of that name; a place in another phrase is no partner", arguments: [
        ("The rest is funded through a €250 million green bond and equity from Sibanye-Stillwater, which owns 79.8% of Keliber.", "Sibanye-Stillwater", 79.8),
        ("Output goes to buyers in Japan and to Posco, which owns 12% of the project.", "Posco", 12.0),
        ("Funding comes from a state grant and a loan from Orano, which holds 30% of the mine.", "Orano", 30.0),
    ])
    func relativeClauseHolder(sentence: String, holder: String, percent: Double) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == percent })
        #expect(name(analysis, stake.subject) == holder)
    }

    @Test("money for newly issued shares is the buyer's equity financing; shares bought on the market are not", arguments: [
        ("Under the deal, the Pentagon will buy $150 million of newly issued common shares in Talon Metals.", "Pentagon", "Talon Metals"),
        ("Ruritania's sovereign fund subscribed for $40 million of new shares in Arafura Resources.", "Ruritania", "Arafura Resources"),
        ("Norland Capital will purchase C$25 million of convertible notes issued by Borealis Mining.", "Norland Capital", "Borealis Mining"),
        ("The Ministry of Economy said it had bought preferred shares in Vantor Magnetics worth €85 million.", "Ministry of Economy", "Vantor Magnetics"),
        ("The Ministry of Economy bought €85 million worth of preferred shares in Vantor Magnetics.", "Ministry of Economy", "Vantor Magnetics"),
        ("Norland Capital purchased newly issued shares in Borealis Mining worth about C$25 million.", "Norland Capital", "Borealis Mining"),
        ("The Ministry of Economy bought preferred shares in Vantor Magnetics worth about $85 million.", "Ministry of Economy", "Vantor Magnetics"),
    ])
    func newShares(sentence: String, buyer: String, issuer: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(money.instrument == "equity")
        #expect(name(analysis, money.subject) == buyer)
        #expect(name(analysis, money.recipient) == issuer)
    }

    @Test("shares bought with no word that they are new pay their sellers", arguments: [
        "Vanguard bought $50 million of shares in Talon Metals on the market.",
        "A pension fund purchased $12 million of Arafura shares last week.",
        "Vanguard bought shares in Talon Metals worth $50 million.",
    ])
    func marketShares(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .financing }, "\(analysis.claims.map(\.type.rawValue))")
    }

    @Test("a stake a forecast says will change is possible, the current one held", arguments: [
        ("Rio Tinto, which owns 16% of Talon, is expected to see its stake diluted to 14.5%.", 16.0, 14.5),
        ("Glencore currently holds 30% of Katanga Mining and is likely to cut its holding to 20%.", 30.0, 20.0),
    ])
    func forecastStake(sentence: String, held: Double, forecast: Double) throws {
        let analysis = try claimsOf(sentence)
        let now = try #require(analysis.claims.first { $0.type == .ownership && $0.value == held })
        let later = try #require(analysis.claims.first { $0.type == .ownership && $0.value == forecast })
        #expect(now.modality == nil)
        #expect(later.modality == "possible")
        #expect(now.object == later.object, "\(now.object ?? "-") / \(later.object ?? "-")")
    }

    @Test("money in talks or negotiations is possible, not committed", arguments: [
        "Cobalt Blue said it was in talks with Export Finance Australia about a loan of A$100 million.",
        "Lithium Americas is in negotiations with the Export-Import Bank over a $50 million facility.",
    ])
    func talks(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(money.modality == "possible")
    }

    @Test("in a clause whose verb is left out, the second holder is no apposition of the thing owned", arguments: [
        ("JOGMEC will hold 49% of the venture and Canadian miner Polaris Minerals the remaining 51%.", "Polaris Minerals"),
        ("Orex will own 60% of the Kami mine and Stannis Corp the other 40%.", "Stannis Corp"),
    ])
    func gapped(sentence: String, second: String) throws {
        let analysis = try claimsOf(sentence)
        let stakes = analysis.claims.filter { $0.type == .ownership }
        #expect(stakes.count == 2)
        #expect(stakes.contains { name(analysis, $0.subject) == second })
        #expect(!stakes.contains { $0.object == second }, "\(stakes.map { $0.object ?? "-" })")
    }

    @Test("'its' in a relative clause on a thing stands for the one who gets the thing", arguments: [
        ("The Pentagon will receive warrants that could lift its holding in Talon to 15%.", "Pentagon"),
        ("Sojitz obtained options which would raise its stake in the mine to 20%.", "Sojitz"),
    ])
    func relativeClauseHolder(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == holder)
        #expect(stake.modality == "option")
    }

    @Test("a loan signed 'with' a company lends to it, not to the place of its project", arguments: [
        ("The European Investment Bank has signed a €150 million loan with Talga Group for its refinery in Luleå.", "European Investment Bank", "Talga Group"),
        ("The Export-Import Bank has signed a $300 million loan with Arafura Rare Earths for its Nolans project in the Northern Territory.",
         "Export-Import Bank", "Arafura Rare Earths"),
        ("KfW agreed a €90 million credit facility with Vulcan Energy for its plant near Landau.", "KfW", "Vulcan Energy"),
    ])
    func loanWith(sentence: String, lender: String, borrower: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(name(analysis, money.subject) == lender)
        #expect(name(analysis, money.recipient) == borrower)
    }

    @Test("guaranteeing debt is a guarantee from the guarantor", arguments: [
        ("Swedish export credit agency EKN is guaranteeing a further €90 million of commercial bank debt.", "EKN"),
        ("The Danish state will underwrite $40 million of the loans.", "Denmark"),
    ])
    func guarantee(sentence: String, guarantor: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(money.instrument == "guarantee")
        #expect(name(analysis, money.subject) == guarantor)
    }

    @Test("the kind of body written before a name is no name of its own", arguments: [
        ("State mining holding MIND ID has agreed to buy 14% of PT Vale Indonesia.", "MIND ID"),
        ("Federal investment agency Ruritania Capital bought 9% of Acme Metals.", "Ruritania Capital"),
    ])
    func descriptionBeforeName(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == holder)
    }

    @Test("a stake noun is never the thing owned; a stake with nothing named is in the article's last owned thing", arguments: [
        "MIND ID bought 14% of PT Vale Indonesia.\n\nVale Canada will keep a 33.9% interest, down from 43.8%.",
        "Ruritania bought 14% of PT Vale Indonesia.\n\nVale Canada will retain a 33.9% stake, down from 43.8%.",
    ])
    func stakeNounNotOwned(text: String) throws {
        let analysis = try claimsOf(text)
        let stakes = analysis.claims.filter { $0.type == .ownership }
        #expect(stakes.count == 3)
        #expect(stakes.allSatisfy { $0.object == "PT Vale Indonesia" }, "\(stakes.map { $0.object ?? "-" })")
    }

    @Test("a stake a kind of party must hold or sell is a rule, no one's stake", arguments: [
        "A mining law obliges foreign-owned miners to sell at least 51% to local parties.",
        "The code requires foreign companies to transfer 30% to domestic investors within five years.",
    ])
    func ruleAboutStakes(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .ownership && $0.scope != "context" },
                "\(analysis.claims.map { "\($0.type.rawValue) \($0.scope)" })")
    }

    @Test("the producer is the subject of the producing verb, named through its phrase, not the place it is in", arguments: [
        ("Talon Metals owns the Tamarack project. Talon's Tamarack project in Minnesota is expected to produce 8,000 tonnes of nickel a year.", "Talon Metals"),
        ("Talga Group is building a plant. Talga's refinery near Luleå will produce 19,500 tonnes of anode a year.", "Talga Group"),
    ])
    func producer(text: String, producer: String) throws {
        let analysis = try claimsOf(text)
        let output = try #require(analysis.claims.first { $0.type == .production })
        #expect(name(analysis, output.subject) == producer)
    }

    @Test("a company's first word alone is that company when the rest of its name is a business word", arguments: [
        ("Talon Metals owns the Tamarack project. Rio Tinto owns about 16% of Talon.", "Talon Metals"),
        ("Talga Group will build a refinery. LKAB took a 7% stake in Talga last year.", "Talga Group"),
    ])
    func firstWordOfCompany(text: String, company: String) throws {
        let analysis = try claimsOf(text)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(stake.object == company)
        #expect(analysis.entities.filter { $0.name.hasPrefix(company.split(separator: " ")[0]) }.count == 1)
    }

    @Test("a period a rule sets for a kind of party, or a date with no stage, dates nothing of the project", arguments: [
        "The mining law obliges foreign-owned miners to sell at least 51% to local parties within ten years of production.",
        "Rules require foreign investors to reduce their holdings within five years of the first shipment.",
        "PT Vale plans to spend $8.6 billion on three smelter projects by 2030.",
    ])
    func periodOfRule(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .timeline && $0.scope != "context" },
                "\(analysis.claims.map { "\($0.type.rawValue) \($0.object ?? "-") \($0.scope)" })")
    }

    @Test("a company that plans or intends to spend has not yet committed", arguments: [
        "PT Vale plans to spend $8.6 billion on three smelter projects.",
        "Talga intends to invest €200 million in a second refinery.",
    ])
    func planned(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing })
        #expect(money.modality == "possible")
    }

    @Test("in 'A% owned by X and B% by Y' each share is the holder's right after it", arguments: [
        "The Bissett Creek mine is 60%-owned by Northern Graphite and 40% by Japan's Mitsui & Co.",
        "The Kami mine is 60% owned by Northern Graphite and 40% by Mitsui & Co.",
        "The refinery is held 60% by Northern Graphite and 40% by Mitsui & Co.",
    ])
    func sharesBy(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stakes = analysis.claims.filter { $0.type == .ownership }
        let first = name(analysis, stakes.first { $0.value == 60 }?.subject)
        let second = name(analysis, stakes.first { $0.value == 40 }?.subject)
        #expect(first.hasPrefix("Northern Graphite"), "\(first)")
        #expect(second == "Mitsui & Co", "\(second)")
    }

    @Test("a stage named by a verb dates that stage", arguments: [
        ("Bissett Creek is expected to produce 40,000 tonnes a year when it opens in 2028.", "opening"),
        ("The smelter should start producing cathode in 2027.", "production"),
    ])
    func stageVerb(sentence: String, stage: String) throws {
        let analysis = try claimsOf(sentence)
        let date = try #require(analysis.claims.first { $0.type == .timeline })
        #expect(date.object == stage)
    }

    @Test("the instrument an amount is 'of' names the money, over another one the sentence mentions", arguments: [
        ("The revised agreement includes robust loan amendments as well as more than $100 million of new equity.", "equity"),
        ("Besides amending the loan, Norland Capital will provide $50 million of convertible notes.", "convertible notes"),
        ("The financing package includes a $50 million loan and $20 million of convertible notes.", "convertible notes"),
    ])
    func instrumentOfAmount(sentence: String, instrument: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.last { $0.type == .financing })
        #expect(money.instrument == instrument, "\(money.instrument ?? "nil")")
    }

    @Test("a holder's stake before a deal gives way to the one the same source says it has after", arguments: [
        ("Orex currently holds 100% of the Kami project. It will sell 40% to Stannis Corp, leaving Orex with 60%.", 100.0, 60.0),
        ("Taurus owns 20% of the mine. After the placement its stake will fall to 17%.", 20.0, 17.0),
        ("Halvard Metals holds 51% of the refinery. The deal will leave Halvard Metals with 35%.", 51.0, 35.0),
    ])
    func stakeAfterDeal(text: String, before: Double, after: Double) throws {
        let analysis = try claimsOf(text)
        let stakes = analysis.claims.filter { $0.type == .ownership }
        #expect(stakes.first { $0.value == before }?.scope == "context")
        #expect(stakes.first { $0.value == after }?.scope == "project")
        let total = stakes.filter { $0.scope == "project" }.compactMap(\.value).reduce(0, +)
        #expect(total <= 100)
    }
}
