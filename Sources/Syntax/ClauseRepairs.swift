// Tree repairs between clauses: where one clause ends and the next begins, what a verb
// or a name hangs on. Applied after parsing, like those in Repairs.swift.

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

    /// "Indonesian state miner Aneka Tambang has agreed to sell": a sentence whose root is a
    /// common noun right before a name, with the name's verb hung on the noun as a relative
    /// clause, has no main verb; the noun describes the name (its `compound`), and the verb,
    /// finite or with an auxiliary, is the sentence's main verb.
    func repairDescriptionBeforeSubject(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let nsubj = relations.firstIndex(of: "nsubj"), let compound = relations.firstIndex(of: "compound"),
              let root = relations.firstIndex(of: "root") else { return }
        let clauseLabels = Set(["acl", "acl:relcl"].compactMap { relations.firstIndex(of: $0) })
        let count = heads.count
        guard let noun = heads.indices.first(where: { heads[$0] == count }), tagUPOS[tags[noun]] == "NOUN",
              noun + 1 < count, tagUPOS[tags[noun + 1]] == "PROPN" else { return }
        // The name's head: the word after the noun, or the name word it is compounded onto.
        var name = noun + 1
        while heads[name] < count, heads[name] > name, tagUPOS[tags[heads[name]]] == "PROPN" { name = heads[name] }
        guard labels[name] == nsubj, heads[name] < count else { return }
        let verb = heads[name]
        guard heads[verb] == noun, clauseLabels.contains(labels[verb]), tagUPOS[tags[verb]] == "VERB",
              ["VBD", "VBZ", "VBP"].contains(tagXPOS[tags[verb]]) || heads.indices.contains(where: { heads[$0] == verb && tagUPOS[tags[$0]] == "AUX" })
        else { return }
        heads[verb] = count
        labels[verb] = root
        heads[noun] = name
        labels[noun] = compound
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
    /// the first), and the words between the "and" and the second hang on the second; an
    /// adjective taken for a subject right before the noun subject modifies it.
    func repairTwoSubjects(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let nsubj = relations.firstIndex(of: "nsubj"), let conj = relations.firstIndex(of: "conj"),
              let cc = relations.firstIndex(of: "cc"), let compound = relations.firstIndex(of: "compound") else { return }
        let amod = relations.firstIndex(of: "amod")
        let count = heads.count
        for (_, subjects) in subjectsBeforeVerbs(heads, labels, [nsubj]) {
            guard subjects.count == 2 else { continue }
            let (first, second) = (subjects[0], subjects[1])
            // ("the French state holds": an adjective right before the noun describes it.)
            if tagUPOS[tags[first]] == "ADJ", second == first + 1, ["NOUN", "PROPN"].contains(tagUPOS[tags[second]]), let amod {
                heads[first] = second
                labels[first] = amod
                continue
            }
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

extension SyntaxModel {
    /// "buyers in Japan and to Posco": a conjunct with a preposition of its own is coordinated
    /// with a phrase that has the same preposition ("to buyers … and to Posco"), not with the
    /// noun of another one ("in Japan"). The conjunct moves up to the nearest such phrase.
    func repairConjunctPrepositions(_ forms: [String], heads: inout [Int], labels: [Int]) {
        guard let conj = relations.firstIndex(of: "conj"), let caseLabel = relations.firstIndex(of: "case") else { return }
        let count = heads.count
        func preposition(of word: Int) -> String? {
            // (The marker comes before its noun, with the noun's modifiers between.)
            heads.indices.first { $0 < word && heads[$0] == word && labels[$0] == caseLabel }.map { forms[$0].lowercased() }
        }
        for word in heads.indices where labels[word] == conj && heads[word] < word {
            guard let own = preposition(of: word), let first = preposition(of: heads[word]), own != first else { continue }
            // Up the chain of nouns the first conjunct hangs on, to one marked like this conjunct.
            var candidate = heads[heads[word]]
            var steps = 0
            while candidate < count, steps < 4 {
                if preposition(of: candidate) == own { heads[word] = candidate; break }
                candidate = heads[candidate]
                steps += 1
            }
        }
    }
}

extension SyntaxModel {
    /// ", with the remaining 20% held by the state": "with", a noun phrase and a past participle
    /// after a comma make an absolute clause, as the treebank writes it: the participle is an
    /// adverbial clause of the verb before, "with" its marker and the phrase (headed by its last
    /// word) its passive subject. The parser tends to hang the phrase on the verb before and
    /// strand the participle. With a present participle the phrase is its active subject:
    /// ", with state miner Gecamines owning the remaining 25%".
    func repairAbsoluteWith(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let advcl = relations.firstIndex(of: "advcl"), let mark = relations.firstIndex(of: "mark"),
              let passiveSubject = relations.firstIndex(of: "nsubj:pass"), let activeSubject = relations.firstIndex(of: "nsubj"),
              let acl = relations.firstIndex(of: "acl") else { return }
        let modifierLabels = ["DET": "det", "ADJ": "amod", "ADV": "advmod", "NUM": "nummod", "VERB": "amod", "NOUN": "compound", "PROPN": "compound"].compactMapValues { relations.firstIndex(of: $0) }
        let count = heads.count
        for comma in forms.indices where comma >= 1 && forms[comma] == "," && comma + 3 < count && forms[comma + 1].lowercased() == "with" {
            let marker = comma + 1
            // The participle: the first verb after the phrase, a few words on. (A present participle
            // only right after a noun, "with the existing shareholders holding 60%", and not an
            // auxiliary's: "with the winners being awarded prizes".)
            guard let participle = ((marker + 2)..<min(count, marker + 8)).first(where: { word in
                tagXPOS[tags[word]] == "VBN" || (tagXPOS[tags[word]] == "VBG" && ["NOUN", "PROPN"].contains(tagUPOS[tags[word - 1]])
                    && !["being", "having"].contains(forms[word].lowercased()))
            }),
                  (marker + 1..<participle).allSatisfy({ ["DET", "ADJ", "NUM", "SYM", "NOUN", "PROPN", "ADV", "VERB"].contains(tagUPOS[tags[$0]]) })
            else { continue }
            let phrase = (marker + 1)..<participle
            let noun = participle - 1
            guard ["NOUN", "PROPN", "SYM", "NUM"].contains(tagUPOS[tags[noun]]), !(heads[participle] == noun && labels[participle] == acl) else { continue }
            // Where the clause hangs: where "with" or the phrase hung, before the comma, up to its verb.
            let claimed = Set(phrase).union([marker, participle])
            // (Else the word before the comma, when the parse hung everything after it: "…, with
            // another 5% produced in Finland" with "with" on "Finland".)
            guard var host = [heads[marker], heads[noun], heads[participle], comma - 1].first(where: { $0 < comma && !claimed.contains($0) }) else { continue }
            // (Only to a verb: where none is above, the clause stays on the phrase it hung on.)
            var verb = host
            var steps = 0
            while tagUPOS[tags[verb]] != "VERB", heads[verb] < count, !claimed.contains(heads[verb]), steps < 6 { verb = heads[verb]; steps += 1 }
            if tagUPOS[tags[verb]] == "VERB" { host = verb }
            guard !isInside(host, under: participle, heads) else { continue }
            // The phrase's other words that hung outside it now modify its head.
            for word in phrase where word != noun && !phrase.contains(heads[word]) {
                guard let label = modifierLabels[tagUPOS[tags[word]]] else { continue }
                heads[word] = noun
                labels[word] = label
            }
            // The phrases after the participle, up to the next comma, are its own ("in Finland"),
            // wherever the parse hung them.
            let clauseEnd = ((participle + 1)..<count).first { tagUPOS[tags[$0]] == "PUNCT" } ?? count
            for word in (participle + 1)..<clauseEnd where heads[word] < count && heads[word] != participle
                && (heads[word] < comma || claimed.contains(heads[word])) {
                heads[word] = participle
            }
            heads[participle] = host
            labels[participle] = advcl
            heads[noun] = participle
            labels[noun] = tagXPOS[tags[participle]] == "VBG" ? activeSubject : passiveSubject
            heads[marker] = participle
            labels[marker] = mark
            heads[comma] = participle
        }
    }
}

extension SyntaxModel {
    /// "Japan Gallium Holdings, a vehicle owned 60% by JOGMEC, will acquire": a verb has one
    /// subject, so a second one set off by commas right after the first is the first's apposition.
    func repairAppositiveSubject(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let nsubj = relations.firstIndex(of: "nsubj"), let appos = relations.firstIndex(of: "appos") else { return }
        // (A name that opens the sentence before a comma is often taken for one addressed.)
        let asSubject = Set([nsubj] + ["vocative", "dislocated"].compactMap { relations.firstIndex(of: $0) })
        for (verb, subjects) in subjectsBeforeVerbs(heads, labels, asSubject) {
            guard subjects.count == 2 else { continue }
            let (first, second) = (subjects[0], subjects[1])
            guard tagUPOS[tags[first]] == "PROPN", ["NOUN", "PROPN"].contains(tagUPOS[tags[second]]),
                  let comma = (first + 1..<second).first(where: { forms[$0] == "," }),
                  // Only the first's name before the comma, only the second's modifiers after it.
                  (first + 1..<comma).allSatisfy({ tagUPOS[tags[$0]] == "PROPN" }),
                  (comma + 1..<second).allSatisfy({ ["DET", "ADJ", "NOUN", "PROPN", "NUM"].contains(tagUPOS[tags[$0]]) }),
                  // The apposition closes with a comma before the verb.
                  (second + 1..<verb).contains(where: { forms[$0] == "," }),
                  !isInside(first, under: second, heads) else { continue }
            heads[second] = first
            labels[second] = appos
            labels[first] = nsubj
            heads[comma] = second
        }
    }
}

extension SyntaxModel {
    /// "owns 20% of Vale Indonesia after buying …", parsed with "of" as a clause's marker and
    /// "Vale" as its object: a preposition takes no object in the treebank's trees. The noun is
    /// the preposition's, and the phrase modifies the noun before it (or the verb above it).
    func repairPrepositionObjects(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let caseLabel = relations.firstIndex(of: "case"), let nmod = relations.firstIndex(of: "nmod"),
              let obl = relations.firstIndex(of: "obl") else { return }
        let nominalRoles = Set(["obj", "nsubj", "iobj"].compactMap { relations.firstIndex(of: $0) })
        let count = heads.count
        for noun in heads.indices where nominalRoles.contains(labels[noun]) {
            let preposition = heads[noun]
            guard preposition < count, preposition < noun, tagUPOS[tags[preposition]] == "ADP",
                  ["NOUN", "PROPN", "PRON"].contains(tagUPOS[tags[noun]]),
                  (preposition + 1..<noun).allSatisfy({ heads[$0] == noun || heads[$0] > preposition && heads[$0] <= noun }) else { continue }
            let clause = heads[preposition]
            let before = preposition - 1
            if before >= 0, ["NOUN", "PROPN", "SYM", "NUM"].contains(tagUPOS[tags[before]]), !isInside(before, under: noun, heads) {
                heads[noun] = before
                labels[noun] = nmod
            } else if clause < count, !isInside(clause, under: noun, heads) {
                heads[noun] = clause
                labels[noun] = obl
            } else { continue }
            heads[preposition] = noun
            labels[preposition] = caseLabel
        }
    }
}

extension SyntaxModel {
    /// The words labelled as subjects (`subjectLabels`) before each verb they hang on, by verb in
    /// order, gathered in one pass (a sentence may have 20,000 words).
    func subjectsBeforeVerbs(_ heads: [Int], _ labels: [Int], _ subjectLabels: Set<Int>) -> [(verb: Int, subjects: [Int])] {
        var subjectsOf: [Int: [Int]] = [:]
        for word in heads.indices where subjectLabels.contains(labels[word]) && word < heads[word] && heads[word] < heads.count {
            subjectsOf[heads[word], default: []].append(word)
        }
        return subjectsOf.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

