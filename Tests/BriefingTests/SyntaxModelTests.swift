import BriefingModel
import Foundation
@testable import Syntax
import Testing

/// A small treebank written here, so training tests run without ../shared.
private let tinyTreebank = """
# text = The bank holds a stake.
1	The	the	DET	DT	_	2	det	_	_
2	bank	bank	NOUN	NN	_	3	nsubj	_	_
3	holds	hold	VERB	VBZ	_	0	root	_	_
4	a	a	DET	DT	_	5	det	_	_
5	stake	stake	NOUN	NN	_	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# text = Banks lend money to miners.
1	Banks	bank	NOUN	NNS	_	2	nsubj	_	_
2	lend	lend	VERB	VBP	_	0	root	_	_
3	money	money	NOUN	NN	_	2	obj	_	_
4	to	to	ADP	IN	_	5	case	_	_
5	miners	miner	NOUN	NNS	_	2	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# text = It didn't sell.
1	It	it	PRON	PRP	_	4	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	sell	sell	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

"""

private func tinyModelBytes(seed: UInt64 = 7) throws -> [UInt8] {
    let sentences = try readCoNLLU(tinyTreebank, file: "tiny.conllu")
    var settings = TrainingSettings()
    settings.taggerEpochs = 3
    settings.parserEpochs = 3
    settings.jackknifeFolds = 0
    settings.seed = seed
    return try trainSyntaxModel(train: sentences, dev: sentences, settings: settings, treebank: "tiny").serialized()
}

/// The same bytes with the checksum at the end made right again.
private func resealed(_ bytes: [UInt8]) -> [UInt8] {
    // FNV-1a over 8-byte little-endian words, then the rest byte by byte (ModelFile.swift).
    var body = Array(bytes.dropLast(8))
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let words = body.count / 8
    for index in 0..<words {
        var word: UInt64 = 0
        for byte in body[(index * 8)..<(index * 8 + 8)].reversed() { word = word << 8 | UInt64(byte) }
        hash = (hash ^ word) &* 0x0000_0100_0000_01B3
    }
    for byte in body[(words * 8)...] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    withUnsafeBytes(of: hash.littleEndian) { body += $0 }
    return body
}

@Suite("Syntax: model file and training")
struct SyntaxModelTests {
    @Test("training twice with the same data and settings gives the same bytes")
    func deterministicTraining() throws {
        let first = try tinyModelBytes()
        let second = try tinyModelBytes()
        #expect(first == second)
        #expect(try tinyModelBytes(seed: 8).count > 0)
    }

    @Test("a model survives writing and reading, and parses the same")
    func roundTrip() throws {
        let bytes = try tinyModelBytes()
        let model = try SyntaxModel(bytes: bytes, file: "tiny.bin")
        #expect(model.serialized() == bytes)
        #expect(model.header["treebank"] == "tiny")
        let parse = model.analyze(["The", "bank", "holds", "a", "stake", "."])
        #expect(parse.heads.count == 6)
        #expect(parse.heads.filter { $0 == 6 }.count == 1)  // one root
    }

    @Test("damaged, truncated, foreign and wrong-version files give clear errors")
    func damagedFiles() throws {
        let bytes = try tinyModelBytes()
        func error(_ data: [UInt8]) -> String {
            do {
                _ = try SyntaxModel(bytes: data, file: "x.bin")
                return "loaded"
            } catch let error as SyntaxModelError {
                #expect(error.file == "x.bin")
                return error.message
            } catch {
                return "other error: \(error)"
            }
        }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        #expect(error(flipped).contains("checksum"))
        #expect(error(Array(bytes.prefix(bytes.count - 100))).contains("checksum"))
        #expect(error(Array(bytes.prefix(5))).contains("magic"))
        #expect(error(Array("not a model at all, just some text".utf8)).contains("magic"))
        var version = bytes
        version[8] = 99
        #expect(error(resealed(version)).contains("format version 99"))
        // A header naming another feature set: the templates changed since training.
        let text = String(decoding: bytes, as: UTF8.self)
        let marker = "feature_set=" + String(text.split(separator: "\n").first { $0.hasPrefix("feature_set=") }!.dropFirst("feature_set=".count))
        var changed = bytes
        if let range = findBytes(Array(marker.utf8), in: changed) {
            changed[range.upperBound - 1] = changed[range.upperBound - 1] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        }
        #expect(error(resealed(changed)).contains("feature set"))
        // Truncated inside a table, checksum made right: still an error, not a crash.
        #expect(!error(resealed(Array(bytes.prefix(bytes.count / 2)) + [0, 0, 0, 0, 0, 0, 0, 0])).isEmpty)
    }

    @Test("a missing model file is named in the error")
    func missingFile() {
        #expect(throws: SyntaxModelError.self) { try SyntaxModel.load(path: "/nonexistent/model.bin") }
        do { _ = try SyntaxModel.load(path: "/nonexistent/model.bin") } catch {
            #expect("\(error)".contains("/nonexistent/model.bin"))
        }
    }

    @Test("the shipped model is small, records how it was made, and loads")
    func shippedModel() throws {
        let path = Repo.root + "/assets/models/" + SyntaxModel.defaultFileName
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber).intValue
        #expect(size <= 10 * 1024 * 1024)
        let model = shippedSyntaxModel
        #expect(model.header["treebank"]?.contains("v2.15") == true)
        #expect(model.header["settings"]?.contains("seed=") == true)
        for relation in ["nsubj:pass", "obl:agent", "nmod:poss", "compound:prt", "root"] {
            #expect(model.relations.contains(relation))
        }
    }

    @Test("the shipped model, read and written again, is the same file (the look-up tables lose nothing)")
    func shippedRoundTrip() throws {
        let path = Repo.root + "/assets/models/" + SyntaxModel.defaultFileName
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(shippedSyntaxModel.serialized() == bytes)
    }

    @Test("CoNLL-U errors name the file and line")
    func conlluErrors() {
        do {
            _ = try readCoNLLU("# text = x\n1\tx\tx\n", file: "bad.conllu")
            Issue.record("accepted a line with three columns")
        } catch {
            #expect("\(error)" == "bad.conllu:2: expected 10 tab-separated columns, found 3")
        }
    }
}

private func findBytes(_ needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
    guard needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
        return start..<(start + needle.count)
    }
    return nil
}

@Suite("Syntax: fast paths give the same features")
struct SyntaxFastPathTests {
    @Test("ASCII words get the same tagger attributes as through String")
    func asciiAttributes() {
        for word in ["Kazakhstan", "U.S.", "1,000", "e-mail", "n't", "XxX", "a", "", "ABCDEFGHIJKLMNOP", "$", "d3x", "'s", "dx"] {
            let fast = WordAttributes(word), reference = WordAttributes(anyWord: word)
            #expect(fast.form == reference.form && fast.lower == reference.lower && fast.shape == reference.shape, "\(word)")
            #expect(fast.prefix1 == reference.prefix1 && fast.prefix2 == reference.prefix2, "\(word)")
            #expect(fast.suffixes == reference.suffixes, "\(word)")
        }
    }
}

@Suite("Syntax: our own training sentences")
struct SupplementTests {
    static let path = Repo.root + "/assets/models/deal-sentences.conllu"

    @Test("deal-sentences.conllu is well formed: one root, heads inside, no cycles, projective, text matches words")
    func wellFormed() throws {
        let sentences = try readCoNLLU(try String(contentsOfFile: SupplementTests.path, encoding: .utf8), file: SupplementTests.path)
        #expect(sentences.count >= 20)
        for sentence in sentences {
            let heads = sentence.words.map(\.head)
            #expect(heads.filter { $0 == 0 }.count == 1, "\(sentence.text ?? "")")
            #expect(heads.allSatisfy { $0 >= 0 && $0 <= heads.count })
            for start in heads.indices {
                var steps = 0, current = start + 1
                while current != 0, steps <= heads.count { current = heads[current - 1]; steps += 1 }
                #expect(current == 0, "cycle in \(sentence.text ?? "")")
            }
            let spelled = sentence.words.map { $0.form + ($0.spaceAfter ? " " : "") }.joined().trimmingCharacters(in: .whitespaces)
            #expect(spelled == sentence.text)
            let arcs = sentence.words.filter { $0.head > 0 }.map { (min($0.id, $0.head), max($0.id, $0.head)) }
            for (a, b) in arcs { for (c, d) in arcs { #expect(!(a < c && c < b && b < d), "crossing arcs in \(sentence.text ?? "")") } }
        }
    }

    @Test("no sentence the tests or fixtures read is among the training sentences")
    func testSentencesAreUnseen() throws {
        let training = try readCoNLLU(try String(contentsOfFile: SupplementTests.path, encoding: .utf8), file: SupplementTests.path).compactMap(\.text)
        #expect(training.count >= 20)
        // Every test file and fixture article: a sentence trained on and then tested measures nothing.
        let folders = [Repo.root + "/Tests/BriefingTests", Repo.root + "/Tests/Fixtures/articles"]
        var checked = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".swift") || name.hasSuffix(".txt") {
                // (Some fixtures are deliberately not UTF-8.)
                let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)), as: UTF8.self)
                for sentence in training { #expect(!text.contains(sentence), "\(name) reads the training sentence “\(sentence)”") }
                checked += 1
            }
        }
        #expect(checked > 40)
    }
}
