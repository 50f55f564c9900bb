import BriefingModel
import BriefingPipeline
import Foundation
import Testing

/// Parties named together in one coordination give or hold together (one subject naming
/// them all), or one by one when the text says "each".
@Suite("Joint lenders and holders")
struct JointPartiesTests {
    /// The names of the members of the claim's subject, or its own name when it is no group.
    private func parties(_ analysis: Analysis, _ claim: Claim) -> [String] {
        guard let subject = analysis.entity(claim.subject) else { return [] }
        return subject.members.isEmpty ? [subject.name] : subject.members.compactMap { analysis.entity($0)?.name }
    }

    @Test("two lenders in one phrase give one amount together",
          arguments: ["Northbank and Eastfund agreed to provide a combined $500 million to the Zeta mine.",
                      "Zeta Mining received $500 million in loans from Northbank and Eastfund.",
                      "The $500 million loan comes from Northbank and Eastfund.",
                      "Northbank and Eastfund will together lend $500 million to Zeta Mining."])
    func jointLenders(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        let loan = try #require(claim(analysis, .financing, 500_000_000))
        #expect(parties(analysis, loan) == ["Northbank", "Eastfund"])
        // One claim, not one per lender: the amount is counted once.
        #expect(analysis.claims.filter { $0.type == .financing && $0.scope != "context" }.count == 1)
        let group = try #require(analysis.entity(loan.subject))
        #expect(group.name == "Northbank and Eastfund")
    }

    @Test("holders named together hold together; with 'each' each holds its own",
          arguments: [("Acme Minerals and Beta Resources together hold 40% of the Zeta mine.", false),
                      ("The Ministry of Finance and the state fund Samruk together hold 40% of the Zeta mine.", false),
                      ("Acme Minerals and Beta Resources each hold 40% of the Zeta mine.", true)])
    func jointHolders(sentence: String, each: Bool) throws {
        let analysis = try claimsOf(sentence)
        let stakes = analysis.claims.filter { $0.type == .ownership && $0.value == 40 }
        if each {
            #expect(stakes.map { analysis.entity($0.subject)?.name } == ["Acme Minerals", "Beta Resources"])
        } else {
            #expect(stakes.count == 1)
            #expect(stakes.first.map { parties(analysis, $0).count } == 2)
        }
    }

    @Test("a list with a figure each is no joint party; a lone lender stays alone",
          arguments: ["Northfield and Calder own 43.79 and 15.03 percent, respectively, of the Kappa project.",
                      "The venture is a partnership between Acme Mining (60%) and Beta Resources (40%).",
                      "Northbank will lend $500 million to Zeta Mining and Beta Resources."])
    func notJoint(sentence: String) throws {
        let analysis = try claimsOf(sentence)
        #expect(analysis.entities.allSatisfy { $0.members.isEmpty })
    }

    @Test("facts.json lists a group's members, and the bottom line says they act jointly")
    func published() throws {
        let folder = Repo.temporaryFolder("joint-published")
        let path = folder + "/article.txt"
        try "Deal news\n\nNorthbank and Eastfund agreed to provide a combined $500 million to the Zeta mine.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try buildBriefing(.files([path], name: "joint", title: nil), options: BuildOptions(outputRoot: folder + "/out", dpi: 36))
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: result.directory + "/facts.json"))) as? [String: Any])
        let entities = try #require(facts["entities"] as? [[String: Any]])
        let group = try #require(entities.first { ($0["members"] as? [String])?.count == 2 })
        #expect(group["name"] as? String == "Northbank and Eastfund")
        guard toolAvailable("pdftotext") else { return }
        let text = try pdftotext(result.directory + "/briefing.pdf").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // ("agreed to provide": money stated as given, so they commit it together; an offer would "jointly offer".)
        #expect(text.contains("jointly commit"))
    }
}
