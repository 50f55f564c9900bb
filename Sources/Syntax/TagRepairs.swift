/// Tag repairs: words the tagger may mistag but English settles (a company form after a name,
/// a verb after a modal or a relative pronoun, the perfect's "have"), applied before parsing.
extension SyntaxModel {
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
        // "Nacional de Grafite", "Banco do Brasil", "Minera del Pacifico": a particle of another
        // language between two capitalised words joins them into one name (the tagger, seeing
        // "Nacional" as an adjective and "de" as a foreign word, splits it).
        for index in forms.indices.dropFirst() where index + 1 < forms.count && nameParticles.contains(forms[index])
            && isCapitalisedWord(forms[index - 1]) && isCapitalisedWord(forms[index + 1]) {
            tags[index - 1] = proper
            tags[index] = proper
            tags[index + 1] = proper
        }
    }

    /// "and trading house Sojitz Corp", "the mining company Zijin": an "-ing" word between a
    /// determiner, conjunction or comma and a noun that a name follows describes that noun (the
    /// treebank writes it as a noun in a compound), not a verb whose clause starts there.
    func repairGerundsBeforeNames(_ forms: [String], tags: inout [Int]) {
        guard let noun = tagXPOS.indices.first(where: { tagUPOS[$0] == "NOUN" && tagXPOS[$0] == "NN" }) else { return }
        for index in forms.indices.dropFirst() where index + 2 < forms.count && tagXPOS[tags[index]] == "VBG"
            && ["DET", "CCONJ", "PUNCT"].contains(tagUPOS[tags[index - 1]]) && tagUPOS[tags[index + 1]] == "NOUN"
            && tagUPOS[tags[index + 2]] == "PROPN" {
            tags[index] = noun
        }
    }

    /// Determiners are a closed class: a word tagged as one that is none ("of U.S. antimony
    /// demand" with "antimony" as a determiner) is a noun, here modifying the noun after it.
    func repairUnknownDeterminers(_ forms: [String], tags: inout [Int]) {
        guard let noun = tagXPOS.indices.first(where: { tagUPOS[$0] == "NOUN" && tagXPOS[$0] == "NN" }) else { return }
        for index in forms.indices where tagUPOS[tags[index]] == "DET" && forms[index].count >= 4
            && forms[index].allSatisfy({ $0.isLetter }) && !determiners.contains(forms[index].lowercased()) {
            tags[index] = noun
        }
    }

    /// "Orano, in which the French state holds 90%": a relative clause speaks of a noun, so a
    /// capitalised word right before a comma and a relative pronoun (or a preposition and
    /// "which") is a name, however rare; the tagger, seeing an unknown word open a sentence
    /// before a comma, may call it an interjection or an adjective.
    func repairNamesBeforeRelativeClauses(_ forms: [String], tags: inout [Int]) {
        guard let name = tagXPOS.indices.first(where: { tagUPOS[$0] == "PROPN" && tagXPOS[$0] == "NNP" }) else { return }
        let pronouns: Set<String> = ["which", "who", "whom", "whose"]
        for index in forms.indices where index + 2 < forms.count && forms[index + 1] == "," && isCapitalisedWord(forms[index])
            && ["INTJ", "ADJ", "ADV", "VERB", "X"].contains(tagUPOS[tags[index]]) {
            let next = forms[index + 2].lowercased()
            let startsClause = pronouns.contains(next)
                || (index + 3 < forms.count && tagUPOS[tags[index + 2]] == "ADP" && pronouns.contains(forms[index + 3].lowercased()))
            if startsClause { tags[index] = name }
        }
    }

    /// "MP Materials' largest shareholder": an apostrophe right after a name or plural noun in
    /// -s and before the noun phrase it possesses is the possessive marker (PART/POS), not a
    /// closing quote, when no quote opened before it in the sentence.
    func repairBareApostrophePossessives(_ forms: [String], tags: inout [Int]) {
        guard let possessive = tagXPOS.indices.first(where: { tagUPOS[$0] == "PART" && tagXPOS[$0] == "POS" }) else { return }
        var quoteOpen = false
        for index in forms.indices where ["'", "’", "‘"].contains(forms[index]) {
            let marksPossessor = forms[index] != "‘" && !quoteOpen && index >= 1 && index + 1 < forms.count
                && forms[index - 1].last.map({ $0 == "s" || $0 == "S" }) == true
                && ["NOUN", "PROPN"].contains(tagUPOS[tags[index - 1]])
                && ["NOUN", "PROPN", "ADJ", "NUM"].contains(tagUPOS[tags[index + 1]])
            if marksPossessor { tags[index] = possessive } else { quoteOpen.toggle() }
        }
    }

    /// "Canyon Uranium's Red Desert mine can produce": the pronoun "mine" takes no article or
    /// modifier, so after a determiner, adjective, noun, name or number it is the noun.
    func repairMineAfterModifiers(_ forms: [String], tags: inout [Int]) {
        guard let noun = tagXPOS.indices.first(where: { tagUPOS[$0] == "NOUN" && tagXPOS[$0] == "NN" }) else { return }
        for index in forms.indices.dropFirst() where tagUPOS[tags[index]] == "PRON" && forms[index].lowercased() == "mine"
            && ["DET", "ADJ", "NOUN", "PROPN", "NUM"].contains(tagUPOS[tags[index - 1]]) {
            tags[index] = noun
        }
    }

    private func isCapitalisedWord(_ form: String) -> Bool {
        form.count > 1 && form.first?.isUppercase == true && form.dropFirst().allSatisfy { $0.isLetter }
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

    /// "The DRC is the largest producer and accounts for more than 70% of supply": a lower-case
    /// "-s" word right after "and" or "but", followed by a figure or by "for" and a figure, is a
    /// second verb of the sentence's subject (third person), not a plural noun joined to the
    /// name before the conjunction (a noun is not counted in percent).
    func repairVerbsAfterConjunctions(_ forms: [String], tags: inout [Int]) {
        guard let third = tagXPOS.indices.first(where: { tagUPOS[$0] == "VERB" && tagXPOS[$0] == "VBZ" }) else { return }
        let bounds: Set<String> = ["about", "around", "nearly", "almost", "roughly", "some", "over", "more", "less", "up", "than", "to"]
        for word in forms.indices.dropFirst() where tagXPOS[tags[word]] == "NNS" && ["and", "but"].contains(forms[word - 1].lowercased()) {
            let form = forms[word]
            guard form.count > 3, form.hasSuffix("s"), !form.hasSuffix("ss"), form.allSatisfy({ $0.isLowercase && $0.isLetter }) else { continue }
            var next = word + 1
            if next < forms.count, forms[next].lowercased() == "for" { next += 1 }
            while next < forms.count, bounds.contains(forms[next].lowercased()) { next += 1 }
            guard next < forms.count, tagUPOS[tags[next]] == "NUM", next + 1 < forms.count,
                  ["%", "percent", "per"].contains(forms[next + 1].lowercased()) else { continue }
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
}

/// Adverbs that stand between a perfect's "have" and its participle.
private let perfectAdverbs: Set<String> = ["also", "already", "not", "n't", "never", "now", "since", "recently", "previously", "just", "yet", "still", "finally", "jointly"]

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

/// Particles that join the words of Romance, Dutch and German names, in lower case.
private let nameParticles: Set<String> = ["de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "van", "von", "der", "den", "la", "y"]

/// English determiners of four letters or more (shorter words are left as tagged: "teh", "da").
private let determiners: Set<String> = [
    "that", "this", "these", "those", "each", "every", "some", "both", "either", "neither", "another", "such", "what",
    "whatever", "which", "whichever", "many", "much", "half", "quite", "enough", "several", "whose", "anothers", "thes",
]

