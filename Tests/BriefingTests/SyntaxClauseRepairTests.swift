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

    @Test("a bare apostrophe after a name in -s and before a noun phrase marks the name's possession", arguments: [
        ("The Department of Defense will become MP Materials' largest shareholder.", "MP Materials", "shareholder"),
        ("The fund bought 10% of Lundin Minerals' Chilean unit.", "Lundin Minerals", "unit"),
        ("Ivanhoe Mines' copper output rose 10%.", "Ivanhoe Mines", "output"),
    ])
    func barePossessive(sentence: String, possessor: String, possessed: String) {
        let parse = Parse(sentence)
        #expect(parse.role(ofPhrase: possessor) == "nmod:poss→\(possessed)", "\(parse)")
        #expect(parse.sentence.words[parse.index("'")!].upos == "PART", "\(parse)")
    }

    @Test("an apostrophe that closes a quotation stays punctuation", arguments: [
        "He called the 'rare earths' market small.",
        "They named it 'Project Minerals' last year.",
    ])
    func closingQuote(sentence: String) {
        let parse = Parse(sentence)
        #expect(parse.sentence.words.filter { $0.form == "'" }.allSatisfy { $0.upos == "PUNCT" }, "\(parse)")
    }

    @Test("a clause after a comma and its own relative pronoun is the noun's relative clause, never an argument", arguments: [
        ("The Department of Defense will become MP Materials' largest shareholder after agreeing to buy $400 million of its preferred stock, which is convertible into common shares at $30.03 each.", "convertible", "stock"),
        ("Glencore will buy $400 million of Zeta Mining, which is based in Peru.", "based", "Zeta"),
    ])
    func relativeNeverArgument(sentence: String, clauseHead: String, noun: String) {
        let parse = Parse(sentence)
        #expect(parse.role(clauseHead) == "acl:relcl→\(noun)", "\(parse)")
    }

    @Test("a gerund clause of time or manner is the verb's adverbial clause, not the noun's", arguments: [
        ("The Department of Defense will become MP Materials' largest shareholder after agreeing to buy $400 million of its stock.", "agreeing", "become"),
        ("Glencore raised its stake in the mine by buying shares from Zeta.", "buying", "raised"),
        ("The bank approved the loan before receiving the final study.", "receiving", "approved"),
    ])
    func gerundClause(sentence: String, gerund: String, verb: String) {
        let parse = Parse(sentence)
        #expect(parse.role(gerund) == "advcl→\(verb)", "\(parse)")
    }

    @Test("a past-tense verb with an object after a reported noun is the reported clause's verb", arguments: [
        ("Zijin Mining said the smelter produced 120,000 tonnes last year.", "smelter", "produced", "said"),
        ("Ivanhoe said the complex produced 437,061 tonnes of copper in 2024.", "complex", "produced", "said"),
        ("The company reported the mine shipped 40,000 tonnes of concentrate.", "mine", "shipped", "reported"),
    ])
    func reportedClause(sentence: String, subject: String, verb: String, speaker: String) {
        let parse = Parse(sentence)
        #expect(parse.role(subject) == "nsubj→\(verb)", "\(parse)")
        #expect(parse.role(verb) == "ccomp→\(speaker)", "\(parse)")
    }

    @Test("\"mine\" after a modifier is the noun", arguments: [
        "Canyon Uranium's Red Desert mine can produce 1.5 million pounds a year.",
        "The new mine will produce copper.",
        "Its open-pit mine closed in 2020.",
    ])
    func mineNoun(sentence: String) throws {
        let parse = Parse(sentence)
        let mine = try #require(parse.index("mine"))
        #expect(parse.sentence.words[mine].upos == "NOUN", "\(parse)")
    }

    @Test("an amount before a noun phrase with no preposition sizes the noun, which heads the phrase", arguments: [
        ("Beta Capital agreed to a $700 million conditional loan commitment with Acme Mining.", "commitment"),
        ("The bank approved a $50 million senior secured facility for the mine.", "facility"),
    ])
    func amountBeforeNoun(sentence: String, noun: String) throws {
        let parse = Parse(sentence)
        let amount = try #require(parse.sentence.words.firstIndex { $0.form == "$" })
        #expect(parse.sentence.words[amount].head.map { parse.sentence.words[$0].form } == noun, "\(parse)")
        #expect(parse.sentence.words[amount].relation == "compound", "\(parse)")
    }
}
