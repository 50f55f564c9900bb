/// Fixes the greedy parser may get wrong but grammar settles, applied after
/// parsing. Each is stated as a rule of English, not of one sentence.
extension SyntaxModel {
    /// A nominal marked by possessive 's is the possessor (`nmod:poss`) of the
    /// noun phrase that follows it, never a subject or object of its own: in
    /// "Japan's JOGMEC agreed to lend", Japan possesses JOGMEC, and JOGMEC lends.
    func repairPossessors(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let possessive = relations.firstIndex(of: "nmod:poss"), let caseLabel = relations.firstIndex(of: "case") else { return }
        let modifiers = Set(["compound", "amod", "det", "nummod", "flat"].compactMap { relations.firstIndex(of: $0) })
        let count = forms.count
        for marker in forms.indices where labels[marker] == caseLabel && tagXPOS[tags[marker]] == "POS" {
            let possessor = heads[marker]
            guard possessor < marker, marker + 1 < count else { continue }
            // Right already when it hangs on a nominal as its possessor.
            if labels[possessor] == possessive, heads[possessor] < count,
               ["NOUN", "PROPN", "NUM", "PRON"].contains(tagUPOS[tags[heads[possessor]]]) { continue }
            // The head of the phrase after the marker: follow modifiers to the noun they modify.
            var owned = marker + 1
            while modifiers.contains(labels[owned]), heads[owned] > owned, heads[owned] < count { owned = heads[owned] }
            guard ["NOUN", "PROPN"].contains(tagUPOS[tags[owned]]), heads[possessor] != owned else { continue }
            // No cycle: the possessor must not be above the owned phrase.
            var ancestor = heads[owned]
            var isAbove = false
            var steps = 0
            while ancestor < count, steps <= count {
                if ancestor == possessor { isAbove = true; break }
                ancestor = heads[ancestor]
                steps += 1
            }
            guard !isAbove else { continue }
            heads[possessor] = owned
            labels[possessor] = possessive
        }
    }

    /// "as much as $2 billion", "as many as 40 trucks": the three words are one fixed
    /// modifier of the quantity (the first "as" its `advmod`, the others `fixed` on it), and
    /// the quantity stands where "much" stood in the sentence. A parser that read "much" as
    /// the noun loses the amount to some other clause; this puts it back.
    func repairQuantityBounds(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let fixed = relations.firstIndex(of: "fixed"), let advmod = relations.firstIndex(of: "advmod") else { return }
        let count = forms.count
        var start = 0
        while start + 3 < count {
            defer { start += 1 }
            // (A length test first: most words are not "as", and lower-casing each would cost.)
            guard forms[start].utf8.count == 2, forms[start].lowercased() == "as",
                  ["much", "many", "little", "few"].contains(forms[start + 1].lowercased()),
                  forms[start + 2].lowercased() == "as", labels[start + 1] != fixed else { continue }
            // The quantity: the run of numbers and symbols after the bound, and the one of them
            // whose head lies outside the run.
            var end = start + 3
            while end < count, ["NUM", "SYM"].contains(tagUPOS[tags[end]]) { end += 1 }
            let run = (start + 3)..<end
            guard !run.isEmpty, let quantity = run.first(where: { !run.contains(heads[$0]) }) else { continue }
            let bound = start..<(start + 3)
            let much = start + 1
            // The quantity takes the bound's place, unless that place is inside the bound or the quantity.
            let place = heads[much]
            if !bound.contains(place), !run.contains(place), !isInside(place, under: quantity, heads) {
                heads[quantity] = place
                labels[quantity] = labels[much]
            }
            // What hung on "much" ("a loan of as much as": the "of") hangs on the quantity.
            for word in 0..<count where heads[word] == much && !bound.contains(word) { heads[word] = quantity }
            heads[start] = quantity
            labels[start] = advmod
            for word in [start + 1, start + 2] {
                heads[word] = start
                labels[word] = fixed
            }
            start += 2
        }
    }

    /// "Skaland Graphite AS", "Boliden AB", "Eramet SA": a company-form abbreviation written
    /// right after a name is part of the name, not the preposition "as" or an article; tagged
    /// so before parsing, so that the parse around it holds.
    func repairCompanySuffixes(_ forms: [String], tags: inout [Int]) {
        guard let proper = tagXPOS.indices.first(where: { tagUPOS[$0] == "PROPN" && tagXPOS[$0] == "NNP" }) else { return }
        // "Smackover Brine will spend": prepositions are a closed class, so a capitalised word
        // tagged as one that is no preposition is a name.
        // Only next to a name, where a capitalised word is far likelier part of that name.
        for index in forms.indices where tagUPOS[tags[index]] == "ADP" && forms[index].first?.isUppercase == true
            && forms[index].count > 1 && !prepositions.contains(forms[index].lowercased())
            && ((index > 0 && tagUPOS[tags[index - 1]] == "PROPN") || (index + 1 < forms.count && tagUPOS[tags[index + 1]] == "PROPN")) {
            tags[index] = proper
        }
        // "Gulf investor Al Noor": nor is a lower-case word that is no preposition, between a
        // modifier and a name; it is the noun that describes the name.
        if let noun = tagXPOS.indices.first(where: { tagUPOS[$0] == "NOUN" && tagXPOS[$0] == "NN" }) {
            for index in forms.indices.dropFirst() where index + 1 < forms.count && tagUPOS[tags[index]] == "ADP" && forms[index].count >= 4
                && forms[index].allSatisfy({ $0.isLowercase && $0.isLetter }) && !prepositions.contains(forms[index])
                && ["PROPN", "ADJ", "NOUN"].contains(tagUPOS[tags[index - 1]]) && tagUPOS[tags[index + 1]] == "PROPN" {
                tags[index] = noun
            }
        }
        for index in forms.indices.dropFirst() where companySuffixes.contains(forms[index]) && (tagUPOS[tags[index - 1]] == "PROPN" || tagXPOS[tags[index - 1]].hasPrefix("NNP")) {
            tags[index] = proper
        }
    }

    /// "would supply about 4%", "could provide $100 million": the word a modal governs is a verb
    /// in its base form (past the adverbs that may stand between), however rare the word is as a
    /// verb in the treebank. Fixed in the tags before parsing, so that the clause gets its verb.
    func repairVerbsAfterModals(_ forms: [String], tags: inout [Int]) {
        guard let base = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VB" }) else { return }
        for modal in forms.indices where tagXPOS[tags[modal]] == "MD" {
            var word = modal + 1
            while word < forms.count, word - modal <= 3, isAdverbBetween(forms[word]) { word += 1 }
            guard word < forms.count, ["ADV", "NOUN", "ADJ"].contains(tagUPOS[tags[word]]) else { continue }
            // ("can children go", "we'll all be": a verb right after means the word is not the one.)
            if word + 1 < forms.count, ["VERB", "AUX"].contains(tagUPOS[tags[word + 1]]) { continue }
            let form = forms[word]
            guard form.count > 2, !isAdverbBetween(form), form.allSatisfy({ $0.isLowercase && $0.isLetter }) else { continue }
            tags[word] = base
        }
    }

    /// "KAZ Minerals plans to spend", "Tsingshan aims to build": a lower-case word in -s right
    /// after a name and right before "to" and a verb is the name's verb (third person), not a
    /// plural noun; the tagger, seeing "plans" and "aims" mostly as nouns, misses it.
    func repairVerbsBeforeInfinitives(_ forms: [String], tags: inout [Int]) {
        guard let thirdPerson = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VBZ" }) else { return }
        for word in forms.indices.dropFirst() where word + 2 < forms.count && tagXPOS[tags[word]] == "NNS" {
            let form = forms[word]
            guard form.count > 3, form.hasSuffix("s"), !form.hasSuffix("ss"), form.allSatisfy({ $0.isLowercase && $0.isLetter }),
                  tagUPOS[tags[word - 1]] == "PROPN", forms[word + 1].lowercased() == "to",
                  tagXPOS[tags[word + 2]] == "VB" else { continue }
            tags[word] = thirdPerson
        }
    }

    /// "Pelican and Northgate, which own 55% and 45%": after a comma and a relative pronoun, the
    /// word before a figure, an article or a preposition starts the clause's verb group, however
    /// the tagger saw it ("own" is mostly an adjective); tagged so before parsing.
    func repairVerbsAfterRelativePronouns(_ forms: [String], tags: inout [Int]) {
        guard let present = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VBP" }),
              let third = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VBZ" }) else { return }
        for pronoun in forms.indices.dropFirst() where pronoun + 2 < forms.count && forms[pronoun - 1] == ","
            && ["which", "who"].contains(forms[pronoun].lowercased()) {
            var word = pronoun + 1
            while word + 1 < forms.count, word - pronoun <= 2, isAdverbBetween(forms[word]) { word += 1 }
            let form = forms[word]
            guard word + 1 < forms.count, ["ADJ", "NOUN"].contains(tagUPOS[tags[word]]), form.count > 2,
                  form.allSatisfy({ $0.isLowercase && $0.isLetter }),
                  ["NUM", "DET", "ADP"].contains(tagUPOS[tags[word + 1]]) || forms[word + 1].first?.isNumber == true else { continue }
            tags[word] = form.hasSuffix("s") && !form.hasSuffix("ss") ? third : present
        }
    }

    /// "Orex, Stannis and Halden Capital hold 50%": a lower-case word between a name and a
    /// percentage is the name's verb, not a noun the name modifies (a noun is not counted in
    /// percent). Tagged so before parsing.
    func repairVerbsBeforePercentages(_ forms: [String], tags: inout [Int]) {
        guard let present = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VBP" }),
              let third = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VBZ" }) else { return }
        for word in forms.indices.dropFirst() where word + 2 < forms.count && tagUPOS[tags[word]] == "NOUN" {
            let form = forms[word]
            guard tagUPOS[tags[word - 1]] == "PROPN", tagUPOS[tags[word + 1]] == "NUM", form.count > 2,
                  form.allSatisfy({ $0.isLowercase && $0.isLetter }),
                  ["%", "percent", "pct"].contains(forms[word + 2].lowercased()) else { continue }
            tags[word] = form.hasSuffix("s") && !form.hasSuffix("ss") ? third : present
        }
    }

    /// "A and B own 43.79 and 15.03 percent": the adjective "own" always follows a possessor
    /// ("its own", "Acme's own", "their very own"); without one, "own" is the verb.
    func repairOwnWithoutPossessor(_ forms: [String], tags: inout [Int]) {
        guard let present = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VBP" }) else { return }
        // (Tag and length first: lower-casing every word would cost.)
        for word in forms.indices where tagUPOS[tags[word]] == "ADJ" && forms[word].utf8.count == 3 && forms[word].lowercased() == "own" {
            var before = word - 1
            while before >= 0, ["very", "entirely", "wholly"].contains(forms[before].lowercased()) { before -= 1 }
            let possessed = before >= 0 && (tagXPOS[tags[before]] == "PRP$" || tagXPOS[tags[before]] == "POS"
                || forms[before].hasSuffix("'s") || forms[before].hasSuffix("’s") || forms[before] == "'" || forms[before] == "’")
            if !possessed, word > 0 { tags[word] = present }
        }
    }

    /// "…, while Australia accounts for 47%": a subordinate clause needs a verb, so after
    /// "while", "whereas" or "although" and a name, a lower-case "-s" word before a preposition,
    /// article or number is the name's verb (third person), not a plural noun.
    func repairVerbsAfterSubordinatedNames(_ forms: [String], tags: inout [Int]) {
        guard let third = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VBZ" }) else { return }
        for marker in forms.indices where tagUPOS[tags[marker]] == "SCONJ"
            && ["while", "whereas", "although", "though", "because"].contains(forms[marker].lowercased()) {
            var word = marker + 1
            while word < forms.count, tagUPOS[tags[word]] == "PROPN" { word += 1 }
            guard word > marker + 1, word + 1 < forms.count, tagXPOS[tags[word]] == "NNS" else { continue }
            let form = forms[word]
            guard form.count > 3, form.hasSuffix("s"), !form.hasSuffix("ss"), form.allSatisfy({ $0.isLowercase && $0.isLetter }),
                  ["ADP", "DET", "NUM"].contains(tagUPOS[tags[word + 1]]) else { continue }
            tags[word] = third
        }
    }

    /// "Posco has also agreed to buy": "have" before a past participle (past adverbs) is the
    /// perfect's auxiliary, not the clause's verb.
    func repairPerfectAuxiliaries(_ forms: [String], tags: inout [Int]) {
        func auxiliary(_ penn: String) -> Int? { tagXPOS.indices.first { tagUPOS[$0] == "AUX" && tagXPOS[$0] == penn } }
        guard let has = auxiliary("VBZ"), let have = auxiliary("VBP"), let had = auxiliary("VBD") else { return }
        for word in forms.indices where tagUPOS[tags[word]] == "VERB" && (3...4).contains(forms[word].utf8.count)
            && ["has", "have", "had"].contains(forms[word].lowercased()) {
            // (Only the adverbs that stand inside a perfect, "has also agreed", "had not yet signed":
            // "have surgically induced hair loss" has an adjective's participle.)
            var next = word + 1
            while next < forms.count, next - word <= 3, perfectAdverbs.contains(forms[next].lowercased()) { next += 1 }
            // (A participle with a verb's ending: the tagger also calls "secret" and "straight" VBN.)
            let form = next < forms.count ? forms[next].lowercased() : ""
            guard next < forms.count, tagUPOS[tags[next]] == "VERB", tagXPOS[tags[next]] == "VBN",
                  ["ed", "en", "wn", "ne", "un", "lt", "nt", "ld", "ht", "id"].contains(where: { form.hasSuffix($0) }) || lemmatizer.exceptions[form + "\tVERB/VBN"] != nil else { continue }
            switch forms[word].lowercased() {
            case "has": tags[word] = has
            case "have": tags[word] = have
            default: tags[word] = had
            }
        }
    }

    private func isAdverbBetween(_ form: String) -> Bool {
        let lower = form.lowercased()
        // ("-ly" makes adverbs, but "supply", "apply", "rely" and "rally" are verbs.)
        let lyAdverb = lower.hasSuffix("ly") && lower.count > 4 && !lower.hasSuffix("ply") && !["rely", "rally", "tally", "bully"].contains(lower)
        return lyAdverb || ["not", "n't", "also", "still", "then", "never", "soon", "now", "only", "first",
                                                             "rather", "just", "even", "already", "again", "ever", "always", "jointly", "pretty", "much", "well",
                                                             "all", "both", "each", "otherwise", "further"].contains(lower)
    }

    /// "the fund, which last year committed a loan": a relative pronoun followed by a bare time
    /// phrase ("last year", "this month", "on Monday" without its "on") is the subject of the verb
    /// after the phrase, and the phrase dates that verb (`obl:unmarked`); the clause hangs on the
    /// noun before the pronoun. A greedy parser tends to read "which last year" as one noun phrase.
    func repairRelativeTime(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let subject = relations.firstIndex(of: "nsubj"), let dated = relations.firstIndex(of: "obl:unmarked"),
              let relative = relations.firstIndex(of: "acl:relcl"), let amod = relations.firstIndex(of: "amod"),
              let det = relations.firstIndex(of: "det") else { return }
        let count = forms.count
        for pronoun in forms.indices where pronoun + 2 < count && ["which", "who", "that"].contains(forms[pronoun].lowercased()) {
            var noun = pronoun + 1
            let hasModifier = timeModifiers.contains(forms[noun].lowercased())
            if hasModifier { noun += 1 }
            guard noun < count, timeNouns.contains(forms[noun].lowercased()), hasModifier || forms[noun].first?.isUppercase == true else { continue }
            // The verb: the first one after the phrase, past auxiliaries and adverbs ("has also").
            var verb = noun + 1
            while verb < count, ["AUX", "ADV"].contains(tagUPOS[tags[verb]]) { verb += 1 }
            guard verb < count, tagUPOS[tags[verb]] == "VERB", verb - noun <= 3 else { continue }
            heads[pronoun] = verb
            labels[pronoun] = subject
            if hasModifier {
                heads[pronoun + 1] = noun
                labels[pronoun + 1] = tagUPOS[tags[pronoun + 1]] == "DET" ? det : amod
            }
            heads[noun] = verb
            labels[noun] = dated
            // The clause hangs on the noun before the pronoun (past a comma), unless that noun lies
            // below the verb or the verb heads the sentence.
            var antecedent = pronoun - 1
            while antecedent >= 0, tagUPOS[tags[antecedent]] == "PUNCT" { antecedent -= 1 }
            guard antecedent >= 0, ["NOUN", "PROPN"].contains(tagUPOS[tags[antecedent]]), heads[verb] < count,
                  !isInside(antecedent, under: verb, heads) else { continue }
            heads[verb] = antecedent
            labels[verb] = relative
        }
    }

    /// True when `word` is `ancestor` or lies below it.
    private func isInside(_ word: Int, under ancestor: Int, _ heads: [Int]) -> Bool {
        var current = word
        var steps = 0
        while current < heads.count, steps <= heads.count {
            if current == ancestor { return true }
            current = heads[current]
            steps += 1
        }
        return false
    }
}

/// Adverbs that stand between a perfect's "have" and its participle.
private let perfectAdverbs: Set<String> = ["also", "already", "not", "n't", "never", "now", "since", "recently", "previously", "just", "yet", "still", "finally", "jointly"]

/// Words that make a noun a bare time phrase ("last year", "this week").
private let timeModifiers: Set<String> = ["last", "this", "next", "earlier", "later", "each", "every"]
private let timeNouns: Set<String> = [
    "year", "month", "week", "quarter", "day", "spring", "summer", "autumn", "fall", "winter", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]

/// Company forms written after a name, as written (case matters: "AS" is a form, "as" a word).
private let companySuffixes: Set<String> = ["AS", "ASA", "AB", "SA", "AG", "NV", "BV", "SE", "Oyj", "SpA", "KK", "PLC", "GmbH", "Pty"]

/// English prepositions (and the words the treebank tags as such).
private let prepositions: Set<String> = [
    "about", "above", "across", "after", "against", "along", "amid", "among", "amongst", "around", "as", "at", "before", "behind",
    "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "despite", "down", "during", "except", "for", "from",
    "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over", "past", "per", "plus", "since",
    "than", "through", "throughout", "till", "to", "toward", "towards", "under", "underneath", "unlike", "until", "up", "upon",
    "via", "with", "within", "without", "versus", "vs", "vs.", "because", "if", "whether", "while", "although", "though", "so",
    "once", "unless", "whereas", "that", "including", "following", "regarding", "concerning", "according", "due", "instead",
    "ahead", "next", "worth", "except", "excluding", "pending", "alongside", "atop", "aboard", "opposite", "round", "save", "re",
    "back", "away", "aside", "together", "thru", "apart", "forth", "then", "and", "the", "a",
]

extension SyntaxModel {
    /// Punctuation heads nothing in the treebank's trees: a word the parser hung on a comma
    /// or a bracket ("JOGMEC's partner, Japan Australia Rare Earths" with the name on the
    /// comma) belongs to what that mark hangs on, so it is moved there.
    func repairPunctuationHeads(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let punctLabel = relations.firstIndex(of: "punct") else { return }
        let count = heads.count
        for word in heads.indices where labels[word] != punctLabel {
            let mark = heads[word]
            guard mark < count, tagUPOS[tags[mark]] == "PUNCT", heads[mark] < count, heads[mark] != word else { continue }
            heads[word] = heads[mark]
        }
    }
}

extension SyntaxModel {
    /// A nominal with a preposition of its own ("lend A$300 million to Renascor") is an oblique
    /// (`obl` on a verb, `nmod` on a noun), never a direct or indirect object: the treebank
    /// writes objects without a preposition.
    func repairObjectsWithPrepositions(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let obj = relations.firstIndex(of: "obj"), let obl = relations.firstIndex(of: "obl"),
              let nmod = relations.firstIndex(of: "nmod"), let caseLabel = relations.firstIndex(of: "case") else { return }
        let iobj = relations.firstIndex(of: "iobj")
        let compound = relations.firstIndex(of: "compound") ?? -1, flat = relations.firstIndex(of: "flat") ?? -1
        let count = heads.count
        // Each word's dependents, gathered once (a sentence may have 20,000 words).
        var children = [[Int]](repeating: [], count: count)
        for word in heads.indices where heads[word] < count { children[heads[word]].append(word) }
        for word in heads.indices where labels[word] == obj || labels[word] == iobj {
            let head = heads[word]
            // (An amount keeps its bound: "creating up to $100 billion" is still an object.)
            guard head < count, !["NUM", "SYM"].contains(tagUPOS[tags[word]]) else { continue }
            // (On the word, or on a name part before it: "to Renascor Resources" with "to" on "Renascor".)
            let parts = [word] + children[word].filter { $0 < word && [compound, flat].contains(labels[$0]) }
            let hasPreposition = parts.contains { part in
                children[part].contains { marker in marker < word && labels[marker] == caseLabel && tagUPOS[tags[marker]] == "ADP" }
            }
            guard hasPreposition else { continue }
            labels[word] = ["NOUN", "PROPN", "PRON", "NUM"].contains(tagUPOS[tags[head]]) ? nmod : obl
        }
    }

    /// "MP Materials, which operates the mine, currently holds 8%": a sentence whose root is a
    /// noun with a relative clause set off by commas, and a finite verb with no subject hung on
    /// that clause after its closing comma, has that verb as its main verb and the noun as its
    /// subject (a sentence has a main verb; the clause ended at the comma).
    func repairMainVerbAfterRelativeClause(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let relcl = relations.firstIndex(of: "acl:relcl"), let nsubj = relations.firstIndex(of: "nsubj"),
              let root = relations.firstIndex(of: "root") else { return }
        let count = heads.count
        guard let noun = heads.indices.first(where: { heads[$0] == count }),
              ["NOUN", "PROPN"].contains(tagUPOS[tags[noun]]) else { return }
        let subjects = Set([nsubj] + ["nsubj:pass", "csubj"].compactMap { relations.firstIndex(of: $0) })
        let clauseHeadLabels = Set(["advcl", "conj", "parataxis"].compactMap { relations.firstIndex(of: $0) })
        for clause in heads.indices where heads[clause] == noun && labels[clause] == relcl {
            // The verb after the clause: hung on the clause, finite, with no subject of its own.
            guard let verb = heads.indices.first(where: { candidate in
                candidate > clause && heads[candidate] == clause && clauseHeadLabels.contains(labels[candidate])
                    && ["VBZ", "VBD", "VBP"].contains(tagXPOS[tags[candidate]])
                    && !heads.indices.contains { heads[$0] == candidate && subjects.contains(labels[$0]) }
            }) else { continue }
            // The clause must end at a comma before the verb.
            guard (clause..<verb).contains(where: { forms[$0] == "," }) else { continue }
            heads[verb] = count
            labels[verb] = root
            heads[noun] = verb
            labels[noun] = nsubj
            // What hung on the noun after the verb belongs to the verb now (the final full stop).
            for other in heads.indices where other > verb && heads[other] == noun { heads[other] = verb }
            return
        }
    }
}

extension SyntaxModel {
    /// "The ministry bought preferred shares": a sentence whose root is a noun with a finite
    /// verb (past or present tense, not a participle) hung on it as a modifier, with no subject
    /// of its own, has that verb as its main verb and the noun as its subject. A reduced
    /// relative clause ("shares bought by the fund") is a participle; a finite verb is not one.
    func repairFiniteVerbOnRootNoun(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let acl = relations.firstIndex(of: "acl"), let nsubj = relations.firstIndex(of: "nsubj"),
              let root = relations.firstIndex(of: "root") else { return }
        let count = heads.count
        guard let noun = heads.indices.first(where: { heads[$0] == count }),
              ["NOUN", "PROPN"].contains(tagUPOS[tags[noun]]) else { return }
        let subjects = Set([nsubj] + ["nsubj:pass", "csubj", "expl"].compactMap { relations.firstIndex(of: $0) })
        guard let verb = heads.indices.first(where: { candidate in
            candidate > noun && heads[candidate] == noun && labels[candidate] == acl
                && tagUPOS[tags[candidate]] == "VERB" && ["VBD", "VBZ", "VBP"].contains(tagXPOS[tags[candidate]])
                && !heads.indices.contains { heads[$0] == candidate && subjects.contains(labels[$0]) }
        }) else { return }
        heads[verb] = count
        labels[verb] = root
        heads[noun] = verb
        labels[noun] = nsubj
        // What hung on the noun after the verb belongs to the verb now (the final full stop).
        for other in heads.indices where other > verb && heads[other] == noun { heads[other] = verb }
    }
}

/// Verbs that take a clause as complement ("said Vale and Glencore hold 49%"); after any other
/// verb, a clause with a coordinated subject is two clauses run together.
private let clauseTakingVerbs: Set<String> = [
    "say", "tell", "think", "believe", "expect", "announce", "report", "note", "confirm", "state", "estimate", "know",
    "show", "add", "claim", "argue", "predict", "warn", "suggest", "mean", "hope", "fear", "insist", "explain",
    "acknowledge", "indicate", "reveal", "find", "agree", "decide", "see", "hear", "learn", "understand", "feel",
    "assume", "ensure", "doubt", "deny", "admit", "recognize", "realize", "imagine", "guess", "suppose", "wonder",
    "ask", "remember", "forget", "prove", "demonstrate", "propose", "recommend", "require", "demand", "order", "prefer",
    "write", "mention", "emphasize", "stress", "signal", "disclose", "assert", "observe", "conclude", "calculate",
    "project", "forecast", "anticipate", "hint", "complain", "recall", "notice", "bet", "wish", "pretend", "reckon",
    "declare", "maintain", "contend", "concede", "allege", "suspect", "figure", "guarantee", "promise", "check", "make", "let", "have", "help",
]

extension SyntaxModel {
    /// "Ma'aden owns 51% of Manara and the PIF holds the other 49%", parsed as "owns" with the
    /// clause "[51% of Manara and the PIF] holds 49%" as its complement: a verb that takes no
    /// clause, with no object of its own, and a complement clause whose subject is a coordination,
    /// is two clauses joined by "and". The first conjunct is the first verb's object; the last
    /// is the second verb's subject, and the second verb is a conjunct of the first.
    func repairClausesRunTogether(_ lemmas: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let ccomp = relations.firstIndex(of: "ccomp"), let nsubj = relations.firstIndex(of: "nsubj"),
              let obj = relations.firstIndex(of: "obj"), let conj = relations.firstIndex(of: "conj"),
              let cc = relations.firstIndex(of: "cc") else { return }
        let count = heads.count
        for clause in heads.indices where labels[clause] == ccomp && tagUPOS[tags[clause]] == "VERB" {
            let verb = heads[clause]
            // "Glencore owns 60% of the mine and the government holds 40%": the "and" hung on the
            // second subject says the clause is a conjunct, not a complement.
            if verb < count, verb < clause, tagUPOS[tags[verb]] == "VERB", !clauseTakingVerbs.contains(lemmas[verb].lowercased()),
               let subject = heads.indices.first(where: { heads[$0] == clause && labels[$0] == nsubj }),
               let and = heads.indices.first(where: { heads[$0] == subject && labels[$0] == cc && $0 < subject }) {
                heads[and] = clause
                labels[clause] = conj
                continue
            }
            guard verb < count, verb < clause, tagUPOS[tags[verb]] == "VERB", !clauseTakingVerbs.contains(lemmas[verb].lowercased()),
                  !heads.indices.contains(where: { heads[$0] == verb && labels[$0] == obj }),
                  let subject = heads.indices.first(where: { heads[$0] == clause && labels[$0] == nsubj }), subject > verb, subject < clause,
                  // (The conjunct may hang on a word inside the subject: "51% of Manara and the PIF".)
                  let last = heads.indices.last(where: { labels[$0] == conj && $0 > subject && $0 < clause && isInside(heads[$0], under: subject, heads) }),
                  let and = heads.indices.first(where: { heads[$0] == last && labels[$0] == cc }) else { continue }
            heads[subject] = verb
            labels[subject] = obj
            heads[last] = clause
            labels[last] = nsubj
            heads[and] = clause
            heads[clause] = verb
            labels[clause] = conj
        }
    }
}

extension SyntaxModel {
    /// "JOGMEC and trading house Sojitz Corp will invest": a verb has one subject, so two subjects
    /// before it with "and" between them are one coordinated subject (the second a conjunct of
    /// the first), and the words between the "and" and the second hang on the second.
    func repairTwoSubjects(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let nsubj = relations.firstIndex(of: "nsubj"), let conj = relations.firstIndex(of: "conj"),
              let cc = relations.firstIndex(of: "cc"), let compound = relations.firstIndex(of: "compound") else { return }
        let count = heads.count
        // The subjects before each verb, gathered in one pass (a sentence may have 20,000 words).
        var subjectsOf: [Int: [Int]] = [:]
        for word in heads.indices where labels[word] == nsubj && word < heads[word] && heads[word] < count {
            subjectsOf[heads[word], default: []].append(word)
        }
        for (_, subjects) in subjectsOf.sorted(by: { $0.key < $1.key }) {
            guard subjects.count == 2 else { continue }
            let (first, second) = (subjects[0], subjects[1])
            // The second subject's phrase starts after the last "and" between the two.
            // (Both nominals, with no verb before the "and": else the first is another clause's.)
            guard ["NOUN", "PROPN"].contains(tagUPOS[tags[first]]), ["NOUN", "PROPN"].contains(tagUPOS[tags[second]]),
                  let and = (first + 1..<second).last(where: { tagUPOS[tags[$0]] == "CCONJ" }),
                  !(first + 1..<and).contains(where: { ["VERB", "AUX", "SCONJ"].contains(tagUPOS[tags[$0]]) }),
                  !(and + 1..<second).contains(where: { tagUPOS[tags[$0]] == "PUNCT" || tagUPOS[tags[$0]] == "ADP" }),
                  !isInside(first, under: second, heads) else { continue }
            heads[second] = first
            labels[second] = conj
            heads[and] = second
            labels[and] = cc
            for word in (and + 1)..<second where heads[word] < count && !isInside(heads[word], under: second, heads) && heads[word] != second {
                heads[word] = second
                labels[word] = compound
            }
        }
    }
}

extension SyntaxModel {
    /// "Japan Organization for Metals and Energy Security will invest": an "of" or "for" between
    /// two capitalised names continues the first name; its phrase is the name's `nmod`, not an
    /// oblique of the verb (the parser would make "for Metals" the one the money is for).
    func repairNameContinuations(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let obl = relations.firstIndex(of: "obl"), let nmod = relations.firstIndex(of: "nmod"),
              let flat = relations.firstIndex(of: "flat") else { return }
        let count = heads.count
        for marker in forms.indices.dropFirst() where ["of", "for"].contains(forms[marker]) && tagUPOS[tags[marker]] == "ADP" {
            var next = marker + 1
            if next < count, forms[next] == "the" { next += 1 }
            guard next < count, tagUPOS[tags[marker - 1]] == "PROPN", tagUPOS[tags[next]] == "PROPN" else { continue }
            let object = heads[marker]
            guard object < count, object >= next, labels[object] == obl, heads[object] < count, tagUPOS[tags[heads[object]]] == "VERB" else { continue }
            // The name the phrase continues: the first word of the name before the marker.
            let name = labels[marker - 1] == flat && heads[marker - 1] < marker - 1 ? heads[marker - 1] : marker - 1
            guard !isInside(name, under: object, heads) else { continue }
            heads[object] = name
            labels[object] = nmod
        }
    }
}
