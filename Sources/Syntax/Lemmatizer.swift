/// Lemmas from a word and its universal tag: a table of the words whose lemma
/// the rules get wrong ("went" VERB → go, "better" ADJ → good), then suffix
/// rules learned from the treebank ("-ies" NOUN → "-y", "-ing" VERB → "").
/// Proper nouns keep their form.
public struct Lemmatizer: Sendable {
    /// "lower-case form<TAB>UPOS" → lemma.
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

    public func lemma(_ form: String, upos: String) -> String {
        if upos == "PROPN" { return form }
        let lower = form.lowercased()
        if let known = exceptions[lower + "\t" + upos] { return known }
        return Lemmatizer.applying(rule(for: lower, upos: upos), to: lower)
    }

    /// What the suffix rules alone make of a lower-case form.
    public func ruleLemma(_ lower: String, upos: String) -> String {
        Lemmatizer.applying(rule(for: lower, upos: upos), to: lower)
    }

    private func rule(for lower: String, upos: String) -> SuffixRule? {
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
