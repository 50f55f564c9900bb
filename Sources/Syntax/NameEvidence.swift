import BriefingModel

/// What a whole text says about which capitalised words are names. A capital at the start
/// of a sentence says nothing, so the tagger must guess there, and it guesses badly for
/// names it never saw ("Acme Mining and Beta Resources each hold 40%": "Acme" as a verb).
/// The same text usually settles it: a word written with a capital inside sentences and
/// never in lower case is a name, and so is a capitalised pair seen together inside one.
public struct NameEvidence: Sendable {
    /// Capitalised words seen after the first word of a sentence.
    private var capitalisedInside: Set<String> = []
    /// Words seen in lower case anywhere.
    private var lowercase: Set<String> = []
    /// Two capitalised words in a row, seen after the first word of a sentence ("Tungsten West").
    private var capitalisedPairs: Set<String> = []

    public init() {}

    /// The evidence of one text, read from its sentences.
    public init(text: [UInt8], sentences: [ByteRange]) {
        for sentence in sentences { add(text, sentence) }
    }

    private mutating func add(_ text: [UInt8], _ sentence: ByteRange) {
        var index = sentence.start
        var first = true
        var previousCapitalised: String?
        while index < sentence.end {
            guard isWordByte(text[index]) else {
                // A pair is two words with one space between them, nothing else.
                if !(text[index] == 0x20 && index + 1 < sentence.end && isWordByte(text[index + 1])) { previousCapitalised = nil }
                index += 1
                continue
            }
            var end = index
            while end < sentence.end, isWordByte(text[end]) { end += 1 }
            let word = String(decoding: text[index..<end], as: UTF8.self)
            let capitalised = startsWithCapital(text[index])
            if capitalised, !first {
                capitalisedInside.insert(word)
                if let previousCapitalised { capitalisedPairs.insert(previousCapitalised + " " + word) }
            } else if !capitalised, text[index] >= 0x61, text[index] <= 0x7A {
                lowercase.insert(word)
            }
            previousCapitalised = capitalised && !first ? word : nil
            if text[index] >= 0x41 { first = false }
            index = end
        }
    }

    /// True when the text shows the sentence's first word to be a name: it is written with a
    /// capital inside sentences and never in lower case, or it and the next word are seen
    /// together, both capitalised, inside a sentence.
    public func isName(_ word: String, next: String?) -> Bool {
        guard let initial = word.utf8.first, startsWithCapital(initial) else { return false }
        if capitalisedInside.contains(word), !lowercase.contains(word.lowercased()) { return true }
        guard let next, let second = next.utf8.first, startsWithCapital(second) else { return false }
        // "Acme Mining", "Skaland Graphite AS" is no verb or adjective: a designator ends a name.
        return capitalisedPairs.contains(word + " " + next) || nameDesignators.contains(next.lowercased())
    }

    /// The index of the first word of a parsed sentence that the text shows to be a name, if any.
    public func sentenceInitialName(_ words: [SyntaxWord]) -> Int? {
        guard let first = words.firstIndex(where: { $0.form.utf8.first.map(isLetterByte) ?? false }) else { return nil }
        return isName(words[first].form, next: first + 1 < words.count ? words[first + 1].form : nil) ? first : nil
    }
}

/// Words that end the name of a business or an institution when capitalised after it
/// ("Acme Mining", "Beta Resources Ltd", "Nordic Investment Bank").
let nameDesignators: Set<String> = [
    "inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "lp", "ag", "sa", "as", "asa", "nv", "gmbh", "co",
    "group", "holdings", "mining", "mines", "minerals", "metals", "resources", "energy", "materials", "industries",
    "technologies", "capital", "partners", "ventures", "investments", "bank", "fund",
]

/// Letters, digits, hyphens inside names and any byte of a non-ASCII character.
private func isWordByte(_ byte: UInt8) -> Bool {
    isLetterByte(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x26
}

private func isLetterByte(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
}

private func startsWithCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
