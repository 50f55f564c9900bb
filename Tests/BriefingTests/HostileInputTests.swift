import BriefingModel
import BriefingPipeline
import Figures
import Foundation
@testable import Ingest
import Testing

/// Inputs a nightly crawl or an attacker brings: each gets a sound briefing or
/// an error that names the file, the line and the limit.
@Suite("Hostile and unusual inputs")
struct HostileInputTests {
    func specError(_ yaml: String) -> String? {
        do {
            _ = try parseSpec(yaml, path: "spec.yml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("as_of must be a real calendar day")
    func calendarDays() {
        #expect(specError("as_of: 2025-02-31\nsources: [a.txt]\n")?.contains("spec.yml:1") == true)
        #expect(specError("as_of: 2025-02-29\nsources: [a.txt]\n") != nil)
        #expect(specError("as_of: 2025-04-31\nsources: [a.txt]\n") != nil)
        #expect(specError("as_of: 2024-02-29\nsources: [a.txt]\n") == nil)
        #expect(specError("as_of: 2000-02-29\nsources: [a.txt]\n") == nil)
        #expect(specError("as_of: 1900-02-29\nsources: [a.txt]\n") != nil)
    }

    @Test("names the batch writes itself (index.json, index.html, shard indexes) are refused with the line")
    func reservedNames() {
        for name in ["index.json", "index.html", "INDEX.HTML", "index-shard-1-of-2.json"] {
            let error = specError("sources: [a.txt]\nname: \(name)\n")
            #expect(error?.contains("spec.yml:2") == true && error?.contains("reserved") == true, "\(name): \(error ?? "accepted")")
        }
        #expect(specError("name: index-of-deals\nsources: [a.txt]\n") == nil)
        #expect(specError("name: indexation\nsources: [a.txt]\n") == nil)
    }

    @Test("a YAML alias bomb is refused at once, with the line; a few aliases are fine; quoted stars and comments are no aliases")
    func aliasBombs() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 { lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]") }
        let bomb = lines.joined(separator: "\n") + "\n? *a9\n: 1\nsources: [a.txt]\n"
        let started = Date()
        let error = specError(bomb)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error?.contains("YAML aliases") == true && error?.contains("spec.yml:4") == true, "\(error ?? "accepted")")

        let friendly = "sources: &articles [a.txt]\naliases:\n  Cove Kaz: &cove [Cove Capital]\n  Cove Kaz Capital: *cove\n"
        #expect(specError(friendly) == nil)
        #expect(aliasLines(in: "title: \"a *b and *c\"\n# *d in a comment\nsources: ['*e']\nx: [*f, *g]\n") == [4, 4])
    }

    @Test("UTF-16 files with a byte-order mark are decoded, offsets still the file's own")
    func utf16() throws {
        let text = "Andes Lithium will own 60% of the venture and JEMSE the remaining 40%. The loan is $400 million."
        for bigEndian in [false, true] {
            var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            for unit in text.utf16 {
                let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
                bytes += bigEndian ? pair : pair.reversed()
            }
            let decoded = decodeText(bytes)
            #expect(decoded.encoding == (bigEndian ? "utf-16be" : "utf-16le"))
            #expect(String(decoding: decoded.utf8, as: UTF8.self) == text)
            let folder = Repo.temporaryFolder("utf16")
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/a.txt"))
            let corpus = try ingest(IngestRequest(input: .files([folder + "/a.txt"], name: "x", title: nil),
                                                  assetsDirectory: Repo.root + "/assets"))
            let figured = normalizeFigures(corpus)
            let source = try #require(figured.corpus.sources.first)
            let money = try #require(figured.figures.first { $0.kind == .money })
            let original = source.originalRange(money.range)
            // "$400 million" in the file is 12 UTF-16 code units: 24 bytes.
            #expect(original.end - original.start == 24)
            #expect((original.start - 2) % 2 == 0)
        }
    }

    @Test("devices, pipes and oversized files are refused with what they are and the limit's name")
    func notArticles() throws {
        func sourceError(_ path: String) -> String {
            do {
                _ = try readFile(path, role: "source")
                return "read"
            } catch {
                return "\(error)"
            }
        }
        #expect(sourceError("/dev/zero").contains("is a device, not a file"))
        let folder = Repo.temporaryFolder("hostile")
        let fifo = folder + "/pipe.txt"
        if mkfifo(fifo, 0o600) == 0 { #expect(sourceError(fifo).contains("named pipe (FIFO)")) }
        #expect(sourceError(folder + "/missing.txt").contains("does not exist"))
        let big = folder + "/big.txt"
        try Data(repeating: UInt8(ascii: "a"), count: maximumTextBytes + 1).write(to: URL(fileURLWithPath: big))
        let error = sourceError(big)
        #expect(error.contains("big.txt") && error.contains("over the limit of 4.0 MB") && error.contains("BRIEFING_MAX_TEXT_MB"), "\(error)")
    }

    @Test("a paragraph of thousands of sentences keeps every figure")
    func hugeParagraph() throws {
        let paragraph = (1...3000).map { "The fund paid $\($0) million for lot \($0)." }.joined(separator: " ")
        let folder = Repo.temporaryFolder("paragraph")
        try ("Fund buys lots\n\n" + paragraph + "\n").write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let corpus = try ingest(IngestRequest(input: .files([folder + "/a.txt"], name: "x", title: nil), assetsDirectory: Repo.root + "/assets"))
        #expect(corpus.sources[0].sentences.count == 3000)
        #expect(normalizeFigures(corpus).figures.filter { $0.kind == .money }.count == 3000)
    }
}

extension HostileInputTests {
    @Test("a sentence over the reading limit keeps its figures, gets no claims and a caveat that says why")
    func overlongSentence() throws {
        let sentence = "Lots " + (1...1500).map { "number \($0) went for 5% more" }.joined(separator: " and ") + "."
        let text = "Auction results\n\nThe fund owns 30% of the mine. " + sentence + "\n"
        let folder = Repo.temporaryFolder("long-sentence")
        try text.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let analysis = try analyzeArticles(.files([folder + "/a.txt"], name: "x", title: nil), assetsDirectory: Repo.root + "/assets")
        #expect(analysis.figures.filter { $0.kind == .percent }.count == 1501)
        #expect(analysis.claims.contains { $0.type == .ownership && $0.value == 30 })
        #expect(!analysis.claims.contains { $0.sentences.contains { $0.count > maximumSentenceBytesRead } })
        let caveat = try #require(analysis.conflicts.first { $0.note.contains("not read") })
        #expect(caveat.note.contains("3,000 figures are kept in facts.json only") && caveat.note.contains("over the 4 KB"), "\(caveat.note)")
    }

    @Test("one claim repeated thousands of times is one claim with every sentence")
    func repeatedClaim() throws {
        let text = "Bank lends to mine\n\n" + Array(repeating: "The bank will lend $100 million to the project.", count: 1500).joined(separator: " ") + "\n"
        let folder = Repo.temporaryFolder("repeated")
        try text.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let analysis = try analyzeArticles(.files([folder + "/a.txt"], name: "x", title: nil), assetsDirectory: Repo.root + "/assets")
        let loans = analysis.claims.filter { $0.type == .financing }
        #expect(loans.count == 1)
        #expect(loans.first?.sentenceIDs.count == 1500 && loans.first?.figures.count == 1500)
    }

    @Test("more source files than the limit is an error naming the spec line and the limit")
    func tooManySources() throws {
        let folder = Repo.temporaryFolder("many-sources")
        for index in 1...(maximumSources + 1) {
            try "Firm \(index) buys 5% of the mine.\n".write(toFile: folder + "/a\(index).txt", atomically: true, encoding: .utf8)
        }
        try "name: many\nsources:\n  - \"*.txt\"\n".write(toFile: folder + "/s.yml", atomically: true, encoding: .utf8)
        #expect(throws: BriefingError.self) { try ingest(IngestRequest(input: .spec(path: folder + "/s.yml"), assetsDirectory: Repo.root + "/assets")) }
        do {
            _ = try ingest(IngestRequest(input: .spec(path: folder + "/s.yml"), assetsDirectory: Repo.root + "/assets"))
        } catch {
            #expect("\(error)".contains("s.yml:3") && "\(error)".contains("BRIEFING_MAX_SOURCES"), "\(error)")
        }
    }
}

@Suite("briefing figures on large files", .enabled(if: briefingExecutable != nil, "the briefing executable is not built: skipped"))
struct LargeFigureFileTests {
    @Test("a file of several megabytes, written out a megabyte at a time, gives the same figures as one pass")
    func chunkedOutput() throws {
        var text = ""
        for index in 0..<60_000 {
            text += "Firm \(index) paid $\(index % 900 + 1) million for \(index % 97 + 1)% of the mine."
            text += index % 7 == 0 ? "\n\n" : index % 3 == 0 ? "\n" : " "
        }
        let path = Repo.temporaryFolder("large-figures") + "/big.txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let bytes = Array(text.utf8)
        #expect(bytes.count > 2_500_000, "more than two chunks")
        let expected = FigureRecognizer().recognize(bytes).map { "\($0.range.start)-\($0.range.end)" }
        let output = try run(briefingExecutable!, ["figures", path])
        #expect(output.status == 0)
        let found = output.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let start = object["start"] as? Int, let end = object["end"] as? Int else { return nil }
            return "\(start)-\(end)"
        }
        #expect(found.count == expected.count && found == expected)
    }
}

@Suite("Briefings of huge articles stay readable", .enabled(if: briefingExecutable != nil && toolAvailable("pdftotext"), "briefing or pdftotext is missing: skipped"))
struct HugeArticleTests {
    @Test("the ledger prints at most 300 claims and says how many more are in facts.json")
    func ledgerIsCapped() throws {
        let folder = Repo.temporaryFolder("huge-ledger")
        let lines = (1...420).map { "Firm number \($0) will lend $\($0) million to the mine." }.joined(separator: "\n")
        try ("Loans\n\n" + lines + "\n").write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let result = try run(briefingExecutable!, ["build", folder + "/a.txt", "--name", "huge", "--out", folder + "/out", "--dpi", "36", "--quiet"])
        #expect(result.status <= 1, "\(result.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out/huge/facts.json"))) as? [String: Any])
        let claims = try #require(facts["claims"] as? [[String: Any]])
        #expect(claims.count > 300)
        let text = try pdftotext(folder + "/out/huge/briefing.pdf").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("… and \(claims.count - 300) more claims, not printed here"), "\(claims.count) claims")
        #expect(!text.contains("C301 "))
        #expect(text.contains("C300 "))
    }
}

@Suite("Batch name clashes", .serialized, .enabled(if: briefingExecutable != nil, "the briefing executable is not built: skipped"))
struct BatchNameClashTests {
    @Test("two specs for one folder: neither is built, both named; a reserved name fails; the rest build; exit 1")
    func clashes() throws {
        let folder = try BatchFolder(broken: false)
        try "name: copper-wire-story\nsources:\n  - sources/lithium-press-release.txt\n"
            .write(toFile: folder.specs + "/copy.yml", atomically: true, encoding: .utf8)
        try "name: index.json\nsources:\n  - sources/lithium-press-release.txt\n"
            .write(toFile: folder.specs + "/sneaky.yml", atomically: true, encoding: .utf8)
        let result = try folder.batch()
        #expect(result.status == 1)
        let statuses = try folder.statuses()
        #expect(statuses["copy"] == "failed" && statuses["copper-wire-story"] == "failed" && statuses["sneaky"] == "failed")
        #expect(statuses["lithium-press-release"] == "built" && statuses["nickel-lowercase-tokenized"] == "built")
        #expect(result.stderr.contains("copy.yml") && result.stderr.contains("copper-wire-story.yml: `name: copper-wire-story` is also the name of"))
        #expect(result.stderr.contains("sneaky.yml:1") && result.stderr.contains("reserved"))
        #expect(!FileManager.default.fileExists(atPath: folder.out + "/copper-wire-story"))
    }
}

@Suite("Articles that name thousands of companies")
struct ManyNamesTests {
    /// A capitalised made-up word for each number: "Rokamita", "Tavesune".
    func madeUpName(_ number: Int) -> String {
        let syllables = ["ka", "ro", "mi", "ta", "ve", "lo", "su", "ne", "dar", "bek", "zan", "tor"]
        var value = number + 2_000
        var word = ""
        while value > 0 {
            word += syllables[value % syllables.count]
            value /= syllables.count
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    @Test("each of thousands of names is grouped with its longer form and only with it", arguments: [1_500, 3_000])
    func thousandsOfNames(count: Int) throws {
        // Each company is named in full, then shorter, in another sentence:
        // "Rokami Tavesu Holdings owns 10% of the mine." … "Rokami Tavesu said …".
        var lines = ["A register of mine owners", ""]
        for number in 0..<count {
            let name = madeUpName(number) + " " + madeUpName(number * 7 + 1)
            lines.append("\(name) Holdings owns a stake in the \(madeUpName(number + 50_000)) mine.")
            lines.append("")
            lines.append("The register says \(name) filed its accounts.")
            lines.append("")
        }
        let folder = Repo.temporaryFolder("many-names-\(count)")
        try lines.joined(separator: "\n").write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let analysis = try analyzeArticles(.files([folder + "/a.txt"], name: "x", title: nil), assetsDirectory: Repo.root + "/assets")
        for number in [0, count / 2, count - 1] {
            let short = madeUpName(number) + " " + madeUpName(number * 7 + 1)
            let entity = try #require(analysis.entities.first { $0.name == short + " Holdings" }, "\(short) Holdings is no entity")
            #expect(entity.aliases == [short], "\(entity.aliases)")
        }
        // No two companies were merged: every full name is an entity of its own.
        let holdings = analysis.entities.filter { $0.name.hasSuffix(" Holdings") }
        #expect(holdings.count == count)
    }
}

@Suite("Limits on a briefing's text and figures", .enabled(if: briefingExecutable != nil, "the briefing executable is not built: skipped"))
struct BriefingLimitTests {
    /// Builds `files` with the environment `limits` set; the exit status and standard error.
    func build(_ files: [String], limits: [String], out: String) throws -> (status: Int32, stderr: String) {
        let result = try run("/usr/bin/env", limits + [briefingExecutable!, "build"] + files + ["--name", "limited", "--out", out, "--quiet"])
        return (result.status, result.stderr)
    }

    // (Each file is about 0.6 MB: the first fits under 1 MB, the second crosses it.)
    @Test("sources under the text limit one by one but over it together: the file that crosses it is named, nothing is written")
    func textLimitAcrossSources() throws {
        let folder = Repo.temporaryFolder("text-limit")
        let paragraph = "The bank will lend $100 million to the project, the company said on Monday.\n\n"
        for name in ["a", "b", "c"] {
            try ("Bank lends to mine\n\n" + String(repeating: paragraph, count: 8_000)).write(toFile: folder + "/\(name).txt", atomically: true, encoding: .utf8)
        }
        let files = ["a", "b", "c"].map { folder + "/\($0).txt" }
        let refused = try build(files, limits: ["BRIEFING_MAX_TEXT_MB=1"], out: folder + "/out")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("b.txt") && refused.stderr.contains("over the limit of 1.0 MB")
            && refused.stderr.contains("BRIEFING_MAX_TEXT_MB"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/limited"))
    }

    @Test("a data dump of more figures than the limit is refused with the count, the file and the limit's name",
          arguments: ["Lot 17 sold for $34 at 56% of its 78 bids on day 90.\n\n",
                      "In 2021 the mine produced 4,500 t, 12% more, worth $3.2m, and 7 of 9 pits ran.\n"])
    func figureLimit(row: String) throws {
        let folder = Repo.temporaryFolder("figure-limit")
        try ("Statistics\n\n" + String(repeating: row, count: 40)).write(toFile: folder + "/table.txt", atomically: true, encoding: .utf8)
        try "Bank lends to mine\n\nThe bank will lend $100 million to the project.\n".write(toFile: folder + "/news.txt", atomically: true, encoding: .utf8)
        let files = [folder + "/news.txt", folder + "/table.txt"]
        let refused = try build(files, limits: ["BRIEFING_MAX_FIGURES=100"], out: folder + "/out")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("table.txt") && refused.stderr.contains("over the limit of 100 per briefing")
            && refused.stderr.contains("BRIEFING_MAX_FIGURES"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/limited"))
        let raised = try build(files, limits: ["BRIEFING_MAX_FIGURES=1000"], out: folder + "/out")
        #expect(raised.status == 0 || raised.status == 1, "\(raised.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/out/limited/facts.json"))
    }
}
