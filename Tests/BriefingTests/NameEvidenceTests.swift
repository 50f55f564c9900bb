import BriefingModel
import Foundation
import Syntax
import Testing

/// The tags of a text's sentences, parsed as the pipeline parses them (with the text's
/// evidence of which capitalised words are names).
private func tagsInText(_ text: String) -> [[(form: String, upos: String)]] {
    let bytes = Array(text.utf8)
    let sentences = lineRanges(bytes)
    let evidence = NameEvidence(text: bytes, sentences: sentences)
    return sentences.map { range in
        let words = treebankWords(bytes, range)
        return shippedSyntaxModel.parse(words, name: evidence.sentenceInitialName(words)).words.map { ($0.form, $0.upos) }
    }
}

/// One sentence a line.
private func lineRanges(_ bytes: [UInt8]) -> [ByteRange] {
    var ranges: [ByteRange] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
        ranges.append(ByteRange(start, index))
        start = index + 1
    }
    if start < bytes.count { ranges.append(ByteRange(start, bytes.count)) }
    return ranges
}

@Suite("Names at the start of a sentence, told by the rest of the text")
struct NameEvidenceTests {
    @Test("a sentence-initial name the tagger takes for a verb or adjective is a proper noun when the text names it inside a sentence",
          arguments: [("Acme Mining and Beta Resources each hold 40% of the venture.", "The venture is run by Acme Mining.", "Acme"),
                      ("Tungsten West secured a £10 million loan from UKEF.", "UKEF backs Tungsten West.", "Tungsten"),
                      ("Skaland will receive a loan of EUR 60 million.", "The bank lent to Skaland.", "Skaland")])
    func initialName(first: String, later: String, name: String) throws {
        let sentences = tagsInText(first + "\n" + later)
        let tagged = try #require(sentences.first?.first { $0.form == name })
        #expect(tagged.upos == "PROPN", "\(sentences[0].map { "\($0.form)/\($0.upos)" })")
    }

    @Test("a capitalised word the text also writes in lower case is left to the tagger")
    func commonWordsStay() {
        let sentences = tagsInText("Under the deal, Acme will hold 40%.\nThe company said it would act under pressure.")
        #expect(sentences[0].first?.upos == "ADP")
        let capitalOnly = Array("Shares rose.\nInvestors bought Shares.".utf8)
        #expect(NameEvidence(text: capitalOnly, sentences: lineRanges(capitalOnly)).isName("Shares", next: "rose"))
        let both = Array("Shares rose.\nInvestors bought shares of Acme Shares.".utf8)
        #expect(!NameEvidence(text: both, sentences: lineRanges(both)).isName("Shares", next: "rose"))
    }

    @Test("a pair of capitalised words seen together inside a sentence is a name even when its first word is common")
    func pairs() {
        let text = Array("Tungsten West secured a loan.\nThe loan to Tungsten West is its first.\nTungsten prices rose, and tungsten is scarce.".utf8)
        let evidence = NameEvidence(text: text, sentences: lineRanges(text))
        #expect(evidence.isName("Tungsten", next: "West"))
        #expect(!evidence.isName("Tungsten", next: "prices"))
    }
}
