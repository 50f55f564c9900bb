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
        // An irregular verb form the treebank never showed with this tag ("risen", "grown").
        if upos == "VERB" || upos == "AUX", let base = irregularVerbForms[lower] { return base }
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

/// English irregular past tenses and participles, for the forms the treebank's table misses
/// (general English, not learned): the suffix rules cannot turn "risen" into "rise".
private let irregularVerbForms: [String: String] = {
    let table: [String: [String]] = [
        "arise": ["arose", "arisen"], "rise": ["rose", "risen"], "grow": ["grew", "grown"], "draw": ["drew", "drawn"],
        "withdraw": ["withdrew", "withdrawn"], "throw": ["threw", "thrown"], "blow": ["blew", "blown"], "fly": ["flew", "flown"],
        "know": ["knew", "known"], "show": ["showed", "shown"], "write": ["wrote", "written"], "underwrite": ["underwrote", "underwritten"],
        "drive": ["drove", "driven"], "give": ["gave", "given"], "forgive": ["forgave", "forgiven"], "ride": ["rode", "ridden"],
        "hide": ["hid", "hidden"], "choose": ["chose", "chosen"], "freeze": ["froze", "frozen"], "steal": ["stole", "stolen"],
        "speak": ["spoke", "spoken"], "break": ["broke", "broken"], "wake": ["woke", "woken"], "beat": ["beaten"], "eat": ["ate", "eaten"],
        "fall": ["fell", "fallen"], "forget": ["forgot", "forgotten"], "get": ["got", "gotten"], "begin": ["began", "begun"],
        "sing": ["sang", "sung"], "ring": ["rang", "rung"], "swim": ["swam", "swum"], "shrink": ["shrank", "shrunk"],
        "sink": ["sank", "sunk"], "strike": ["struck", "stricken"], "stick": ["stuck"], "deal": ["dealt"], "mean": ["meant"],
        "lend": ["lent"], "spend": ["spent"], "send": ["sent"], "build": ["built"], "bend": ["bent"], "keep": ["kept"],
        "sleep": ["slept"], "sweep": ["swept"], "feel": ["felt"], "lose": ["lost"], "pay": ["paid"], "lay": ["laid"],
        "sell": ["sold"], "tell": ["told"], "hold": ["held"], "withhold": ["withheld"], "uphold": ["upheld"], "buy": ["bought"],
        "bring": ["brought"], "think": ["thought"], "fight": ["fought"], "seek": ["sought"], "teach": ["taught"],
        "catch": ["caught"], "find": ["found"], "bind": ["bound"], "lead": ["led"], "feed": ["fed"], "flee": ["fled"],
        "meet": ["met"], "win": ["won"], "spin": ["spun"], "stand": ["stood"], "understand": ["understood"],
        "undertake": ["undertook", "undertaken"], "overtake": ["overtook", "overtaken"], "take": ["took", "taken"],
        "shake": ["shook", "shaken"], "see": ["saw", "seen"], "oversee": ["oversaw", "overseen"], "foresee": ["foresaw", "foreseen"],
        "go": ["went", "gone"], "undergo": ["underwent", "undergone"], "outgrow": ["outgrew", "outgrown"],
        "become": ["became"], "come": ["came"], "overcome": ["overcame"], "run": ["ran"], "bear": ["bore", "borne"],
        "tear": ["tore", "torn"], "wear": ["wore", "worn"], "swear": ["swore", "sworn"], "shine": ["shone"], "slide": ["slid"],
        "forecast": ["forecast"], "broadcast": ["broadcast"], "hang": ["hung"], "dig": ["dug"], "leave": ["left"],
    ]
    var forms: [String: String] = [:]
    for (base, inflected) in table { for form in inflected { forms[form] = base } }
    return forms
}()
