import BriefingModel
import Syntax
import Testing

/// Repairs of the greedy parse that grammar settles (Sources/Syntax/Repairs.swift), each on
/// several wordings.
@Suite("Syntax: repairs")
struct SyntaxRepairTests {
    @Test("a relative pronoun before a bare time phrase is the subject of the verb after it", arguments: [
        ("The fund, which last year committed a loan to the mine, will lend again.", "committed"),
        ("Boliden, which this month signed a supply deal, owns the smelter.", "signed"),
        ("The bank, which earlier this year approved a guarantee, is state-owned.", "approved"),
    ])
    func relativeBeforeTime(sentence: String, verb: String) throws {
        let parse = Parse(sentence)
        #expect(parse.role("which") == "nsubj→\(verb)", "\(parse)")
        let words = parse.sentence
        let verbIndex = try #require(parse.index(verb))
        // The clause's subject stands for the noun the clause hangs on, never the time noun.
        let subject = try #require(words.subject(of: verbIndex))
        #expect(!["year", "month"].contains(words.words[subject.word].form), "\(parse)")
    }

    @Test("the word a modal governs is a verb", arguments: [
        ("The mine would supply about 4% of global oxide.", "supply"),
        ("The refinery could process 10,000 tonnes a year.", "process"),
        ("The partners may also fund a second phase.", "fund"),
    ])
    func verbAfterModal(sentence: String, verb: String) throws {
        try expectVerb(sentence, verb)
    }

    @Test("adverbs between a modal and its verb stay adverbs", arguments: [
        "So you can pretty much get whatever deal you want.",
        "We will all be there.",
        "The notes may otherwise be converted.",
    ])
    func adverbsStay(sentence: String) {
        let parse = Parse(sentence)
        for adverb in ["pretty", "all", "otherwise"] {
            guard let index = parse.index(adverb) else { continue }
            #expect(parse.sentence.words[index].upos != "VERB", "\(parse)")
        }
    }

    @Test("a company form after a name is part of the name", arguments: [
        ("Norfund will buy a 19.9% stake in Skaland Graphite AS for NOK 450 million.", "AS"),
        ("The smelter is owned by Boliden AB and Trafigura.", "AB"),
        ("Eramet SA will lend $50 million to the project.", "SA"),
    ])
    func companyForm(sentence: String, form: String) throws {
        let parse = Parse(sentence)
        let index = try #require(parse.index(form))
        #expect(parse.sentence.words[index].upos == "PROPN", "\(parse)")
    }
}

/// The verb of the sentence is its root, with the given subject.
private func expectMainVerb(_ sentence: String, _ verb: String, _ subject: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let parse = Parse(sentence)
    let index = try #require(parse.index(verb), sourceLocation: sourceLocation)
    #expect(parse.sentence.root == index, "\(parse)", sourceLocation: sourceLocation)
    let found = try #require(parse.sentence.subject(of: index), sourceLocation: sourceLocation)
    #expect(parse.sentence.words[found.word].form == subject, "\(parse)", sourceLocation: sourceLocation)
}

/// The word is tagged a verb.
private func expectVerb(_ sentence: String, _ verb: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let parse = Parse(sentence)
    let index = try #require(parse.index(verb), sourceLocation: sourceLocation)
    #expect(parse.sentence.words[index].upos == "VERB", "\(parse)", sourceLocation: sourceLocation)
}

@Suite("Syntax: repairs of attachment")
struct SyntaxAttachmentRepairTests {
    @Test("a nominal with its own preposition is an oblique, never an object", arguments: [
        ("Export Finance Australia will lend A$300 million to Renascor Resources.", "Renascor Resources"),
        ("The fund gave $5 million to Acme Lithium.", "Acme Lithium"),
    ])
    func prepositionalObject(sentence: String, name: String) {
        let parse = Parse(sentence)
        #expect(!["obj", "iobj"].contains(parse.role(ofPhrase: name).split(separator: "→").first.map(String.init) ?? "?"), "\(parse)")
    }

    @Test("after a relative clause set off by commas, a finite verb with no subject is the main verb", arguments: [
        ("MP Materials, which operates the Mountain Pass mine, currently holds about 8% of the market.", "holds", "MP"),
        ("The fund, which was set up in 2020, now owns 12% of the mine.", "owns", "fund"),
    ])
    func mainVerb(sentence: String, verb: String, subject: String) throws {
        try expectMainVerb(sentence, verb, subject)
    }

    @Test("a finite verb is never a modifier of the noun before it: the noun is its subject", arguments: [
        ("The ministry bought preferred shares in Vantor Magnetics for €85 million.", "bought", "ministry"),
        ("The fund acquired a 20% stake in Kestrel Graphite.", "acquired", "fund"),
        ("The agency lends money to miners in Africa.", "lends", "agency"),
    ])
    func finiteVerbIsMain(sentence: String, verb: String, subject: String) throws {
        try expectMainVerb(sentence, verb, subject)
    }

    @Test("'own' with no possessor before it, and the word after ', which' before a figure, is a verb", arguments: [
        ("Orex Mining and Stannis Resources own 43.79 and 15.03 percent, respectively.", "own"),
        ("The venture belongs to Pelican and Northgate, which own 55% and 45%.", "own"),
        ("The mine belongs to Pelican and Northgate, which hold 60% and 40%.", "hold"),
    ])
    func verbGroupAfterRelativePronoun(sentence: String, verb: String) throws {
        try expectVerb(sentence, verb)
    }

    @Test("after 'while' and a name, an '-s' word before a preposition is the name's verb", arguments: [
        ("The U.S. produces 2% of the world's lithium, while Australia accounts for about 47%.", "accounts"),
        ("China mines 60% of the world's tungsten, whereas Vietnam supplies about 5%.", "supplies"),
    ])
    func verbAfterSubordinatedName(sentence: String, verb: String) throws {
        try expectVerb(sentence, verb)
    }

    @Test("two clauses joined by 'and' after a verb that takes no clause are two clauses", arguments: [
        ("Ma'aden owns 51% of Manara and the PIF holds the other 49%.", "holds", "PIF"),
        ("Glencore owns 60% of the mine and the government holds 40%.", "holds", "government"),
    ])
    func clausesRunTogether(sentence: String, verb: String, subject: String) throws {
        let parse = Parse(sentence)
        let index = try #require(parse.index(verb))
        #expect(parse.sentence.words[index].relation != "ccomp", "\(parse)")
        let found = try #require(parse.sentence.subject(of: index))
        #expect(parse.sentence.words[found.word].form == subject, "\(parse)")
    }

    @Test("a verb that takes a clause keeps its clause with a coordinated subject")
    func clauseAfterSay() throws {
        let parse = Parse("Officials said Glencore and Vale hold 49% of the mine.")
        let index = try #require(parse.index("hold"))
        let found = try #require(parse.sentence.subject(of: index))
        #expect(["Glencore", "Vale"].contains(parse.sentence.words[found.word].form), "\(parse)")
    }

    @Test("a verb has one subject: two before it with 'and' between are one coordinated subject", arguments: [
        ("JOGMEC and trading house Sojitz Corp will invest A$200 million in Lynas.", "invest"),
        ("The Japan Organization for Metals and Energy Security and trading house Sojitz Corp will invest A$200 million.", "invest"),
    ])
    func oneSubject(sentence: String, verb: String) throws {
        let parse = Parse(sentence)
        let index = try #require(parse.index(verb))
        let subjects = parse.sentence.words.indices.filter { parse.sentence.words[$0].head == index && parse.sentence.words[$0].relation.hasPrefix("nsubj") }
        #expect(subjects.count == 1, "\(parse)")
    }

    @Test("an 'of' or 'for' between two names continues the first name, not the verb", arguments: [
        ("Japan Organization for Metals and Energy Security will invest A$200 million in Lynas.", "Metals"),
        ("The Japan Bank for International Cooperation will lend $500 million to Acme Mining.", "Cooperation"),
    ])
    func nameContinuation(sentence: String, word: String) throws {
        let parse = Parse(sentence)
        let index = try #require(parse.index(word))
        #expect(parse.sentence.words[index].relation != "obl", "\(parse)")
    }

    @Test("'have' before a participle is the perfect's auxiliary; before an adjective's participle it is the verb", arguments: [
        ("Posco has also agreed to buy 60% of the plant's output.", "has", "AUX"),
        ("The bank had already lent $50 million to the mine.", "had", "AUX"),
        ("Patients still have surgically induced hair loss.", "have", "VERB"),
    ])
    func perfectAuxiliary(sentence: String, word: String, upos: String) throws {
        let parse = Parse(sentence)
        let index = try #require(parse.index(word))
        #expect(parse.sentence.words[index].upos == upos, "\(parse)")
    }

    @Test("'its own' stays an adjective")
    func ownAfterPossessor() throws {
        let parse = Parse("The company will build its own refinery.")
        let index = try #require(parse.index("own"))
        #expect(parse.sentence.words[index].upos == "ADJ", "\(parse)")
    }

    @Test("nothing hangs on punctuation", arguments: [
        "Lynas is 15%-owned by JOGMEC's partner, Japan Australia Rare Earths, a company controlled by Sojitz.",
        "The mine is 60% owned by Glencore's trading arm, Katanga Holdings.",
    ])
    func noPunctuationHeads(sentence: String) {
        let parse = Parse(sentence)
        for word in parse.sentence.words {
            guard let head = word.head else { continue }
            #expect(parse.sentence.words[head].upos != "PUNCT" || word.relation == "punct", "\(word.form) on \(parse.sentence.words[head].form): \(parse)")
        }
    }

    @Test("a relative clause after a comma hangs on the noun phrase right before the comma", arguments: [
        ("The remainder is funded through a €250 million bond and equity from Sibanye-Stillwater, which owns 79.8% of Keliber.", "owns", "Sibanye"),
        ("Funding comes from a state grant and a loan from Orano, which holds 30% of the mine.", "holds", "Orano"),
        ("The mine sells its concentrate to a smelter owned by Boliden, which controls 45% of the venture.", "controls", "Boliden"),
        ("Output goes to buyers in Japan and to Posco, which owns 12% of the project.", "owns", "Posco"),
    ])
    func relativeClauseAntecedent(sentence: String, verb: String, antecedent: String) {
        let parse = Parse(sentence)
        #expect(parse.role(verb) == "acl:relcl→\(antecedent)", "\(parse)")
    }

    @Test("a conjunct with its own preposition joins the phrase with the same preposition", arguments: [
        ("Output goes to buyers in Japan and to Posco.", "Posco", "buyers"),
        ("The loan came from banks in Germany and from the state.", "state", "banks"),
    ])
    func conjunctPreposition(sentence: String, conjunct: String, first: String) {
        let parse = Parse(sentence)
        #expect(parse.role(conjunct) == "conj→\(first)", "\(parse)")
    }

    @Test("a second subject set off by commas right after a name is the name's apposition", arguments: [
        ("Under the deal, Japan Gallium Holdings, a vehicle owned by JOGMEC, will acquire a stake.", "vehicle", "Holdings"),
        ("Kamoto Holdings, a company owned 75% by Glencore, will buy 20% of the mine.", "company", "Kamoto"),
    ])
    func appositiveSubject(sentence: String, noun: String, name: String) {
        let parse = Parse(sentence)
        #expect(parse.role(noun) == "appos→\(name)", "\(parse)")
    }

    @Test("a preposition takes no object: its noun is the preposition's, in a phrase on the noun before", arguments: [
        ("MIND ID now owns 20% of Vale Indonesia after buying a further 14% stake last year.", "Vale", "%"),
    ])
    func prepositionObject(sentence: String, noun: String, head: String) {
        let parse = Parse(sentence)
        #expect(parse.role(noun) == "nmod→\(head)", "\(parse)")
        #expect(parse.role("of") == "case→\(noun)", "\(parse)")
    }

    @Test("a word tagged as a determiner that is none is a noun", arguments: [
        "Stibnite would supply roughly 35% of U.S. antimony demand.",
    ])
    func unknownDeterminer(sentence: String) throws {
        let parse = Parse(sentence)
        let index = try #require(parse.index("antimony"))
        #expect(parse.sentence.words[index].upos == "NOUN", "\(parse)")
    }
}
