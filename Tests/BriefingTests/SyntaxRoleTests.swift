import BriefingModel
import Foundation
import Syntax
import Testing

/// The shipped model, loaded once for all tests.
let shippedSyntaxModel: SyntaxModel = {
    try! SyntaxModel.shared(path: Repo.root + "/assets/models/" + SyntaxModel.defaultFileName)
}()

/// A parsed sentence with look-ups by word.
struct Parse: CustomStringConvertible {
    let sentence: ParsedSentence

    init(_ text: String) {
        let bytes = Array(text.utf8)
        sentence = shippedSyntaxModel.parse(treebankWords(bytes, ByteRange(0, bytes.count)))
    }

    func index(_ form: String) -> Int? { sentence.words.firstIndex { $0.form == form } }

    /// The form of the word's head, or "ROOT".
    func head(of form: String) -> String? {
        guard let i = index(form) else { return nil }
        return sentence.words[i].head.map { sentence.words[$0].form } ?? "ROOT"
    }

    func relation(of form: String) -> String? { index(form).map { sentence.words[$0].relation } }

    /// Relation and head of a word, as "nsubj→holds".
    func role(_ form: String) -> String { "\(relation(of: form) ?? "?")→\(head(of: form) ?? "?")" }

    /// The role of a name of several words ("Northfield Mines"): that of its
    /// word whose head lies outside the name (UD heads names on the first word
    /// with `flat`, or on the last with `compound`).
    func role(ofPhrase phrase: String) -> String {
        let forms = phrase.split(separator: " ").map(String.init)
        guard let first = sentence.words.indices.first(where: { start in
            start + forms.count <= sentence.words.count && (0..<forms.count).allSatisfy { sentence.words[start + $0].form == forms[$0] }
        }) else { return "?" }
        let span = first..<(first + forms.count)
        guard let top = span.first(where: { sentence.words[$0].head.map { !span.contains($0) } ?? true }) else { return "?" }
        return role(sentence.words[top].form)
    }

    var description: String {
        sentence.words.map { w in "\(w.form)/\(w.upos)/\(w.relation)→\(w.head.map { sentence.words[$0].form } ?? "ROOT")" }.joined(separator: " ")
    }
}

@Suite("Syntax: the roles the claim reader needs")
struct SyntaxRoleTests {
    @Test("the holder is the subject of 'holds' / 'owns'", arguments: [
        ("Kazatomprom holds a 40% stake in the venture.", "Kazatomprom", "holds"),
        ("The state fund currently holds 51 percent of the mine.", "fund", "holds"),
        ("Acme Resources owns the remaining 49%.", "Resources", "owns"),
        ("After the deal, Cove Capital will hold 70% of the project.", "Capital", "hold"),
    ])
    func holderIsSubject(sentence: String, holder: String, verb: String) {
        let parse = Parse(sentence)
        #expect(parse.role(holder) == "nsubj→\(verb)", "\(parse)")
    }

    @Test("the agent of a passive: 'controlled by', 'owned by', 'provided by'", arguments: [
        ("The mine is 70% controlled by Cove Kaz Capital.", "Cove Kaz Capital", "controlled"),
        ("The project, which is owned by Northfield Mines, will start in 2027.", "Northfield Mines", "owned"),
        ("The loan was provided by the Export-Import Bank.", "Bank", "provided"),
    ])
    func passiveAgent(sentence: String, agent: String, verb: String) {
        let parse = Parse(sentence)
        #expect(parse.role(ofPhrase: agent) == "obl:agent→\(verb)", "\(parse)")
    }

    @Test("the passive subject: 'was approved', 'is owned'", arguments: [
        ("The loan was approved by the board in May.", "loan", "approved"),
        ("The company is owned by the government.", "company", "owned"),
    ])
    func passiveSubject(sentence: String, subject: String, verb: String) {
        let parse = Parse(sentence)
        #expect(parse.role(subject) == "nsubj:pass→\(verb)", "\(parse)")
    }

    /// After a verb that takes the stake as its object ("took a stake in X"),
    /// EWT-style parses often hang "in X" on the verb (obl) rather than on
    /// the stake (nmod): both say what is owned, and the claim reader must read both.
    @Test("the 'in X' of a stake is what is owned", arguments: [
        ("The government took a 10% stake in Lithium Americas.", "Americas"),
        ("It holds a 40% stake in the Northern Tungsten project.", "project"),
        ("Japan bought a minority stake in the mine last year.", "mine"),
        ("Its stake in the venture is 25%.", "venture"),
    ])
    func stakeIn(sentence: String, owned: String) throws {
        let parse = Parse(sentence)
        let words = parse.sentence.words
        let stake = try #require(parse.index("stake"))
        let object = try #require(parse.index(owned))
        let onStake = words[object].head == stake && words[object].relation.hasPrefix("nmod")
        let onVerb = words[object].head == words[stake].head && words[object].relation.hasPrefix("obl") && words[stake].relation == "obj"
        #expect(onStake || onVerb, "\(parse)")
        #expect(parse.role("in") == "case→\(owned)", "\(parse)")
    }

    @Test("lenders in a coordination are conjuncts", arguments: [
        ("The loan comes from EXIM and the DFC.", "EXIM", "DFC"),
        ("Financing is provided by KfW, Société Générale and ING.", "KfW", "ING"),
        ("The DOE and the bank will lend $500 million.", "DOE", "bank"),
    ])
    func coordinatedLenders(sentence: String, first: String, second: String) {
        let parse = Parse(sentence)
        #expect(parse.role(second) == "conj→\(first)", "\(parse)")
    }

    @Test("'not' hangs on its verb", arguments: [
        ("The US government is not seeking an equity stake.", "seeking"),
        ("The bank did not provide a loan.", "provide"),
        ("Officials said the state would not take a stake.", "take"),
    ])
    func negation(sentence: String, verb: String) {
        let parse = Parse(sentence)
        #expect(parse.role("not") == "advmod→\(verb)", "\(parse)")
    }

    @Test("'may', 'could', 'will' are auxiliaries of their verb", arguments: [
        ("Ruritania may raise its share of the mine to 25%.", "may", "raise"),
        ("The agency could provide up to $1 billion.", "could", "provide"),
        ("The fund will invest $200 million in the project.", "will", "invest"),
    ])
    func modalAuxiliary(sentence: String, modal: String, verb: String) {
        let parse = Parse(sentence)
        #expect(parse.role(modal) == "aux→\(verb)", "\(parse)")
        #expect(parse.sentence.words[parse.index(modal)!].upos == "AUX", "\(parse)")
    }

    @Test("possessives and particles get their subtypes", arguments: [
        ("Kazakhstan's government signed the deal.", "Kazakhstan", "nmod:poss→government"),
        ("The partners set up a joint venture.", "up", "compound:prt→set"),
    ])
    func subtypes(sentence: String, word: String, role: String) {
        let parse = Parse(sentence)
        #expect(parse.role(word) == role, "\(parse)")
    }

    @Test("lemmas of verbs and nouns", arguments: [
        ("He held it, she holds it, they are holding it.", ["held": "hold", "holds": "hold", "holding": "hold", "are": "be"]),
        ("The loans and stakes were financed by banks.", ["loans": "loan", "stakes": "stake", "were": "be", "financed": "finance", "banks": "bank"]),
        ("Companies bought mines and supplied batteries.", ["Companies": "company", "bought": "buy", "mines": "mine", "supplied": "supply", "batteries": "battery"]),
        // Irregular participles the treebank's table lacks.
        ("Its shares have risen, its output has grown and it has withdrawn the offer.", ["risen": "rise", "grown": "grow", "withdrawn": "withdraw"]),
    ])
    func lemmas(sentence: String, expected: [String: String]) {
        let parse = Parse(sentence)
        for (form, lemma) in expected {
            #expect(parse.index(form).map { parse.sentence.words[$0].lemma } == lemma, "\(form) in \(parse)")
        }
    }

    /// Finance verbs and names are rare in EWT's web text; before our own deal
    /// sentences joined the training data these came out wrong.
    @Test("finance sentences that web text alone got wrong")
    func financeSentences() {
        #expect(Parse("The DOE and the Export-Import Bank will lend $500 million.").role("Bank") == "conj→DOE")
        let lent = Parse("The banks in Japan lent money to the miner.")
        #expect(lent.sentence.words.first { $0.form == "lent" }?.upos == "VERB", "\(lent)")
        #expect(lent.role("banks") == "nsubj→lent", "\(lent)")
        let provide = Parse("Banks in Japan provide loans.")
        #expect(provide.role("Banks") == "nsubj→provide", "\(provide)")
    }

    /// Sentences the parser gets wrong today: each expectation here fails now
    /// and is recorded as a known issue; when one starts passing, the test says so.
    @Test("known parser errors (an unknown name before an apposition)")
    func knownErrors() {
        withKnownIssue("an unknown name before an apposition is taken for an adverb") {
            #expect(Parse("Acme, a Canadian miner, owns the remaining 49%.").role("Acme") == "nsubj→owns")
        }
    }

    @Test("every parse is a tree: one root, every head in the sentence, no cycles")
    func wellFormed() {
        for text in ["Stakes.", "The deal, signed in 2025 (after talks), gives Kazakhstan 30% and the US 70%.", "$1.1 billion", "?"] {
            let parse = Parse(text).sentence
            #expect(parse.words.filter { $0.head == nil }.count == 1)
            for (index, word) in parse.words.enumerated() {
                var seen: Set<Int> = [index]
                var current = word.head
                while let next = current {
                    #expect(next >= 0 && next < parse.words.count)
                    #expect(!seen.contains(next), "cycle in \(text)")
                    if seen.contains(next) { break }
                    seen.insert(next)
                    current = parse.words[next].head
                }
            }
        }
    }
}

@Suite("briefing parse")
struct ParseCommandTests {
    @Test("raw text: sentences, words with byte ranges, SpaceAfter=No, one root each",
          .enabled(if: briefingExecutable != nil, "the briefing executable is absent: skipped"))
    func rawText() throws {
        let text = "The bank didn't lend $5m. Kazakhstan holds 25%.\n\nA second paragraph."
        let result = try run(briefingExecutable!, ["parse", "-"], input: Data(text.utf8), workingDirectory: Repo.root)
        #expect(result.status == 0, "\(result.stderr)")
        let sentences = try readCoNLLU(result.stdout, file: "stdout")
        #expect(sentences.map { $0.text ?? "" } == ["The bank didn't lend $5m.", "Kazakhstan holds 25%.", "A second paragraph."])
        let bytes = Array(text.utf8)
        for sentence in sentences {
            #expect(sentence.words.filter { $0.head == 0 }.count == 1)
            for word in sentence.words {
                let range = try #require(word.misc.split(separator: "|").first { $0.hasPrefix("TokenRange=") })
                let bounds = range.dropFirst("TokenRange=".count).split(separator: ":").compactMap { Int($0) }
                #expect(String(decoding: bytes[bounds[0]..<bounds[1]], as: UTF8.self) == word.form)
            }
        }
        let did = try #require(sentences[0].words.first { $0.form == "did" })
        #expect(did.misc.contains("SpaceAfter=No"))
        #expect(sentences[0].words.first { $0.form == "n't" }?.lemma == "not")
    }

    @Test("a missing model or input file is a clear error with exit status 2",
          .enabled(if: briefingExecutable != nil, "the briefing executable is absent: skipped"))
    func errors() throws {
        let missingModel = try run(briefingExecutable!, ["parse", "--model", "/nonexistent/m.bin", "-"], input: Data("x".utf8))
        #expect(missingModel.status == 2)
        #expect(missingModel.stderr.contains("/nonexistent/m.bin"))
        let missingInput = try run(briefingExecutable!, ["parse", "/nonexistent/article.txt"], workingDirectory: Repo.root)
        #expect(missingInput.status == 2)
        #expect(missingInput.stderr.contains("/nonexistent/article.txt"))
    }
}

@Suite("Syntax on hostile input")
struct SyntaxRobustnessTests {
    /// Every word's range inside the text, in order, not overlapping; one root; heads inside.
    private func check(_ bytes: [UInt8], _ label: String) {
        let words = treebankWords(bytes, ByteRange(0, bytes.count))
        var end = 0
        for word in words {
            #expect(word.range.start >= end && word.range.start < word.range.end && word.range.end <= bytes.count, "\(label)")
            end = word.range.end
        }
        guard !words.isEmpty else { return }
        let parse = shippedSyntaxModel.parse(words)
        #expect(parse.words.filter { $0.head == nil }.count == 1, "\(label)")
        #expect(parse.words.allSatisfy { $0.head.map { $0 >= 0 && $0 < words.count } ?? true }, "\(label)")
    }

    @Test("random mixes of letters, digits, marks, quotes, invalid UTF-8 and long runs")
    func randomInputs() {
        let pieces: [[UInt8]] = ["a", "Z", "9", ".", ",", "-", "--", "'", "’", "n't", "'s", "$", "€", "%", "(", ")", "\"", "“", "/",
                                 "http://x.y/z", "@", " ", "  ", "\n", "\t", "...", "?!", ":)", "*", "U.S.", "é", "\u{0301}"].map { Array($0.utf8) }
            + [[0xFF], [0xC3], [0xE2, 0x80], [0x00]]
        var state: UInt64 = 12345
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        for round in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<(1 + next() % 60) { bytes += pieces[next() % pieces.count] }
            check(bytes, "round \(round): \(bytes)")
        }
    }

    @Test("a sentence of 20,000 words and a word of 100,000 letters")
    func longInputs() {
        check(Array(String(repeating: "The bank lends money, and ", count: 4000).utf8), "long sentence")
        check(Array(String(repeating: "x", count: 100_000).utf8), "long word")
        check(Array(String(repeating: "-", count: 50_000).utf8), "long dash")
    }
}

@Suite("Syntax: role queries for the claim reader")
struct RoleQueryTests {
    private func text(_ text: String, _ range: ByteRange) -> String {
        String(decoding: Array(text.utf8)[range.start..<range.end], as: UTF8.self)
    }

    @Test("subject, passive agent, and what an 'in' phrase hangs on")
    func holders() throws {
        let sentence = "Kazatomprom holds a 40% stake in the Northern Tungsten project."
        let parse = Parse(sentence).sentence
        let holds = try #require(parse.words.firstIndex { $0.lemma == "hold" })
        let subject = try #require(parse.subject(of: holds))
        #expect(parse.words[subject.word].form == "Kazatomprom" && !subject.passive)
        let stake = try #require(parse.words.firstIndex { $0.form == "stake" })
        #expect(text(sentence, parse.phraseRange(of: stake)) == "40% stake in the Northern Tungsten project")
        let owned = parse.prepositionalDependents(of: stake) + parse.prepositionalDependents(of: holds)
        let inPhrase = try #require(owned.first { $0.preposition == "in" })
        #expect(text(sentence, parse.phraseRange(of: inPhrase.word)) == "Northern Tungsten project")

        let passive = "The mine is owned by Cove Kaz Capital and the state."
        let passiveParse = Parse(passive).sentence
        let owned2 = try #require(passiveParse.words.firstIndex { $0.form == "owned" })
        #expect(passiveParse.subject(of: owned2).map { passiveParse.words[$0.word].form } == "mine")
        #expect(passiveParse.subject(of: owned2)?.passive == true)
        let agent = try #require(passiveParse.agent(of: owned2))
        #expect(text(passive, passiveParse.phraseRange(of: agent)) == "Cove Kaz Capital")
    }

    @Test("negation and modals on the verb", arguments: [
        ("The US government is not seeking an equity stake.", "seeking", true, nil as String?),
        ("The bank didn't provide a loan.", "provide", true, nil),
        ("No loan was approved.", "loan", true, nil),
        ("Ruritania may raise its share to 25%.", "raise", false, "may"),
        ("The agency could provide up to $1 billion.", "provide", false, "could"),
        ("The fund invested $200 million.", "invested", false, nil),
    ])
    func hedges(sentence: String, word: String, negated: Bool, modal: String?) throws {
        let parse = Parse(sentence).sentence
        let index = try #require(parse.words.firstIndex { $0.form == word })
        #expect(parse.isNegated(index) == negated, "\(Parse(sentence))")
        #expect(parse.modal(of: index) == modal, "\(Parse(sentence))")
    }

    @Test("a conjoined verb takes the first verb's subject")
    func sharedSubject() throws {
        let parse = Parse("The company bought the mine and holds 60% of it.").sentence
        let holds = try #require(parse.words.firstIndex { $0.form == "holds" })
        #expect(parse.subject(of: holds).map { parse.words[$0.word].form } == "company", "\(Parse("The company bought the mine and holds 60% of it."))")
    }

    @Test("a subtree is every word below a head")
    func subtree() throws {
        let parse = Parse("The banks in Japan will provide the loans.").sentence
        let banks = try #require(parse.words.firstIndex { $0.form == "banks" })
        #expect(parse.subtree(of: banks).map { parse.words[$0].form } == ["The", "banks", "in", "Japan"])
        let root = try #require(parse.root)
        #expect(parse.subtree(of: root).count == parse.words.count)
    }
}

@Suite("Syntax: possessors")
struct SyntaxPossessorTests {
    @Test("a nominal marked by 's possesses the phrase after it and is never the subject", arguments: [
        ("Japan's JOGMEC agreed to lend $75 million to the project.", "Japan", "JOGMEC"),
        ("Korea's KEXIM will lend $120 million to the smelter.", "Korea", "KEXIM"),
        ("China's Zijin Mining bought 51% of the project.", "China", "Mining"),
        ("Kazakhstan's Tau-Ken Samruk will hold the remaining 30%.", "Kazakhstan", "Tau"),
    ])
    func possessor(sentence: String, possessor: String, owned: String) {
        let parse = Parse(sentence)
        #expect(parse.relation(of: possessor) == "nmod:poss", "\(parse)")
        #expect(parse.head(of: possessor) == owned, "\(parse)")
        #expect(parse.relation(of: owned)?.hasPrefix("nsubj") == true, "\(parse)")
    }
}
