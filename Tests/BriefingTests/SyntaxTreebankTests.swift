import Foundation
import Syntax
import Testing

/// UD English EWT in ../shared, when present.
enum Treebank {
    static let folder: String? = Repo.shared.map { $0 + "/treebank/ud-english-ewt" }.flatMap {
        FileManager.default.fileExists(atPath: $0 + "/en_ewt-ud-test.conllu") ? $0 : nil
    }
    static let ratchetPath = Repo.root + "/Tests/Syntax/ratchet.json"

    static func read(_ split: String) throws -> [TreebankSentence] {
        let path = folder! + "/en_ewt-ud-\(split).conllu"
        return try readCoNLLU(try String(contentsOfFile: path, encoding: .utf8), file: path)
    }
}

@Suite("Syntax on UD English EWT (../shared/treebank)")
struct SyntaxTreebankTests {
    @Test("scores on EWT dev and test never fall below the ratchet",
          .enabled(if: Treebank.folder != nil, "../shared/treebank is absent: treebank scores skipped"))
    func ratchet() throws {
        let data = try #require(FileManager.default.contents(atPath: Treebank.ratchetPath), "Tests/Syntax/ratchet.json is missing")
        let recorded = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Double]])
        for split in ["dev", "test"] {
            let gold = try Treebank.read(split)
            let scores = score(predicted: annotate(gold, with: shippedSyntaxModel), gold: gold)
            let segmentation = segmentationScore(gold)
            let measured = ["upos": scores.upos, "lemma": scores.lemma, "uas": scores.uas, "las": scores.las, "words_f1": segmentation.f1]
            print("EWT \(split): " + measured.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.4f", $0.value))" }.joined(separator: "  "))
            let floor = try #require(recorded[split], "no \(split) scores in the ratchet")
            for (measure, value) in measured {
                let minimum = try #require(floor[measure], "no \(split) \(measure) in the ratchet")
                #expect(value >= minimum, "EWT \(split) \(measure) fell to \(value) (ratchet \(minimum))")
            }
        }
    }

    @Test("briefing parse --conllu keeps the words, comments and multiword lines",
          .enabled(if: Treebank.folder != nil && briefingExecutable != nil, "../shared/treebank or the briefing executable is absent: skipped"))
    func conlluRoundTrip() throws {
        let gold = Array(try Treebank.read("dev").prefix(40))
        let input = writeCoNLLU(gold)
        let result = try run(briefingExecutable!, ["parse", "--conllu", "-"], input: Data(input.utf8), workingDirectory: Repo.root)
        #expect(result.status == 0, "\(result.stderr)")
        let output = try readCoNLLU(result.stdout, file: "stdout")
        #expect(output.count == gold.count)
        for (a, b) in zip(output, gold) {
            #expect(a.comments == b.comments)
            #expect(a.words.map(\.form) == b.words.map(\.form))
            #expect(a.words.map(\.misc) == b.words.map(\.misc))
            #expect(a.multiwordLines.map(\.line) == b.multiwordLines.map(\.line))
            #expect(a.words.filter { $0.head == 0 }.count == 1)
        }
    }
}
