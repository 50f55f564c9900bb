import BriefingModel
import BriefingPipeline
import Foundation
import Testing

/// One expected (or forbidden) claim from a `.expect.json` file. Every field
/// given must match; `subject` matches the entity's name or any alias.
struct ExpectedClaim: CustomStringConvertible {
    var fields: [String: Any]

    var description: String {
        fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }

    func matches(_ claim: Claim, in analysis: Analysis) -> Bool {
        for (key, expected) in fields {
            switch key {
            case "type": if claim.type.rawValue != expected as? String { return false }
            case "scope": if claim.scope != expected as? String { return false }
            case "qualifier": if claim.qualifier.rawValue != expected as? String { return false }
            case "unit": if claim.unit != expected as? String { return false }
            case "object": if claim.object != expected as? String { return false }
            case "instrument": if claim.instrument != expected as? String { return false }
            case "modality":
                if expected is NSNull { if claim.modality != nil { return false } }
                else if claim.modality != expected as? String { return false }
            case "recipient":
                guard let entity = analysis.entity(claim.recipient), let name = expected as? String,
                      ([entity.name] + entity.aliases).contains(where: { $0.localizedCaseInsensitiveContains(name) }) else { return false }
            case "value":
                if expected is NSNull { if claim.value != nil { return false } }
                else if claim.value != (expected as? NSNumber)?.doubleValue { return false }
            case "low": if claim.low != (expected as? NSNumber)?.doubleValue { return false }
            case "high": if claim.high != (expected as? NSNumber)?.doubleValue { return false }
            case "subject":
                guard let entity = analysis.entity(claim.subject), let name = expected as? String else { return false }
                let names = [entity.name] + entity.aliases
                if !names.contains(where: { $0.localizedCaseInsensitiveContains(name) }) { return false }
            default: return false
            }
        }
        return true
    }
}

/// The articles in Tests/Fixtures/articles with their expectations.
enum Corpus {
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Repo.fixtures + "/articles")) ?? []
        return files.filter { $0.hasSuffix(".expect.json") }.map { String($0.dropLast(".expect.json".count)) }.sorted()
    }

    static func expectations(_ name: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: Repo.fixtures + "/articles/\(name).expect.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

@Suite("Claims on articles the pipeline has never seen")
struct CorpusTests {
    @Test("the corpus has at least twelve articles")
    func size() {
        #expect(Corpus.names.count >= 12)
    }

    @Test("every expected claim is found, and no forbidden one", arguments: Corpus.names)
    func article(name: String) throws {
        let expectations = try Corpus.expectations(name)
        let analysis = try analyse([Repo.fixture(name + ".txt")], name: name)
        for fields in expectations["claims"] as? [[String: Any]] ?? [] {
            let expected = ExpectedClaim(fields: fields)
            let found = analysis.claims.contains { expected.matches($0, in: analysis) }
            #expect(found, "\(name): missing claim \(expected); have \(analysis.claims.map { "\($0.type.rawValue) \(analysis.entity($0.subject)?.name ?? "-") \($0.value.map { "\($0)" } ?? "nil") \($0.qualifier.rawValue) \($0.object ?? "-")" })")
        }
        for fields in expectations["absent"] as? [[String: Any]] ?? [] {
            let forbidden = ExpectedClaim(fields: fields)
            let offending = analysis.claims.filter { forbidden.matches($0, in: analysis) }
            #expect(offending.isEmpty, "\(name): claim that should not be there: \(forbidden)")
        }
        // Page furniture (link bars, comment counters) is never a figure at all.
        for value in expectations["absent_figures"] as? [Double] ?? [] {
            #expect(!analysis.figures.contains { $0.value == value }, "\(name): \(value) should not be a figure")
        }
        if let count = expectations["count"] as? Int {
            #expect(analysis.claims.count == count, "\(name): \(analysis.claims.count) claims")
        }
        // A check the briefing must fail (stakes over 100%), named by words of its message.
        for words in expectations["failed_checks"] as? [String] ?? [] {
            #expect(analysis.failedChecks.contains { $0.message.contains(words) }, "\(name): no failed check with “\(words)”")
        }
        // Words the briefing's title must have (never the file name).
        if let title = expectations["title_contains"] as? String {
            #expect(analysis.corpus.spec.title.contains(title), "\(name): title “\(analysis.corpus.spec.title)”")
        }
        if let outlet = expectations["outlet"] as? String {
            #expect(analysis.corpus.sources[0].outlet == outlet)
        }
        // Each claim's figures come from its own sentences.
        for claim in analysis.claims {
            for id in claim.figures {
                let figure = try #require(analysis.figure(id))
                #expect(claim.sentences.contains { $0.contains(figure.text) })
            }
        }
    }

    @Test("two sources on one project: shared stakes merge; differing reserves and start dates are conflicts")
    func twoSources() throws {
        let analysis = try analyse([Repo.fixture("tungsten-reserves-a.txt"), Repo.fixture("tungsten-reserves-b.txt")], name: "akzhal")
        let stake = try #require(analysis.claims.first { $0.type == .ownership && $0.value == 75 })
        #expect(stake.sources == ["S1", "S2"])
        #expect(stake.object == "Akzhal project")
        let reserves = analysis.claims.filter { $0.type == .reserve }.map(\.id)
        #expect(analysis.conflicts.contains { Set($0.claims) == Set(reserves) && $0.note.contains("2.3 million tonnes") && $0.note.contains("9,000 tonnes") })
        #expect(analysis.conflicts.contains { $0.note.contains("2028") && $0.note.contains("2029") })
        let total = try #require(analysis.metrics.first { $0.name == "ownership_total" })
        #expect(total.value == 100)
    }

    @Test("stakes that do not add up to 100% are flagged, not padded")
    func unaccounted() throws {
        let analysis = try analyse([Repo.fixture("tin-wire-imports.txt")], name: "tin")
        let total = try #require(analysis.metrics.first { $0.name == "ownership_total" })
        #expect(total.value == 8)
        #expect(total.note.contains("not accounted for"))
        #expect(analysis.failedChecks.isEmpty)
    }
}

@Suite("Briefings from unseen articles", .serialized)
struct CorpusBriefingTests {
    @Test("every corpus article builds a briefing with no spec", arguments: Corpus.names)
    func builds(name: String) throws {
        let root = Repo.temporaryFolder("corpus")
        let result = try BriefingPipeline.buildBriefing(.files([Repo.fixture(name + ".txt")], name: name, title: nil),
                                                        options: .init(outputRoot: root, dpi: 36))
        #expect(result.pageCount >= 1)
        #expect(FileManager.default.fileExists(atPath: result.directory + "/facts.json"))
        #expect(result.claimCount > 0)
    }
}
