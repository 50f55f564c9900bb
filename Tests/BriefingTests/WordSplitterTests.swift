import BriefingModel
import Foundation
import Syntax
import Testing

/// The words of a sentence, as the Syntax stage splits it.
private func words(_ sentence: String) -> [String] {
    let bytes = Array(sentence.utf8)
    return treebankWords(bytes, ByteRange(0, bytes.count)).map(\.form)
}

@Suite("Word splitter (UD English EWT conventions)")
struct WordSplitterTests {
    @Test("clitics and negations are words of their own")
    func clitics() {
        #expect(words("I don't know") == ["I", "do", "n't", "know"])
        #expect(words("It can't and won't") == ["It", "ca", "n't", "and", "wo", "n't"])
        #expect(words("Kazakhstan's share") == ["Kazakhstan", "'s", "share"])
        #expect(words("the banks' loans") == ["the", "banks", "'", "loans"])
        #expect(words("we cannot say, I'm sure they're gonna") == ["we", "can", "not", "say", ",", "I", "'m", "sure", "they", "'re", "gon", "na"])
        #expect(words("it’s the company’s") == ["it", "’s", "the", "company", "’s"])
        #expect(words("I dont know") == ["I", "do", "nt", "know"])
    }

    @Test("punctuation, brackets and quotes come off; runs stay together")
    func punctuation() {
        #expect(words("(Reuters) said \"yes.\"") == ["(", "Reuters", ")", "said", "\"", "yes", ".", "\""])
        #expect(words("Really?! Wait...") == ["Really", "?!", "Wait", "..."])
        #expect(words("“Quoted,” she said.") == ["“", "Quoted", ",", "”", "she", "said", "."])
    }

    @Test("currency signs and percent signs are words; numbers keep their separators")
    func money() {
        #expect(words("$1.1 billion and €500,000") == ["$", "1.1", "billion", "and", "€", "500,000"])
        #expect(words("a 40% stake") == ["a", "40", "%", "stake"])
        #expect(words("£3.5m at 10:30") == ["£", "3.5", "m", "at", "10:30"])
        // A lettered sign is one word, as "$" is; letters before "$" with no amount stay a word.
        #expect(words("A$200 million (US$130 million) or HK$3.5bn") == ["A$", "200", "million", "(", "US$", "130", "million", ")", "or", "HK$", "3.5", "bn"])
        #expect(words("the A$ fell") == ["the", "A$", "fell"])
    }

    @Test("an amount and the unit written straight after it are two words; codes, ordinals and decades are one")
    func units() {
        #expect(words("$2bn by 10am, 650k tonnes") == ["$", "2", "bn", "by", "10", "am", ",", "650", "k", "tonnes"])
        #expect(words("a 375mm pipe and 24hrs") == ["a", "375", "mm", "pipe", "and", "24", "hrs"])
        #expect(words("the 21st 4G network of the 1990s and 70's") == ["the", "21st", "4G", "network", "of", "the", "1990s", "and", "70's"])
    }

    @Test("hyphens split compounds, not prefixed words or telephone numbers")
    func hyphens() {
        #expect(words("a long-term loan") == ["a", "long", "-", "term", "loan"])
        #expect(words("a non-binding e-mail") == ["a", "non-binding", "e-mail"])
        #expect(words("call 713-853-3989") == ["call", "713-853-3989"])
        #expect(words("ext. 3-5290, ZIP 77002-7361, in 2019-2020 and 1-2 days") == ["ext.", "3-5290", ",", "ZIP", "77002-7361", ",", "in", "2019", "-", "2020", "and", "1", "-", "2", "days"])
        #expect(words("state-owned co-owner") == ["state", "-", "owned", "co-owner"])
        #expect(words("word--word") == ["word", "--", "word"])
    }

    @Test("abbreviations keep their full stop; the sentence's own stop comes off")
    func abbreviations() {
        #expect(words("Mr. Smith of the U.S. bank, e.g. this.") == ["Mr.", "Smith", "of", "the", "U.S.", "bank", ",", "e.g.", "this", "."])
        #expect(words("Acme Inc. agreed.") == ["Acme", "Inc.", "agreed", "."])
        #expect(words("forwarded to CCNG, Inc..") == ["forwarded", "to", "CCNG", ",", "Inc.", "."])
        #expect(words("Drs. Ali and Smith") == ["Drs.", "Ali", "and", "Smith"])
    }

    @Test("web and e-mail addresses stay whole")
    func addresses() {
        #expect(words("see https://example.com/a-b?x=1. Or mail info@example.org") ==
            ["see", "https://example.com/a-b?x=1", ".", "Or", "mail", "info@example.org"])
        #expect(words("at www.mining-news.com today") == ["at", "www.mining-news.com", "today"])
    }

    @Test("web-text habits: emoticons, dots and commas between words, bracketed addresses, final abbreviations")
    func webText() {
        #expect(words("great :) thanks") == ["great", ":)", "thanks"])
        #expect(words("the house...is big") == ["the", "house", "...", "is", "big"])
        #expect(words("meat,chorizo and rice") == ["meat", ",", "chorizo", "and", "rice"])
        #expect(words("1,000 tonnes") == ["1,000", "tonnes"])
        #expect(words("(see [http://example.com/a_b?id=3])") == ["(", "see", "[", "http://example.com/a_b?id=3", "]", ")"])
        #expect(words("bonds, notes etc.") == ["bonds", ",", "notes", "etc", "."])
        #expect(words("etc. and more") == ["etc.", "and", "more"])
        #expect(words("thats what ive said") == ["that", "s", "what", "i", "ve", "said"])
        #expect(words("**********") == ["**********"])
        #expect(words("...Now the part ...to follow") == ["...", "Now", "the", "part", "...", "to", "follow"])
        #expect(words("-Page 71 from 1:30 -2:30 with %10 off ,thanks") ==
            ["-", "Page", "71", "from", "1:30", "-", "2:30", "with", "%", "10", "off", ",", "thanks"])
        #expect(words("the \"corner\"...and more") == ["the", "\"", "corner", "\"", "...", "and", "more"])
        #expect(words("Email: \"Jo Bloggs\"<jo...@example.com>") == ["Email", ":", "\"", "Jo", "Bloggs", "\"", "<", "jo...@example.com", ">"])
        #expect(words("friends and family:) and :-).") == ["friends", "and", "family", ":)", "and", ":-)", "."])
        #expect(words("Taj Road( Bus Stops) and a.pdf)(See b.pdf)") == ["Taj", "Road", "(", "Bus", "Stops", ")", "and", "a.pdf", ")", "(", "See", "b.pdf", ")"])
    }

    @Test("and/or splits, short forms like w/o stay")
    func slashes() {
        #expect(words("loans and/or grants w/o fees") == ["loans", "and", "/", "or", "grants", "w/o", "fees"])
    }

    @Test("each word's byte range holds exactly its form, and spaces are recorded")
    func byteRanges() {
        let sentence = "  Kazakhstan’s $1.1bn deal — isn't it?"
        let bytes = Array(sentence.utf8)
        let found = treebankWords(bytes, ByteRange(0, bytes.count))
        for word in found {
            #expect(String(decoding: bytes[word.range.start..<word.range.end], as: UTF8.self) == word.form)
        }
        #expect(found.map(\.form) == ["Kazakhstan", "’s", "$", "1.1", "bn", "deal", "—", "is", "n't", "it", "?"])
        #expect(found.map(\.spaceAfter) == [false, true, false, false, true, true, true, false, true, false, false])
        // Inside a larger text: ranges are offsets into the whole text.
        let text = Array("First. Second one.".utf8)
        let second = treebankWords(text, ByteRange(7, text.count))
        #expect(second.first?.range == ByteRange(7, 13))
    }
}
