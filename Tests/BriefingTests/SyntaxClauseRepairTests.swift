import BriefingModel
import Syntax
import Testing

/// Repairs between clauses and of a verb's objects (Sources/Syntax/RelativeClauseRepairs.swift,
/// ClauseRepairs.swift, Repairs.swift), each on several wordings.
@Suite("Syntax: relative clauses, absolute clauses, objects")
struct SyntaxClauseRepairTests {
    @Test("a relative clause after the opening name is the name's; the verb after its comma is the main verb", arguments: [
        ("Orano, in which the French state holds a 90% stake, said it would seek arbitration.", "Orano", "said", "holds"),
        ("Eramet, whose largest shareholder is the French state, owns 56% of the project.", "Eramet", "owns", "state"),
        ("Kestrel Minerals, of which the fund owns 12%, will build the smelter.", "Kestrel", "build", "owns"),
    ])
    func relativeClauseTakenAsMain(sentence: String, name: String, verb: String, clauseHead: String) {
        let parse = Parse(sentence)
        #expect(parse.role(verb) == "root→ROOT", "\(parse)")
        #expect(parse.role(name).hasPrefix("nsubj→"), "\(parse)")
        #expect(parse.role(clauseHead) == "acl:relcl→\(name)", "\(parse)")
    }

    @Test("a capitalised word before a comma and a relative pronoun is a name", arguments: [
        "Orano, in which the French state holds a 90% stake, said it would appeal.",
        "Zarvex, which owns 60% of the mine, said it would appeal.",
        "Quorlith, whose largest shareholder is Glencore, owns the smelter.",
    ])
    func nameBeforeRelativeClause(sentence: String) throws {
        let parse = Parse(sentence)
        #expect(parse.sentence.words[0].upos == "PROPN", "\(parse)")
    }

    @Test("\"with\", a noun phrase and a present participle make an absolute clause whose subject is the phrase", arguments: [
        ("Glencore holds a 75% interest in the company, with state miner Gecamines owning the remaining 25%.", "Gecamines", "owning"),
        ("Acme owns 60% of the mine, with Beta Resources holding the rest.", "Resources", "holding"),
        ("Acme owns 70% of the mine, with Chilean miner Codelco owning the other 30%.", "Codelco", "owning"),
    ])
    func absoluteWithPresentParticiple(sentence: String, subject: String, participle: String) {
        let parse = Parse(sentence)
        #expect(parse.role(subject) == "nsubj→\(participle)", "\(parse)")
        #expect(parse.relation(of: participle) == "advcl", "\(parse)")
    }

    @Test("a noun phrase and then an amount after a verb are its indirect and direct objects", arguments: [
        ("Ottawa lent Acme Minerals $250 million last year.", "Acme Minerals", "lent"),
        ("Under the deal JOGMEC and Sojitz lent Lynas $250 million.", "Lynas", "lent"),
        ("The agency will pay Zeta Mining C$40 million for the land.", "Zeta Mining", "pay"),
    ])
    func doubleObjects(sentence: String, receiver: String, verb: String) {
        let parse = Parse(sentence)
        #expect(parse.role(ofPhrase: receiver) == "iobj→\(verb)", "\(parse)")
        let amount = parse.sentence.words.first { $0.upos == "SYM" }
        #expect(amount.flatMap { $0.head }.map { parse.sentence.words[$0].form } == verb, "\(parse)")
    }

    @Test("\"up to\" before money after a verb bounds the verb's object", arguments: [
        ("JOGMEC is also considering providing up to A$200 million in project finance, a person familiar with the matter said.", "providing"),
        ("The agency is weighing lending up to $500 million to the refinery, officials said.", "lending"),
    ])
    func upToMoney(sentence: String, verb: String) throws {
        let parse = Parse(sentence)
        let amount = try #require(parse.sentence.words.firstIndex { $0.upos == "SYM" })
        #expect(parse.sentence.words[amount].relation == "obj", "\(parse)")
        #expect(parse.sentence.words[amount].head.map { parse.sentence.words[$0].form } == verb, "\(parse)")
        #expect(parse.role("up") == "advmod→\(parse.sentence.words[amount].form)", "\(parse)")
    }

    @Test("an adjective taken for a second subject right before the noun subject modifies it", arguments: [
        "Orano, in which the French state holds a 90% stake, said it would appeal.",
        "In the venture the Chilean state holds 30%.",
    ])
    func adjectiveBeforeSubject(sentence: String) {
        let parse = Parse(sentence)
        #expect(parse.role("state").hasPrefix("nsubj→"), "\(parse)")
        #expect(parse.relation(of: parse.sentence.words.first { $0.upos == "ADJ" }?.form ?? "") == "amod", "\(parse)")
    }

    @Test("a common noun right before the subject name describes it; the name's verb is the main verb", arguments: [
        ("Indonesian state miner Aneka Tambang (Antam) has agreed to sell a 9% stake in its nickel unit.", "agreed", "Aneka"),
        ("State miner Gecamines wants a bigger stake in the mine.", "wants", "Gecamines"),
        ("Chilean copper producer Codelco will hold 51% of the venture.", "hold", "Codelco"),
    ])
    func descriptionBeforeSubject(sentence: String, verb: String, name: String) {
        let parse = Parse(sentence)
        #expect(parse.role(verb) == "root→ROOT", "\(parse)")
        #expect(parse.role(name) == "nsubj→\(verb)", "\(parse)")
    }
}
