import BriefingModel
import Foundation
import Testing

/// Owners listed with their shares, names with particles, and lenders named side by side:
/// each rule on several wordings.
@Suite("Claims: owners listed with their shares, and names that run together")
struct ClaimListTests {
    private func name(_ analysis: Analysis, _ id: String?) -> String { analysis.entity(id)?.name ?? "-" }

    @Test("a share written ', with X%' after a party, in a sentence about owners, is that party's stake", arguments: [
        "Vantor Magnetics is owned by Halden Capital, with 41%, and Brightwater Partners, with 30%.",
        "The other shareholders in Vantor Magnetics are Halden Capital, with 41%, and Brightwater Partners, with 30%.",
        "Vantor's other shareholders are Halden Capital, with about 41%, and private equity firm Brightwater Partners, with 30%.",
    ])
    func listedWithShares(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let first = try #require(claim(analysis, .ownership, 41))
        let second = try #require(claim(analysis, .ownership, 30))
        #expect(name(analysis, first.subject) == "Halden Capital")
        #expect(name(analysis, second.subject) == "Brightwater Partners")
        #expect(first.object?.hasPrefix("Vantor") == true)
    }

    @Test("', with the remaining X% held by B' is B's stake, and the stakes before it keep their holders", arguments: [
        ("Zijin owns 45% of the mine, with the remaining 55% held by Gecamines.", [45.0: "Zijin", 55.0: "Gecamines"]),
        ("The project is 70%-owned by Lundin Mining, with the other 30% held by the government of Chile.", [70.0: "Lundin Mining", 30.0: "Chile"]),
        ("After the deal, the mine will be 45% owned by Zijin and 35% by Ivanhoe Mines, with the remaining 20% held by the Congolese government.",
         [45.0: "Zijin", 35.0: "Ivanhoe Mines", 20.0: "Congo"]),
        ("The venture is controlled by Rio Tinto, with a 30% stake owned by Turquoise Hill.", [30.0: "Turquoise Hill"]),
    ])
    func remainderHeldBy(sentence: String, holders: [Double: String]) throws {
        let analysis = try claimsOf(sentence)
        for (percent, holder) in holders {
            let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == percent }, "\(percent)%")
            #expect(name(analysis, stake.subject) == holder, "\(percent)%")
            #expect(stake.scope == "project", "\(percent)%")
        }
    }

    @Test("', with X% produced in Y' after a share of a market is Y's share of that market", arguments: [
        ("Roughly 70% of global cobalt supply comes from Congo, with a further 10% produced in Indonesia.", 10.0, "Indonesia", "global cobalt supply"),
        ("In 2020 about 70% of global tantalum supply originated in Africa, with 40% produced in the Democratic Republic of Congo.",
         40.0, "Democratic Republic of Congo", "global tantalum supply"),
        ("About 60% of the world's cobalt is mined in Congo, with another 5% mined in Russia.", 5.0, "Russia", "the world's cobalt"),
        ("China produces 80% of global refined cobalt, with another 5% produced in Finland.", 5.0, "Finland", "global refined cobalt"),
    ])
    func elidedSourcedShare(sentence: String, percent: Double, actor: String, market: String) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(analysis.claims.first { $0.type == .supplyShare && $0.value == percent })
        #expect(name(analysis, share.subject) == actor)
        #expect(share.object == market)
    }

    @Test("a description set off by commas after a name is that name's: what it says is owned is the name", arguments: [
        ("Under the deal, Japan Gallium Holdings, a vehicle owned 60% by JOGMEC and 40% by Sojitz, will acquire a 25% interest in the project.",
         60.0, "JOGMEC", "Japan Gallium Holdings"),
        ("Kamoto Holdings, a company owned 75% by Glencore, will buy 20% of the mine.", 75.0, "Glencore", "Kamoto Holdings"),
        ("Orex Partners, a venture 51% owned by Orex Mining, holds 30% of the project.", 51.0, "Orex Mining", "Orex Partners"),
    ])
    func describedOwned(sentence: String, percent: Double, holder: String, owned: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == percent })
        #expect(name(analysis, stake.subject) == holder)
        #expect(stake.object == owned)
    }

    @Test("an owner with no name is left unnamed, never the company owned", arguments: [
        "Vantor's other shareholders are the founding family, with 41%, and Brightwater Partners, with 30%.",
        "Vantor Magnetics is owned by the founding family, with 41%, and Brightwater Partners, with 30%.",
    ])
    func unnamedOwner(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let family = try #require(claim(analysis, .ownership, 41))
        #expect(!name(analysis, family.subject).hasPrefix("Vantor"), "\(name(analysis, family.subject))")
    }

    @Test("a figure ', with' after a party in a sentence about something else is no stake", arguments: [
        "Acme Mining, with 5,000 employees, owns 51% of the mine.",
        "The plant, with 40% more capacity, will open in 2027.",
    ])
    func withOutsideOwnerLists(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .ownership && ($0.value == 5_000 || $0.value == 40) })
    }

    @Test("a stake held before the deal is history; one kept after it is the deal's", arguments: [
        ("Before the sale, Zambezia held 30% of Kafue Copper. It will keep 20%.", 30.0, 20.0),
        ("Zambezia held 30% of Kafue Copper prior to the transaction and will retain 20% after it.", 30.0, 20.0),
    ])
    func stakeBeforeTheDeal(text: String, before: Double, after: Double) throws {
        let analysis = try claimsOf(text)
        let old = try #require(analysis.claims.first { $0.type == .ownership && $0.value == before })
        #expect(old.scope == "context", "\(old.scope)")
        let kept = try #require(claim(analysis, .ownership, after))
        #expect(kept.scope == "project")
    }

    @Test("a capitalised particle opens a name", arguments: [
        ("Gulf investor Al Noor Holdings bought a 10% stake in Kafue Copper.", "Al Noor Holdings"),
        ("De Beers owns 15% of the Venetia mine.", "De Beers"),
        ("The state sold 10% of Kafue Copper to Van Eck Associates.", "Van Eck Associates"),
    ])
    func nameParticles(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(name(analysis, stake.subject) == holder)
    }

    @Test("a bracketed word before a legal form, and 'No.' with its number, are part of the name", arguments: [
        ("IREL (India) Ltd will hold 26% of the venture.", "IREL (India) Ltd"),
        ("Rio Tinto (Australia) Pty Ltd holds 26% of the mine.", "Rio Tinto (Australia) Pty Ltd"),
        ("The activist fund Engine No. 1 owns 26% of the company.", "Engine No. 1"),
    ])
    func namesWithMarks(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 26))
        #expect(name(analysis, stake.subject) == holder)
    }

    @Test("a country in brackets after a company says where it is; the company is still the one named", arguments: [
        "Glencore (Switzerland) said it owns 30% of the mine.",
        "Glencore (Switzerland) owns 30% of the mine.",
    ])
    func countryInBrackets(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 30))
        #expect(name(analysis, stake.subject) == "Glencore")
    }

    @Test("a nationality word right after a name's first word is part of the name", arguments: [
        ("Anglo American owns about 9% of Canada Nickel.", "Anglo American"),
        ("Pan American Silver owns 9% of the mine.", "Pan American Silver"),
        ("Glencore's Australian unit owns 9% of the mine.", "Glencore"),
    ])
    func nationalityInName(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 9))
        #expect(name(analysis, stake.subject) == holder)
    }

    @Test("a nationality word after a region's word describes; it names no one", arguments: [
        "The Central Asian nation holds 20% of global tungsten reserves, and Acme Mining owns 9% of the mine.",
        "Latin American producers supply 30% of the world's lithium; Acme Mining owns 9% of the mine.",
    ])
    func regionAdjective(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let names = analysis.entities.map(\.name)
        #expect(!names.contains { $0.hasSuffix(" Asian") || $0.hasSuffix(" American") }, "\(names)")
    }

    @Test("a party said to be a company's shareholder holds its stake in that company", arguments: [
        "Canada Nickel's largest shareholder, Anglo American, owns about 9%.",
        "The largest shareholder in Canada Nickel, Anglo American, holds 9%.",
        "Anglo American, Canada Nickel's largest shareholder, owns about 9%.",
    ])
    func shareholderOfCompany(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, 9))
        #expect(name(analysis, stake.subject) == "Anglo American")
        #expect(stake.object == "Canada Nickel")
    }

    @Test("'it', the subject of a copula or of a clause a verb reports, is the reporting subject", arguments: [
        "Critical Metals Corp, which owns 42% of Tanbreez, said it was in talks to buy another 50% of the mine.",
        "Critical Metals Corp, which owns 42% of Tanbreez, said it was in talks to raise its stake to 50%.",
        "Critical Metals Corp, which owns 42% of Tanbreez, is in talks to raise its holding in the mine to 50%.",
    ])
    func pronounOfReportedClause(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 50 })
        #expect(name(analysis, stake.subject) == "Critical Metals Corp")
        #expect(stake.modality == "possible")
    }

    @Test("money paid or invested for a stake is the payer's equity financing, and the payer holds the stake", arguments: [
        ("The UK government's National Wealth Fund will invest £28.6m for a 9.9% stake in Cornish Lithium Ltd, the company said on Friday.", "National Wealth Fund"),
        ("National Wealth Fund will pay £28.6m for a 9.9% stake in Cornish Lithium Ltd.", "National Wealth Fund"),
        ("State Grid Corp will invest £28.6m for a 9.9% stake in Cornish Lithium Ltd.", "State Grid Corp"),
    ])
    func paidForStake(sentence: String, payer: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(claim(analysis, .financing, 28_600_000))
        #expect(money.instrument == "equity")
        #expect(name(analysis, money.subject) == payer)
        #expect(name(analysis, money.recipient) == "Cornish Lithium Ltd")
        let stake = try #require(claim(analysis, .ownership, 9.9))
        #expect(name(analysis, stake.subject) == payer)
    }

    @Test("'and' after a country's name, or before a possessor, joins two names, not words of one", arguments: [
        ("Loans of $450 million from the Export-Import Bank of the United States and Britain's UK Export Finance will fund the mine.", "UK Export Finance"),
        ("The Export-Import Bank of the United States and Export Development Canada will lend $450 million to the mine.", "Export Development Canada"),
    ])
    func twoLenders(sentence: String, other: String) throws {
        let analysis = try claimsOf(sentence)
        let loan = try #require(claim(analysis, .financing, 450_000_000))
        let lender = try #require(analysis.entity(loan.subject))
        // The lender is the bank, or the two of them as a group with each its own name.
        let names = lender.members.isEmpty ? [lender.name] : lender.members.compactMap { analysis.entity($0)?.name }
        #expect(names.contains("Export-Import Bank of the United States"), "\(names)")
        #expect(!names.contains { $0.contains("United States and") }, "\(names)")
        if names.count > 1 { #expect(names.contains(other), "\(names)") }
    }

    @Test("'and' inside an institution's name stays in it", arguments: [
        "The Center for Strategic and International Studies said China refines 90% of the world's rare earths.",
    ])
    func andInsideInstitution(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.entities.map(\.name).contains("Center for Strategic and International Studies"))
    }

    @Test("'respectively' pairs the n-th figure with the n-th name, through a relative pronoun too", arguments: [
        "Sodium Valley is a joint venture of Pelican Chemicals and Northgate Energy, which own 55% and 45%, respectively.",
        "The mine belongs to Pelican Chemicals and Northgate Energy, which hold 55 and 45 percent respectively.",
        "Pelican Chemicals and Northgate Energy own 55 and 45 percent, respectively, of the Sodium Valley venture.",
    ])
    func respectively(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let first = try #require(claim(analysis, .ownership, 55))
        let second = try #require(claim(analysis, .ownership, 45))
        #expect(name(analysis, first.subject) == "Pelican Chemicals")
        #expect(name(analysis, second.subject) == "Northgate Energy")
    }

    @Test("three names and three figures, however the parse hangs them", arguments: [
        "The project is owned by Orex Mining, Stannis Resources and Halden Capital, who hold 50%, 30% and 20% respectively.",
        "Orex Mining, Stannis Resources and Halden Capital hold 50%, 30% and 20%, respectively, of the project.",
    ])
    func threeRespectively(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        for (value, holder) in [(50.0, "Orex Mining"), (30.0, "Stannis Resources"), (20.0, "Halden Capital")] {
            let stake = try #require(claim(analysis, .ownership, value))
            #expect(name(analysis, stake.subject) == holder)
        }
    }

    @Test("a rise or fall of the shares is no stake; a stake that rises 'to' a figure is one", arguments: [
        ("Its shares have risen 35% this year.", 35.0, false),
        ("Garuda's shares fell 12% on the news.", 12.0, false),
        ("Garuda's stake in the mine rose to 35% after the placement.", 35.0, true),
    ])
    func sharePriceMoves(sentence: String, value: Double, isStake: Bool) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.claims.contains { $0.type == .ownership && $0.value == value && $0.scope == "project" } == isStake)
    }

    @Test("a subject pronoun with nothing named before it continues the last sentence's subject", arguments: [
        "Zambia sold 10% of Kafue Copper to Al Noor Holdings. It will keep 20%.",
        "Zambia held 30% of Kafue Copper through ZCCM Holdings before the deal. It will keep 20%.",
    ])
    func pronounContinuesSubject(text: String) throws {
        let analysis = try claimsOf(text)
        let kept = try #require(claim(analysis, .ownership, 20))
        #expect(name(analysis, kept.subject) == "Zambia")
    }

    @Test("a share whose market the writer left out has the market of the sentence's other share", arguments: [
        ("The U.S. produces less than 2% of the world's lithium, while Australia accounts for about 47%.", "Australia", 47.0),
        ("China refines about 90% of global rare earths and Malaysia around 5%.", "Malaysia", 5.0),
        ("China mines 60% of the world's tungsten, whereas Vietnam supplies about 5%.", "Vietnam", 5.0),
    ])
    func elidedMarket(sentence: String, actor: String, value: Double) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(claim(analysis, .supplyShare, value))
        #expect(name(analysis, share.subject) == actor)
        let first = try #require(analysis.claims.first { $0.type == .supplyShare && $0.value != value })
        #expect(share.object == first.object, "\(share.object ?? "-") vs \(first.object ?? "-")")
        #expect(share.object?.contains(actor) == false)
    }

    @Test("a stake beside a stake stays a stake", arguments: [
        "Acme Mining owns 60% of the mine, while Beta Resources holds 40%.",
        "Ma'aden owns 60% of Manara and the PIF holds the other 40%.",
    ])
    func stakeBesideStake(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .supplyShare })
        #expect(claim(analysis, .ownership, 40) != nil)
    }

    @Test("two investors named together give together to the one invested in", arguments: [
        "Japan Organization for Metals and Energy Security (JOGMEC) and trading house Sojitz Corp will invest a further A$200 million in Lynas Rare Earths.",
        "JOGMEC and Sojitz Corp will together invest A$200 million in Lynas Rare Earths through a joint vehicle.",
    ])
    func jointInvestors(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(claim(analysis, .financing, 200_000_000))
        #expect(name(analysis, money.recipient) == "Lynas Rare Earths")
        let giver = try #require(analysis.entity(money.subject))
        let names = giver.members.isEmpty ? [giver.name] : giver.members.compactMap { analysis.entity($0)?.name }
        #expect(names.contains("Sojitz Corp"), "\(names)")
    }
}

/// Shareholder tables written as lists under a label.
@Suite("Claims: shareholder lists")
struct ShareholderListTests {
    @Test("rows of a list under an owners' label are stakes, whatever the marker and separator", arguments: [
        "Shareholders:\n\n- Orex Mining – 45%\n- Stannis Resources – 35%\n- Halden Capital – 20%",
        "The venture will be owned as follows:\n\n• Orex Mining: 45%\n• Stannis Resources: 35%\n• Halden Capital: about 20%",
        "Ownership of the project:\n\n* Orex Mining — 45% stake\n* Stannis Resources — 35% stake\n* Halden Capital — 20% stake",
    ])
    func rows(text: String) throws {
        let analysis = try claimsOf(text)
        for (value, holder) in [(45.0, "Orex Mining"), (35.0, "Stannis Resources"), (20.0, "Halden Capital")] {
            let stake = try #require(claim(analysis, .ownership, value))
            #expect(analysis.entity(stake.subject)?.name == holder)
        }
    }

    @Test("the same rows under another label are no stakes", arguments: [
        "Output growth by mine:\n\n- Orex Mining – 45%\n- Stannis Resources – 35%",
        "Change in sales from last year:\n\n• Orex Mining: 45%\n• Stannis Resources: 35%",
    ])
    func otherLabels(text: String) throws {
        let analysis = try claimsOf(text)
        #expect(!analysis.claims.contains { $0.type == .ownership }, "\(analysis.claims.map { "\($0.type.rawValue) \($0.value ?? 0)" })")
    }

    @Test("'X's largest shareholder is B, with N%': B holds N% of X", arguments: [
        ("The project is 85% owned by Nevada Clay, whose largest shareholder is Lithium Americas with 19.9%.", 19.9, "Lithium Americas", "Nevada Clay"),
        ("Nevada Clay's largest shareholder is Lithium Americas, with 19.9%.", 19.9, "Lithium Americas", "Nevada Clay"),
        ("The largest owner of Vantor Magnetics is Halden Capital, with 41%.", 41.0, "Halden Capital", "Vantor Magnetics"),
    ])
    func namedHolder(sentence: String, percent: Double, holder: String, owned: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(claim(analysis, .ownership, percent))
        #expect(analysis.entity(stake.subject)?.name == holder)
        #expect(stake.object == owned)
    }
}

/// Shares a writer gives as targets or forecasts are not stated as present facts.
@Suite("Claims: targets and forecasts")
struct TargetShareTests {
    @Test("a share expected of something, or reached 'by' a coming year, is possible; one reached by a past year is a fact", arguments: [
        ("Vantor expects the plant to supply 15% of European demand by 2030.", "possible"),
        ("Vantor expects its new plant to meet roughly 15% of European demand.", "possible"),
        ("The Vantor plant will supply 15% of European demand by 2030.", "possible"),
        ("By 2024, Vantor supplied 15% of European demand.", nil),
        ("Vantor supplies 15% of European demand.", nil),
    ] as [(String, String?)])
    func targetShares(sentence: String, modality: String?) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(claim(analysis, .supplyShare, 15))
        #expect(share.modality == modality, "\(share.modality ?? "fact")")
    }
}

/// What an amount before a project's noun says, and interest expressed in lending.
@Suite("Claims: project sizes and expressed interest")
struct ProjectSizeTests {
    @Test("an amount written before the project's own noun is its cost", arguments: [
        "Cove Kaz Capital signed a deal for the $1.1 billion project with Tau-Ken Samruk on Thursday.",
        "The DFC may also help finance the $1.1 billion mine.",
        "Work on the $1.1 billion tungsten plant will begin next year.",
    ])
    func projectSize(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(claim(analysis, .projectCost, 1_100_000_000) != nil)
    }

    @Test("an amount before another noun sizes that noun, not the project", arguments: [
        "The bank will provide a $300 million project finance loan.",
        "The company has a $1.1 billion market value.",
    ])
    func otherSizes(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .projectCost }, "\(analysis.claims.map(\.type.rawValue))")
    }

    @Test("money a lender expressed interest in, or is interested in, giving is possible", arguments: [
        "EXIM has expressed interest in providing up to $900 million.",
        "EXIM expressed interest in lending $900 million to the project.",
        "EXIM is interested in providing $900 million.",
    ])
    func expressedInterest(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let money = try #require(analysis.claims.first { $0.type == .financing && $0.value == 900_000_000 })
        #expect(money.modality == "possible")
        #expect(analysis.entity(money.subject)?.name == "EXIM")
    }
}

/// The market of a share, with the time the writer gave it.
@Suite("Claims: a market's time")
struct MarketTimeTests {
    @Test("a time after the market is kept in brackets, not run into the market's name", arguments: [
        ("Kafue produced about 4% of global copper supply last year.", "global copper supply (last year)"),
        ("The United States produces less than 4% of the world's lithium today.", "the world's lithium (today)"),
        ("China produces 4% of the world's tungsten.", "the world's tungsten"),
    ])
    func marketTime(sentence: String, market: String) throws {
        let analysis = try claimsOf(sentence)
        let share = try #require(claim(analysis, .supplyShare, 4))
        #expect(share.object == market)
    }
}
