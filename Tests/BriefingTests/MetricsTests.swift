import BriefingModel
import Figures
import Foundation
import Ingest
@testable import Metrics
@testable import Compose
import Testing
import BriefingPipeline

/// The analysis of the default briefing, computed once.
let seedAnalysis: Analysis = try! analyzeArticles(.spec(path: Repo.defaultSpec))

/// The claims of some articles as the pipeline reads them: parsed, with the repository's frames.
func analyse(_ files: [String], name: String = "test") throws -> Analysis {
    try analyzeArticles(.files(files, name: name, title: nil), assetsDirectory: Repo.root + "/assets")
}

extension Analysis {
    func claims(_ type: ClaimType) -> [Claim] { claims.filter { $0.type == type } }
    func subjectName(_ claim: Claim) -> String? { entity(claim.subject)?.name }
}

@Suite("Metrics on the seeds")
struct SeedMetricsTests {
    let analysis = seedAnalysis

    @Test("ownership: Cove 70% and Tau-Ken Samruk 30% of the joint venture")
    func ownership() throws {
        let stakes = analysis.claims(.ownership).filter(\.countsAsFact)
        #expect(stakes.count == 2)
        // "is not currently seeking an equity stake": kept, as a denied stake with no value.
        // ("The Trump administration … a US official said": the government is the country's.)
        #expect(analysis.claims(.ownership).contains { $0.modality == "negated" && $0.value == nil && analysis.subjectName($0) == "United States" })
        // "financial support could be made available … including the DFC and the Export-Import Bank".
        let possible = analysis.claims(.financing).filter { $0.modality == "possible" && $0.value == nil }.compactMap { analysis.subjectName($0) }
        #expect(possible.contains { $0.contains("Development Finance Corporation") } && possible.contains { $0.contains("Export-Import Bank") })
        // The deposits go by two names each across the sources.
        #expect(analysis.conflicts.contains { $0.note.contains("“Upper Kairaktinskoye” (S1) and “Upper Kairakty” (S2)")
            && $0.note.contains("“North Katpar” (S1) and “Northern Katpar” (S2)") })
        // "The United States has not had domestic tungsten production since 2015".
        #expect(analysis.claims.contains { $0.type == .production && $0.modality == "negated" && analysis.subjectName($0) == "United States" })
        // "Cove Kaz Capital would become the project's majority owner": a role, with no percentage.
        #expect(analysis.claims(.ownership).contains { $0.instrument == "majority owner" && analysis.subjectName($0)?.hasPrefix("Cove Kaz") == true })
        let cove = try #require(stakes.first { $0.value == 70 })
        #expect(analysis.subjectName(cove) == "Cove Kaz Capital Group LLC")
        #expect(cove.object == "joint venture")
        let tauKen = try #require(stakes.first { $0.value == 30 })
        #expect(analysis.subjectName(tauKen)?.contains("Tau-Ken Samruk") == true)
        let total = try #require(analysis.metrics.first { $0.name == "ownership_total" })
        #expect(total.value == 100)
        #expect(analysis.failedChecks.isEmpty)
    }

    @Test("financing: EXIM letter of interest for up to $900 million; cost about $1.1 billion")
    func financing() throws {
        let financing = analysis.claims(.financing)
        let exim = try #require(financing.first { $0.value == 900_000_000 })
        #expect(exim.qualifier == .atMost)
        #expect(exim.instrument == "letter of interest")
        let lender = try #require(analysis.entity(exim.subject))
        #expect(lender.name == "Export-Import Bank of the United States")
        #expect(lender.aliases.contains("EXIM"))
        let cost = try #require(analysis.claims(.projectCost).first)
        #expect(cost.value == 1_100_000_000)
        #expect(cost.qualifier == .approx)
    }

    @Test("the $4.2 billion rail deal is context, never this project's financing")
    func otherDeal() throws {
        let rail = try #require(analysis.claims.first { $0.value == 4_200_000_000 })
        #expect(rail.type != .financing)
        #expect(rail.scope == "context")
        #expect(!analysis.claims(.financing).contains { $0.value == 4_200_000_000 })
    }

    @Test("'some 80%' and 'over 80%' are both claims with their qualifiers, and a conflict")
    func chinaShare() throws {
        let shares = analysis.claims(.supplyShare)
        #expect(shares.contains { $0.value == 80 && $0.qualifier == .approx })
        #expect(shares.contains { $0.value == 80 && $0.qualifier == .atLeast })
        #expect(shares.allSatisfy { analysis.subjectName($0) == "China" })
        let ids = Set(shares.map(\.id))
        #expect(analysis.conflicts.contains { Set($0.claims) == ids && $0.note.contains("some 80%") && $0.note.contains("over 80%") })
    }

    @Test("the two counterparties are listed as a conflict")
    func counterparties() {
        #expect(analysis.conflicts.contains { $0.note.contains("Samruk-Kazyna") && $0.note.contains("Tau-Ken Samruk") })
    }

    @Test("derived metrics name their inputs and carry bounds")
    func derived() throws {
        let coverage = try #require(analysis.metrics.first { $0.name == "financing_coverage" })
        #expect(abs(coverage.value - 900.0 / 1100.0 * 100) < 1e-9)
        #expect(coverage.qualifier == .atMost)
        #expect(coverage.inputs.count == 2)
        let gap = try #require(analysis.metrics.first { $0.name == "funding_gap" })
        #expect(gap.value == 200_000_000)
        #expect(gap.qualifier == .atLeast)
        let rest = try #require(analysis.metrics.first { $0.name == "rest_of_world_share" })
        #expect(rest.value == 20)
    }

    @Test("entities: spec aliases and text aliases merge; a subsidiary stays apart from its parent")
    func entities() throws {
        let cove = try #require(analysis.entities.first { $0.name == "Cove Kaz Capital Group LLC" })
        #expect(cove.aliases.contains("Cove Capital"))
        let names = analysis.entities.map(\.name)
        #expect(names.contains("Samruk-Kazyna"))
        #expect(names.contains { $0.contains("Tau-Ken Samruk") })
        #expect(analysis.entities.first { $0.name.contains("Tau-Ken") }?.aliases.contains("Samruk-Kazyna") == false)
        let usgs = try #require(analysis.entities.first { $0.aliases.contains("USGS") })
        #expect(usgs.name.contains("Geological Survey"))
    }
}

@Suite("Metrics on other deals")
struct OtherDealTests {
    @Test("a price per unit is context, never financing or cost")
    func pricePerUnit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("price-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("price.txt").path
        try "Atlas Mining agreed a $300 million loan from Bank Nordic to build the Kiru mine. Tungsten concentrate sells for $350 per kg under the loan terms.\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let analysis = try analyse([file])
        #expect(analysis.claims(.financing).map(\.value) == [300_000_000])
        let price = try #require(analysis.claims.first { $0.value == 350 })
        #expect(price.scope == "context")
    }

    @Test("a press release: stakes, loan ceiling, credit facility, shares as context")
    func lithium() throws {
        let analysis = try analyse([Repo.fixture("lithium-press-release.txt")])
        let stakes = analysis.claims(.ownership)
        #expect(stakes.map(\.value) == [60, 40])
        #expect(analysis.subjectName(stakes[0]) == "Andes Lithium Corp")
        #expect(analysis.entity(stakes[1].subject)?.aliases.contains("JEMSE") == true)
        let dfc = try #require(analysis.claims(.financing).first { $0.value == 400_000_000 })
        #expect(dfc.qualifier == .atMost)
        #expect(dfc.instrument == "loan")
        #expect(analysis.entity(dfc.subject)?.aliases.contains("DFC") == true)
        let bank = try #require(analysis.claims(.financing).first { $0.value == 120_000_000 })
        #expect(bank.instrument == "credit facility")
        #expect(analysis.claims(.projectCost).first?.value == 850_000_000)
        // The offtake deal and the share price are context.
        #expect(analysis.claims.first { $0.value == 2_100_000_000 }?.scope == "context")
        #expect(analysis.claims.first { $0.value == 4.35 }?.scope == "context")
        #expect(!analysis.claims(.financing).contains { $0.value == 2_100_000_000 })
    }

    @Test("a wire story: lender after 'led by', stakes, mine life, noise ignored")
    func copper() throws {
        let analysis = try analyse([Repo.fixture("copper-wire-story.txt")])
        let loan = try #require(analysis.claims(.financing).first)
        #expect(loan.value == 1_600_000_000)
        #expect(loan.instrument == "term loan")
        #expect(analysis.subjectName(loan) == "Asian Development Bank")
        #expect(analysis.claims(.ownership).map(\.value) == [80, 20])
        #expect(analysis.claims(.timeline).contains { $0.object == "mine life" && $0.low == 25 && $0.high == 30 })
        #expect(!analysis.figures.contains { $0.text.contains("126") || $0.text.contains("3704") })
        #expect(analysis.corpus.sources[0].outlet == "Reuters")
    }
}

@Suite("Bottom line wording on unseen articles")
struct BottomLineTests {
    func bottomLineText(_ fixture: String) throws -> String {
        try Compose.bottomLine(analyse([Repo.fixture(fixture)])).map(\.markup).joined(separator: "\n")
    }

    @Test("a point that opens with an amount starts with a capital, inside its markup")
    func capitals() {
        #expect(Compose.capitalizingFirstLetter("<b>over $100 million</b> through a loan.") == "<b>Over $100 million</b> through a loan.")
        #expect(Compose.capitalizingFirstLetter("<b>~$1.1 billion</b> in cost.") == "<b>~$1.1 billion</b> in cost.")
        #expect(Compose.capitalizingFirstLetter("China has <b>80%</b>.") == "China has <b>80%</b>.")
    }

    @Test("unnamed providers, plural instruments, ranged costs and durations read as English")
    func wording() throws {
        let cobalt = try bottomLineText("cobalt-paywall-teaser.txt")
        #expect(cobalt.contains("through convertible notes (the sources do not say from whom)"))
        let copper = try bottomLineText("copper-financing-package.txt")
        #expect(copper.contains("$2.1–2.4 billion"))
        #expect(copper.contains("in financing (the sources do not say from whom)"))
        #expect(copper.contains("at most"))
        #expect(copper.contains("construction to take"))
        let rareEarths = try bottomLineText("rare-earths-uk-style.txt")
        #expect(rareEarths.contains("through a loan"))
        #expect(!rareEarths.contains("through a investment"))
    }

    @Test("'to begin within two years' stays a start, never 'to take'; a plant designed to operate for 18 years runs for them")
    func startsWithin() throws {
        let antimony = try bottomLineText("antimony-timeline-wording.txt")
        #expect(antimony.contains("construction to begin <b>within 2 years</b>"), "\(antimony)")
        #expect(!antimony.contains("construction to take"))
        let seeds = try Compose.bottomLine(seedAnalysis).map(\.markup).joined(separator: "\n")
        #expect(seeds.contains("construction to begin"))
        #expect(!seeds.contains("construction to take"))
    }
}

@Suite("Places named differently by different sources")
struct PlaceNameTests {
    @Test("near names in two sources are listed; unrelated names are not",
          arguments: [("the Upper Zelenogorsk mine", "the Upper Zelenogor mine", true),
                      ("the South Tarkhan deposit", "the Southern Tarkhan deposit", true),
                      ("the North Star mine", "the Blue Ridge mine", false)])
    func nearNames(first: String, second: String, listed: Bool) throws {
        let folder = Repo.temporaryFolder("places")
        try "Deal news\n\nAcme Mining owns 60% of \(first).\n".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "More deal news\n\nAcme Mining is developing \(second) in the north.\n".write(toFile: folder + "/b.txt", atomically: true, encoding: .utf8)
        let analysis = try analyse([folder + "/a.txt", folder + "/b.txt"])
        #expect(analysis.conflicts.contains { $0.note.hasPrefix("The sources name the same places differently") } == listed,
                "\(analysis.conflicts.map(\.note))")
    }
}
