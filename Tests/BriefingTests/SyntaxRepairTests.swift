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
        let parse = Parse(sentence)
        let index = try #require(parse.index(verb))
        #expect(parse.sentence.words[index].upos == "VERB", "\(parse)")
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
