/// Lemmas from a word and its tags: a table of the words whose lemma the
/// rules get wrong ("went" VERB/VBD → go, "her" PRON/PRP → she but PRON/PRP$ →
/// her), then suffix rules learned from the treebank per UPOS ("-ies" NOUN →
/// "-y", "-ing" VERB → ""). Proper nouns keep their capitals ("Palestinians"
/// → Palestinian); numbers lose their thousands separators ("1,100" → 1100).
public struct Lemmatizer: Sendable {
    /// "lower-case form<TAB>UPOS/Penn" → lemma.
    public var exceptions: [String: String]
    /// "UPOS<TAB>suffix" → how to change the end of the word: drop `strip`
    /// characters, then add `append`.
    public var rules: [String: SuffixRule]
    /// Longest suffix a rule looks at.
    public static let longestSuffix = 5

    public struct SuffixRule: Sendable, Hashable {
        public var strip: Int
        public var append: String
        public init(strip: Int, append: String) {
            self.strip = strip
            self.append = append
        }
    }

    public init(exceptions: [String: String], rules: [String: SuffixRule]) {
        self.exceptions = exceptions
        self.rules = rules
    }

    public func lemma(_ form: String, upos: String, xpos: String) -> String {
        let lower = form.lowercased()
        if let known = exceptions[lower + "\t" + upos + "/" + xpos] { return known }
        if upos == "NUM", Lemmatizer.hasThousandsSeparators(form) { return form.replacingOccurrences(of: ",", with: "") }
        // Proper nouns: the rule is applied to the form as written, so capitals stay.
        return Lemmatizer.applying(rule(for: lower, upos: upos), to: upos == "PROPN" ? form : lower)
    }

    /// "1,100" and "12,500.5": digits grouped by threes with commas.
    static func hasThousandsSeparators(_ form: String) -> Bool {
        let groups = form.components(separatedBy: ",")
        guard groups.count > 1, let first = groups.first, !first.isEmpty, first.count <= 3, first.allSatisfy(\.isNumber) else { return false }
        return groups.dropFirst().allSatisfy { group in
            let digits = group.prefix { $0.isNumber }
            return digits.count == 3 && (group.count == 3 || group.dropFirst(3).first == ".")
        }
    }

    /// What the suffix rules alone make of a lower-case form.
    public func ruleLemma(_ lower: String, upos: String) -> String {
        Lemmatizer.applying(rule(for: lower, upos: upos), to: lower)
    }

    private func rule(for lower: String, upos: String) -> SuffixRule? {
        let bytes = lower.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most words): suffixes are byte slices, no grapheme breaking.
            var length = min(Lemmatizer.longestSuffix, bytes.count)
            let prefix = upos + "\t"
            while length >= 0 {
                if let found = rules[prefix + String(decoding: bytes.suffix(length), as: UTF8.self)] { return found }
                length -= 1
            }
            return nil
        }
        let characters = Array(lower)
        var length = min(Lemmatizer.longestSuffix, characters.count)
        while length >= 0 {
            if let found = rules[upos + "\t" + String(characters.suffix(length))] { return found }
            length -= 1
        }
        return nil
    }

    public static func applying(_ rule: SuffixRule?, to lower: String) -> String {
        guard let rule, rule.strip <= lower.count else { return lower }
        let result = String(lower.dropLast(rule.strip)) + rule.append
        return result.isEmpty ? lower : result
    }

    /// The rule that turns `lower` into `lemma`: keep the longest common prefix.
    public static func rule(from lower: String, to lemma: String) -> SuffixRule {
        let a = Array(lower), b = Array(lemma)
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        return SuffixRule(strip: a.count - common, append: String(b[common...]))
    }
}
