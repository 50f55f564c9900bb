import BriefingModel
import Foundation
@testable import Ingest
import Testing

@Suite("Ingest")
struct IngestTests {
    @Test("page noise is dropped: share counter, donation block, bank numbers, comment prompts")
    func noiseIsDropped() {
        let document = readArticle(Repo.seed("001"), id: "S2", path: "001.txt")
        let kept = document.paragraphs.map { document.string($0.range) }.joined(separator: "\n")
        #expect(!kept.contains("126"))
        #expect(!kept.contains("0530 2294668"))
        #expect(!kept.contains("NO15"))
        #expect(!kept.contains("557320"))
        #expect(!kept.contains("Donate"))
        #expect(!kept.contains("Comments are closed"))
        #expect(kept.contains("controlling 70% stake"))

        let first = readArticle(Repo.seed("000"), id: "S1", path: "000.txt")
        let firstText = first.paragraphs.map { first.string($0.range) }.joined(separator: "\n")
        #expect(!firstText.contains("Post a Comment"))
        #expect(!firstText.contains("No comments"))
    }

    @Test("payment and appeal words count as whole words, and payment details need an account number", arguments: [
        "Sibanye-Stillwater owns 79.8% of Keliber.",
        "The two mines account for 60% of global supply.",
        "Under the subscription agreement, we will acquire a 9.9% stake for $20 million.",
        "Our contribution of $50 million completes the financing, the company said.",
        "The Ibanez copper project is owned 70% by Acme.",
    ])
    func newsIsNotNoise(sentence: String) {
        let page = "Deal news\n\n\(sentence)\n"
        let document = readArticle(Array(page.utf8), id: "S1", path: "page.txt")
        #expect(document.paragraphs.map { document.string($0.range) }.contains(sentence))
    }

    @Test("appeals and payment details are dropped", arguments: [
        "Support our journalism. Donate $5 a month to keep independent reporting free.",
        "Account number: 4402 1189 3321, sort code 20-45-11.",
        "If you value this reporting, please make a contribution of $10.",
        "IBAN DE89 3704 0044 0532 0130 00",
    ])
    func appealsAreNoise(paragraph: String) {
        let page = "Deal news\n\nThe miner said output would rise 12% to 8,000 tonnes.\n\n\(paragraph)\n"
        let document = readArticle(Array(page.utf8), id: "S1", path: "page.txt")
        #expect(!document.paragraphs.map { document.string($0.range) }.contains(paragraph))
    }

    @Test("a navigation bar or price ticker is page furniture: its prices are no figures")
    func navigationBarsAreDropped() {
        let page = """
        Home | World | Markets | Subscribe for $1/week

        Gold $2,650.10 ▲ | Brent $74.20 ▼ | KZT/USD 520.3 | Tungsten APT $340/mtu

        The miner said output would rise 12% to 8,000 tonnes.
        """
        let document = readArticle(Array(page.utf8), id: "S1", path: "page.txt")
        let kept = document.paragraphs.map { document.string($0.range) }
        #expect(kept == ["The miner said output would rise 12% to 8,000 tonnes."])
    }

    @Test("a bar of related links and counters, and a lone link after 'Read more:', are page furniture")
    func furnitureBarsAreDropped() {
        let page = """
        The miner said output would rise 12% to 8,000 tonnes.

        Read more: Top 5 tungsten mines of 2024

        It employs 1,200 people | and plans more hiring.

        Related: Top 10 copper mines | Comments (45) | Share this article
        """
        let document = readArticle(Array(page.utf8), id: "S1", path: "page.txt")
        let kept = document.paragraphs.map { document.string($0.range) }
        #expect(kept == ["The miner said output would rise 12% to 8,000 tonnes.", "It employs 1,200 people | and plans more hiring."])
    }

    @Test("a share or comments marker above the story is a toolbar; after the story's prose it ends the article",
          arguments: ["Share this article", "Comments", "Share this\nFacebook Twitter Email", "Leave a comment"])
    func markerAboveTheStory(marker: String) {
        let page = """
        \(marker)

        Miner and state firm form cobalt venture

        1,245 views | 12 comments

        The explorer will take 70% of the venture and the state firm the other 30%, the companies said.

        \(marker)

        Cobalt prices fall 20% in a year, a trader said in a comment on the deal.
        """
        let document = readArticle(Array(page.utf8), id: "S1", path: "page.txt")
        let kept = document.paragraphs.filter { $0.role == .body }.map { document.string($0.range) }
        #expect(kept == ["The explorer will take 70% of the venture and the state firm the other 30%, the companies said."])
        #expect(document.title == "Miner and state firm form cobalt venture")
    }

    @Test("title, dateline and byline are picked up")
    func metadata() {
        let first = readArticle(Repo.seed("000"), id: "S1", path: "000.txt")
        #expect(first.title == "Trump team backs effort for US-Kazakhstan tungsten mine deal")
        #expect(first.date == "2025-10-22")
        #expect(first.byline == "Joe Deaux and Josh Wingrove")
        let second = readArticle(Repo.seed("001"), id: "S2", path: "001.txt")
        #expect(second.title?.hasPrefix("In Strategic Pivot") == true)
        #expect(second.date == nil)
    }

    @Test("sentences keep their byte ranges and split after abbreviations only where a sentence ends")
    func sentences() {
        let text = "The U.S. government and Dr. Jensen agreed. Mr. Smith said it cost $5 million. A third one follows."
        let document = readArticle(Array(text.utf8), id: "S1", path: "t.txt")
        #expect(document.sentences.map(\.text) == [
            "The U.S. government and Dr. Jensen agreed.", "Mr. Smith said it cost $5 million.", "A third one follows.",
        ])
        for sentence in document.sentences {
            #expect(document.string(sentence.range) == sentence.text)
        }
    }

    @Test("Windows-1252 input is transcoded and offsets map back to the file")
    func windows1252() {
        // "Price: €5 million – “up”." in Windows-1252: € = 0x80, – = 0x96, quotes 0x93/0x94.
        let bytes: [UInt8] = Array("Price: ".utf8) + [0x80] + Array("5 million ".utf8) + [0x96] + Array(" ".utf8) + [0x93] + Array("up".utf8) + [0x94] + Array(".".utf8)
        let document = readArticle(bytes, id: "S1", path: "cp.txt")
        #expect(document.encoding == "windows-1252")
        let text = String(decoding: document.text, as: UTF8.self)
        #expect(text == "Price: €5 million – “up”.")
        let euro = text.utf8.firstIndex(of: 0xE2)!
        let start = text.utf8.distance(from: text.utf8.startIndex, to: euro)
        let original = document.originalRange(ByteRange(start, start + 3))
        #expect(original == ByteRange(7, 8))
    }

    @Test("wire datelines are not part of the first sentence, and name the outlet")
    func wireDateline() {
        let text = "Miner raises cash\n\nPERTH, May 2, 2025 (Reuters) - Acme Mining Ltd said on Friday it raised $50 million.\n"
        let document = readArticle(Array(text.utf8), id: "S1", path: "w.txt")
        #expect(document.outlet == "Reuters")
        #expect(document.date == "2025-05-02")
        #expect(document.sentences.first?.text == "Acme Mining Ltd said on Friday it raised $50 million.")
    }

    @Test("a place-and-country dateline is not part of the first sentence; a sentence with a comma and a dash stays whole",
          arguments: [("Zenda, Ruritania — The government of Ruritania may raise its stake.", "The government of Ruritania may raise its stake."),
                      ("Salta, Argentina - Acme Mining Ltd said it raised $50 million.", "Acme Mining Ltd said it raised $50 million."),
                      ("Acme, the miner, said - again - that it raised $50 million.", "Acme, the miner, said - again - that it raised $50 million.")])
    func placeDateline(opening: String, firstSentence: String) {
        let text = "Miner raises cash\n\n" + opening + "\n"
        let document = readArticle(Array(text.utf8), id: "S1", path: "w.txt")
        #expect(document.sentences.first?.text == firstSentence)
    }

    @Test("a related-articles list is skipped but the article after it is kept")
    func relatedList() {
        let text = "Headline here\n\nFirst paragraph of the story says something.\n\nRelated articles\n\nOther story one\nOther story two\n\nThe story goes on with a long paragraph that is real prose, and it has more than one sentence. It ends here.\n"
        let document = readArticle(Array(text.utf8), id: "S1", path: "r.txt")
        let body = document.sentences.map(\.text).joined(separator: " ")
        #expect(!body.contains("Other story"))
        #expect(body.contains("The story goes on"))
    }
}

@Suite("Spec files")
struct SpecTests {
    @Test("the default spec parses")
    func defaultSpec() throws {
        let yaml = try String(contentsOfFile: Repo.defaultSpec, encoding: .utf8)
        let spec = try parseSpec(yaml, path: Repo.defaultSpec)
        #expect(spec.name == "kazakhstan-tungsten")
        #expect(spec.asOf == "2025-11-06")
        #expect(spec.page == .a4)
        #expect(spec.aliases["Cove Kaz Capital Group LLC"]?.contains("Cove Capital") == true)
    }

    @Test("broken YAML names the file and the line")
    func brokenYAML() {
        let yaml = "name: x\nsources:\n  - a.txt\n title: [unclosed\n"
        #expect {
            try parseSpec(yaml, path: "Pipeline/bad.yml")
        } throws: { error in
            guard let error = error as? BriefingError else { return false }
            return error.file == "Pipeline/bad.yml" && error.line != nil && error.description.contains("Pipeline/bad.yml:")
        }
    }

    @Test("a bad value names its line")
    func badValue() {
        let yaml = "name: x\ntitle: T\nas_of: 6 November\nsources: [a.txt]\n"
        #expect {
            try parseSpec(yaml, path: "s.yml")
        } throws: { error in
            (error as? BriefingError)?.line == 3
        }
    }

    @Test("a source glob that matches nothing is an error naming the spec line")
    func missingSource() throws {
        let folder = Repo.temporaryFolder("spec")
        let path = folder + "/s.yml"
        try "name: s\nsources:\n  - nothing/*.txt\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try ingest(IngestRequest(input: .spec(path: path)))
        } throws: { error in
            guard let error = error as? BriefingError else { return false }
            return error.file == path && error.line == 3 && error.message.contains("nothing/*.txt")
        }
    }

    @Test("an empty source file is an error naming the file")
    func emptySource() throws {
        let folder = Repo.temporaryFolder("empty")
        FileManager.default.createFile(atPath: folder + "/a.txt", contents: Data())
        #expect {
            try ingest(IngestRequest(input: .files([folder + "/a.txt"], name: "x", title: nil)))
        } throws: { error in
            (error as? BriefingError)?.file == folder + "/a.txt"
        }
    }
}

@Suite("Ingest keeps text that is not punctuated as prose")
struct IngestTextKindsTests {
    @Test("list items are text, whatever their marker",
          arguments: ["- A $300 million loan from KfW IPEX-Bank", "• 85% held by Meridian Graphite", "* Construction to begin in 2026",
                      "1. A $300 million loan from KfW IPEX-Bank", "2) 85% held by Meridian Graphite"])
    func listItems(item: String) {
        let page = "Meridian signs financing\n\nMeridian Graphite said on Monday it had agreed terms.\n\nKey terms:\n\n\(item)\n"
        let document = readArticle(Array(page.utf8), id: "S1", path: "page.txt")
        let body = document.sentences.map(\.text).joined(separator: " ")
        #expect(body.contains(item.drop { !$0.isLetter && !$0.isNumber && $0 != "$" }.prefix(10)), "\(document.sentences.map(\.text))")
    }

    @Test("a line of five words or more without a full stop after the story has begun is text; a headline-cased one is a heading",
          arguments: [("The company did not say when the second loan would be signed", true),
                      ("Analysts expect the smelter to be running at full capacity by the end of", true),
                      ("The project will cost about $900 million", true),
                      ("Acme will hold the remaining 40%", true),
                      ("Funding and next steps", false),
                      ("Financing Terms and Conditions of the Senior Secured Loan Agreement Signed Today", false),
                      ("Background", false)])
    func unpunctuatedLines(line: String, isText: Bool) {
        let page = "Meridian signs financing\n\nMeridian Graphite said on Monday it had agreed terms.\n\n\(line)\n"
        let document = readArticle(Array(page.utf8), id: "S1", path: "page.txt")
        #expect(document.sentences.contains { $0.text.hasPrefix(line) } == isText)
    }

    @Test("a briefing from a file with no headline takes its first heading or sentence as title, never the file name",
          arguments: [("Acme Mining said on Monday that it had secured a $35 million loan from the Export Credit Agency for its Zeta mine in northern Chile.", "Acme Mining said on Monday"),
                      ("acme mining secures loan\n\nAcme Mining said it secured a $35 million loan.", "acme mining secures loan"),
                      ("Challenge\n\nCritical minerals are scarce, and Acme Mining said it secured a $35 million loan.\n\nSolution and Impact\n\nThe loan helps.",
                       "Critical minerals are scarce"),
                      ("Skip to main content\n\nAfrica leads tantalum supply\n\nIn 2020 about 70% of global tantalum supply originated in Africa.",
                       "Africa leads tantalum supply"),
                      ("You have accessed part of a historical collection on Some of the information contained within may be outdated and links may not function.\nImmediate Release\n\nDOD Announces Rare Earth Awards\n\nThe Department of Defense awarded $9.6 million to MP Materials.",
                       "DOD Announces Rare Earth Awards")])
    func titleWithoutHeadline(text: String, expectedStart: String) throws {
        let folder = Repo.temporaryFolder("title")
        let path = folder + "/untitled-article-file.txt"
        try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let corpus = try ingest(IngestRequest(input: .files([path], name: "untitled", title: nil)))
        #expect(corpus.spec.title.hasPrefix(expectedStart))
        #expect(!corpus.spec.title.contains("untitled"))
        #expect(corpus.spec.title.count <= 92)
    }
}
