import BriefingModel
import BriefingPipeline
import Foundation
import Testing

/// A year is a timeline milestone when it dates an event or a goal, not when it says which
/// year's figures are meant.
@Suite("Timeline years read from the parse")
struct TimelineTests {
    @Test("a year that dates a start, a goal or a first is a milestone",
          arguments: [("Production is expected to start in 2027.", 2027.0, "production"),
                      ("The 2028 start of exports depends on the railway.", 2028, "exports"),
                      ("Commercial production in 2030 is the goal.", 2030, "production"),
                      ("The mine has a 2031 production target.", 2031, "production"),
                      ("Production started in 2019 at the Zeta mine.", 2019, "production")])
    func milestones(sentence: String, year: Double, milestone: String) throws {
        let analysis = try claimsOf(sentence)
        let found = try #require(claim(analysis, .timeline, year))
        #expect(found.object == milestone)
    }

    @Test("a year that names a period's figures is no milestone",
          arguments: ["The report is the earliest comprehensive source of 2020 mineral production data.",
                      "Output figures were compared with revised 2019 production totals.",
                      "Increase in domestic production of rare-earth concentrates in 2020, a 36% increase on the year before.",
                      "Output rose in 2019 compared with 2018 production totals.",
                      "In 2020 ~70% of global tantalum supply originated in Africa.",
                      "In 2019 about 40% of the world's cobalt was refined in China."])
    func periods(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .timeline }, "\(analysis.claims.map { "\($0.type) \($0.value ?? 0)" })")
    }

    @Test("a length of time written as an adjective measures its noun; only a stage or a term makes it a timeline",
          arguments: ["The report includes 5-year salient statistics on tantalum production.",
                      "Shares hit a 10-year high after the deal."])
    func adjectiveLengths(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(!analysis.claims.contains { $0.type == .timeline && $0.scope != "context" })
    }

    @Test("a length of time that dates a stage or a term stays a timeline",
          arguments: [("The mine has a 20-year life.", 20.0), ("Construction will take 3 years.", 3)])
    func stageLengths(sentence: String, years: Double) throws {
        let analysis = try claimsOf(sentence)
        #expect(claim(analysis, .timeline, years) != nil)
    }
}
