import BriefingModel
import Foundation
import Testing

/// Roles the claim reader fills from grammar where the nearest name would be wrong, each on
/// several wordings.
@Suite("Claims: roles from grammar")
struct ClaimRoleTests {
    private func name(_ analysis: Analysis, _ claim: Claim?) -> String { analysis.entity(claim?.subject)?.name ?? "-" }

    @Test("an unnamed vehicle ('through its fund') leaves the subject the holder; a named one holds", arguments: [
        ("Ruritania's government will buy a 9.9% interest in Acme Metals through its critical minerals fund.", "Ruritania"),
        ("Norland will take 15% of Borealis Mining through a new sovereign vehicle, officials said.", "Norland"),
        ("The government of Mongolia, through state miner Erdenes Mongol, owns the remaining 20%.", "Erdenes Mongol"),
    ])
    func vehicle(sentence: String, holder: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = analysis.claims.first { $0.type == .ownership }
        #expect(name(analysis, stake).contains(holder), "\(name(analysis, stake))")
    }

    @Test("'the department', 'the bank' stand for the body named earlier with that word, not the nearest company", arguments: [
        "The US Department of Defense will buy shares in Graphite One. The department's investment comes on top of a $37.5 million grant it awarded in 2023.",
        "Graphite One said the Export-Import Bank has been supportive. The bank has issued a letter of interest for up to $325 million.",
    ])
    func namedByWord(text: String) throws {
        let analysis = try claimsOf(text)
        let money = analysis.claims.filter { $0.type == .financing }
        #expect(!money.isEmpty)
        #expect(!money.contains { name(analysis, $0).contains("Graphite One") }, "\(money.map { name(analysis, $0) })")
    }

    @Test("an amount written right before a cost noun is that cost, not financing", arguments: [
        "The two buyers will also fund their share of the project's C$3.9 billion capital cost.",
        "The partners will share the mine's US$2.1 billion development budget in proportion to their stakes.",
        "Lenders are expected to cover most of the smelter's $800 million price tag.",
    ])
    func costBeforeNoun(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.claims.contains { $0.type == .projectCost }, "\(analysis.claims.map(\.type.rawValue))")
        #expect(!analysis.claims.contains { $0.type == .financing && $0.scope == "project" })
    }

    @Test("an option given to a party is that party's option, not a held stake", arguments: [
        "The agreement also gives Marubeni an option to lift its holding to 30% by 2032.",
        "The agreement gives Sojitz the right to raise its stake to 25%.",
    ])
    func option(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let stake = try #require(analysis.claims.first { $0.type == .ownership })
        #expect(["option", "possible"].contains(stake.modality ?? "-"), "\(stake.modality ?? "nil")")
        #expect(!name(analysis, stake).isEmpty && name(analysis, stake) != "-")
    }

    @Test("each milestone of a sentence takes its own clause's stage", arguments: [
        ("Construction is scheduled to begin in 2027 and first production is expected in 2030.", 2027.0, "construction", 2030.0, "production"),
        ("Construction will start in 2026 and commercial production is targeted for 2029.", 2026.0, "construction", 2029.0, "production"),
    ])
    func milestones(sentence: String, first: Double, firstStage: String, second: Double, secondStage: String) throws {
        let analysis = try claimsOf(sentence)
        let timeline = analysis.claims.filter { $0.type == .timeline }
        #expect(timeline.first { $0.value == first }?.object?.contains(firstStage) == true, "\(timeline.map { "\($0.value ?? 0) \($0.object ?? "-")" })")
        #expect(timeline.first { $0.value == second }?.object?.contains(secondStage) == true, "\(timeline.map { "\($0.value ?? 0) \($0.object ?? "-")" })")
    }

    @Test("a stake sold to two buyers, then split between them, is their total, not a third holding", arguments: [
        "Champion Iron has agreed to sell a 49% interest in its Kami project to Nippon Steel and Sojitz. Nippon Steel will take 30% and Sojitz 19%.",
        "Northshore will sell 45% of the Ashuanipi project to JFE Steel and Marubeni. JFE Steel will hold 25% and Marubeni 20%.",
    ])
    func groupTotal(text: String) throws {
        let analysis = try claimsOf(text)
        let stakes = analysis.claims.filter { $0.type == .ownership && $0.scope == "project" }
        let total = stakes.map { $0.value ?? 0 }.reduce(0, +)
        #expect(total <= 100, "\(stakes.map { "\(name(analysis, $0)) \($0.value ?? 0)" })")
        #expect(analysis.claims.contains { $0.type == .ownership && $0.scope == "total" })
    }
}
