import BriefingModel
import Foundation
import Metrics
import Testing

private func claim(_ id: String, _ type: String, _ subject: String?, _ object: String?, _ value: Double?, unit: String? = "%",
                   source: String = "a.txt") -> SnapshotClaim {
    SnapshotClaim(id: id, type: type, subject: subject, object: object, instrument: nil, unit: unit, value: value,
                  qualifier: "exact", low: nil, high: nil, modality: nil, sources: [source], sentence: "…")
}

@Suite("Changes since the last build")
struct ChangesTests {
    @Test("claims match by type, subject, object and source: reordering and renumbering is no change")
    func reorderIsNoChange() {
        let old = FactsSnapshot(asOf: "2025-01-01", claims: [claim("C1", "ownership", "A", "mine", 60), claim("C2", "ownership", "B", "mine", 40)],
                                figures: [], conflicts: ["Counterparty"])
        let new = FactsSnapshot(asOf: "2025-02-01", claims: [claim("C7", "ownership", "B", "mine", 40), claim("C3", "ownership", "A", "mine", 60)],
                                figures: [], conflicts: ["Counterparty"])
        let report = compareFacts(previous: old, current: new)
        #expect(report.isEmpty)
        #expect(report.previousAsOf == "2025-01-01")
    }

    @Test("a changed value, a new claim, a removed claim and conflicts that came and went")
    func kindsOfChange() {
        let old = FactsSnapshot(asOf: nil, claims: [claim("C1", "ownership", "A", "mine", 60), claim("C2", "financing", "Bank", "project", 5e8, unit: "USD")],
                                figures: [], conflicts: ["Counterparty", "China, share of supply"])
        let new = FactsSnapshot(asOf: nil, claims: [claim("C1", "ownership", "A", "mine", 65), claim("C2", "project_cost", nil, "project", 1e9, unit: "USD")],
                                figures: [], conflicts: ["Counterparty", "Ownership"])
        let report = compareFacts(previous: old, current: new)
        #expect(report.claims.map(\.kind) == [.changed, .added, .removed])
        #expect(report.claims[0].old?.value == 60 && report.claims[0].new?.value == 65)
        #expect(report.claims[0].valueSummary == "60% → 65%")
        #expect(report.claims[1].new?.type == "project_cost")
        #expect(report.claims[2].old?.subject == "Bank")
        #expect(report.conflictsAppeared == ["Ownership"])
        #expect(report.conflictsResolved == ["China, share of supply"])
        #expect(report.change(ofClaim: "C1")?.kind == .changed)
    }

    @Test("among claims with one key, the unchanged ones pair first, so only the edited one is reported")
    func equalKeysPairIdenticalFirst() {
        let old = FactsSnapshot(asOf: nil, claims: [claim("C1", "other", nil, nil, 12), claim("C2", "other", nil, nil, 30), claim("C3", "other", nil, nil, 7)],
                                figures: nil, conflicts: [])
        let new = FactsSnapshot(asOf: nil, claims: [claim("C1", "other", nil, nil, 12), claim("C2", "other", nil, nil, 7), claim("C3", "other", nil, nil, 31)],
                                figures: nil, conflicts: [])
        let report = compareFacts(previous: old, current: new)
        #expect(report.claims.count == 1)
        #expect(report.claims.first?.old?.value == 30 && report.claims.first?.new?.value == 31)
    }

    @Test("figures match by the words around them, not by offset; an old build without contexts compares claims only")
    func figuresByContext() {
        func figure(_ id: String, _ text: String, _ context: String) -> SnapshotFigure {
            SnapshotFigure(id: id, source: "a.txt", kind: "money", unit: "USD", context: context, text: text, value: nil)
        }
        let old = FactsSnapshot(asOf: nil, claims: [], figures: [figure("F1", "$5m", "a loan of _ for"), figure("F2", "$9m", "cost _ to build")],
                                conflicts: [])
        let new = FactsSnapshot(asOf: nil, claims: [], figures: [figure("F1", "$1m", "grant of _ ."), figure("F2", "$5m", "a loan of _ for"),
                                                                  figure("F3", "$10m", "cost _ to build")], conflicts: [])
        let report = compareFacts(previous: old, current: new)
        #expect(report.figures.map(\.kind) == [.added, .changed])
        #expect(report.figures[1].old?.text == "$9m" && report.figures[1].new?.text == "$10m")
        let unknown = FactsSnapshot(asOf: nil, claims: [], figures: nil, conflicts: [])
        #expect(compareFacts(previous: unknown, current: new).isEmpty)
    }
}

/// Builds one fixture article, edits it and builds again, as a nightly run would.
@Suite("Changes in real builds", .serialized,
       .enabled(if: briefingExecutable != nil, "the briefing executable is not built: skipped"))
struct ChangesBuildTests {
    let root = Repo.temporaryFolder("changes")
    var article: String { root + "/specs/sources/lithium.txt" }
    var spec: String { root + "/specs/lithium.yml" }
    var briefing: String { root + "/out/lithium" }

    init() throws {
        try FileManager.default.createDirectory(atPath: root + "/specs/sources", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.fixture("lithium-press-release.txt"), toPath: article)
        try "name: lithium\ntitle: Lithium\nas_of: 2025-06-01\nsources:\n  - sources/lithium.txt\n".write(toFile: spec, atomically: true, encoding: .utf8)
    }

    func build(_ extra: [String] = []) throws -> Int32 {
        try run(briefingExecutable!, ["build", spec, "--out", root + "/out", "--dpi", "36", "--quiet"] + extra).status
    }

    func json(_ path: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func edit(_ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: article, encoding: .utf8)
        #expect(text.contains(old), "the fixture no longer says “\(old)”")
        try text.replacingOccurrences(of: old, with: new).write(toFile: article, atomically: true, encoding: .utf8)
    }

    @Test("first build: no changes; a rebuild of the same text: 'no change'; an edited article: exactly its changed claims")
    func editedArticle() throws {
        #expect(try build() == 0)
        #expect(!FileManager.default.fileExists(atPath: briefing + "/changes.json"))
        if toolAvailable("pdftotext") { #expect(!(try pdftotext(briefing + "/briefing.pdf")).contains("Changes since")) }
        let facts = try json(briefing + "/facts.json")
        let figures = try #require(facts["figures"] as? [[String: Any]])
        #expect(figures.contains { ($0["context"] as? String)?.contains("expected to cost _ to build.") == true })

        #expect(try build() == 0)
        let unchanged = try json(briefing + "/changes.json")
        #expect((unchanged["summary"] as? [String: Any])?["changes"] as? Int == 0)
        if toolAvailable("pdftotext") {
            let text = try pdftotext(briefing + "/briefing.pdf")
            #expect(text.contains("Changes since the previous build (as of 1 June 2025)"))
            #expect(text.contains("No change in figures, claims or conflicts"))
        }

        // A figure changed, a sentence added early (every later offset moves), one deleted.
        try edit("expected to cost $850 million", "expected to cost $900 million")
        try edit("The project is expected", "Export Development Canada agreed to lend $75 million to the project. The project is expected")
        try edit("Salar Verde is designed to produce 25,000 tonnes per annum of lithium carbonate. ", "")
        #expect(try build() == 0)
        let changes = try json(briefing + "/changes.json")
        let claims = try #require(changes["claims"] as? [[String: Any]])
        let seen = Set(claims.map { "\($0["change"]!) \($0["type"]!)" })
        #expect(seen == ["changed project_cost", "added financing", "removed production"], "\(claims)")
        let changed = try #require(claims.first { $0["change"] as? String == "changed" })
        #expect((changed["old"] as? [String: Any])?["value"] as? Double == 850_000_000)
        #expect((changed["new"] as? [String: Any])?["value"] as? Double == 900_000_000)
        #expect(((changed["new"] as? [String: Any])?["sentence"] as? String)?.contains("$900 million") == true)
        let added = try #require(claims.first { $0["change"] as? String == "added" })
        #expect((added["subject"] as? String)?.contains("Export Development Canada") == true)
        if toolAvailable("pdftotext") {
            let text = try pdftotext(briefing + "/briefing.pdf").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("$850 million → $900 million"))
            #expect(text.contains("changed since the last build, was $850 million"), "the ledger marks the changed claim")
            #expect(text.contains("new since the last build"), "the ledger marks the new claim")
        }

        // Against the first build's folder, named with --since, the same changes.
        let saved = root + "/saved"
        try FileManager.default.copyItem(atPath: briefing, toPath: saved)
        try edit("$900 million", "$950 million")
        #expect(try build(["--since", saved]) == 0)
        let since = try json(briefing + "/changes.json")
        let sinceClaims = try #require(since["claims"] as? [[String: Any]])
        #expect(sinceClaims.count == 1)
        #expect(((sinceClaims.first?["old"] as? [String: Any])?["value"] as? Double) == 900_000_000)
        #expect(try build(["--since", root + "/nowhere"]) == 2)
        // An out folder that has no build of this briefing: a new briefing, nothing to compare.
        try FileManager.default.createDirectory(atPath: root + "/empty-out", withIntermediateDirectories: true)
        #expect(try build(["--since", root + "/empty-out"]) == 0)
        #expect(!FileManager.default.fileExists(atPath: briefing + "/changes.json"))
    }
}
