// Tree repairs around relative clauses set off by commas ("Orano, in which the French state
// holds 90%, said …"): which noun the clause speaks of, and which verb is the sentence's own.
// Applied after parsing, like those in ClauseRepairs.swift.

extension SyntaxModel {
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
    /// "equity from Sibanye-Stillwater, which owns 79.8% of Keliber": a relative clause set off by
    /// a comma describes the noun phrase right before the comma. A greedy parser often hangs it on
    /// an earlier noun ("equity"); it is moved to the phrase's head ("Sibanye", not "Stillwater").
    /// After a name, "which" or "who" starts a relative clause even where the parser took the
    /// clause for a second main clause ("a loan from Orano, which holds 30%").
    func repairRelativeClauseAntecedents(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let relcl = relations.firstIndex(of: "acl:relcl") else { return }
        let nameParts = Set(["flat", "appos", "fixed"].compactMap { relations.firstIndex(of: $0) })
        let misread = Set(["conj", "parataxis", "advcl", "advcl:relcl"].compactMap { relations.firstIndex(of: $0) })
        // (A clause with its own relative pronoun is never an argument: "buy $400 million of its stock,
        // which is convertible" with "convertible" as the object of a verb before.)
        let asArgument = Set(["obj", "iobj", "obl", "dep", "nsubj", "xcomp"].compactMap { relations.firstIndex(of: $0) })
        let count = heads.count
        for pronoun in forms.indices where pronoun >= 2 && ["which", "who", "whose", "whom"].contains(forms[pronoun].lowercased()) {
            // (Right after the comma, or after a preposition there: "Kestrel, of which the fund owns 12%".)
            let afterPreposition = pronoun >= 3 && tagUPOS[tags[pronoun - 1]] == "ADP" && forms[pronoun - 2] == ","
            guard forms[pronoun - 1] == "," || afterPreposition else { continue }
            let comma = afterPreposition ? pronoun - 2 : pronoun - 1
            // The clause's verb: the pronoun's head, or its head's head ("which it owns" has the pronoun
            // as object, "whose largest shareholder is" as its subject's possessor).
            var verb = heads[pronoun]
            if verb < count, labels[verb] != relcl, !misread.contains(labels[verb]), !asArgument.contains(labels[verb]) || tagUPOS[tags[verb]] == "NOUN",
               heads[verb] < count { verb = heads[verb] }
            guard verb < count, verb > pronoun, heads[verb] < pronoun else { continue }
            var antecedent = comma - 1
            let afterName = tagUPOS[tags[antecedent]] == "PROPN"
            guard labels[verb] == relcl || (afterName && misread.contains(labels[verb])) || asArgument.contains(labels[verb]),
                  afterName || tagUPOS[tags[antecedent]] == "NOUN" else { continue }
            // From the last word of a name to the name's head ("Stillwater" → "Sibanye").
            while nameParts.contains(labels[antecedent]), heads[antecedent] < antecedent { antecedent = heads[antecedent] }
            // A relative clause hung further back moves; one hung on the phrase stays (named so).
            if heads[verb] == antecedent {
                labels[verb] = relcl
                continue
            }
            guard heads[verb] < antecedent || labels[verb] != relcl, !isInside(antecedent, under: verb, heads) else { continue }
            heads[verb] = antecedent
            labels[verb] = relcl
        }
    }
}

extension SyntaxModel {
    /// "Orano, in which the French state holds a 90% stake, said …", "Eramet, whose largest
    /// shareholder is the state, owns 56%": a noun phrase that opens the sentence, then a comma
    /// and a relative pronoun (or a preposition and "which"), make the clause up to the next
    /// comma a relative clause of that phrase; the finite verb after that comma is the
    /// sentence's main verb and the phrase its subject. The parser tends to take the relative
    /// clause for the main one and hang the real main verb on it as a second clause.
    func repairRelativeClauseTakenAsMain(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let relcl = relations.firstIndex(of: "acl:relcl"), let nsubj = relations.firstIndex(of: "nsubj"),
              let rootLabel = relations.firstIndex(of: "root") else { return }
        let count = heads.count
        guard let opening = forms.firstIndex(of: ","), opening > 0, opening + 2 < count,
              let root = heads.indices.first(where: { heads[$0] == count }), root > opening else { return }
        // The pronoun right after the comma, or after a preposition there ("in which", "of whom").
        let relativePronouns: Set<String> = ["which", "who", "whom", "whose"]
        let pronoun = relativePronouns.contains(forms[opening + 1].lowercased()) ? opening + 1
            : tagUPOS[tags[opening + 1]] == "ADP" && relativePronouns.contains(forms[opening + 2].lowercased()) ? opening + 2 : nil
        guard let pronoun, root > pronoun else { return }
        // The opening phrase: nouns and names (with their articles and modifiers), one head.
        let phrase = 0..<opening
        guard phrase.allSatisfy({ ["DET", "ADJ", "NOUN", "PROPN", "PUNCT", "PART", "NUM"].contains(tagUPOS[tags[$0]]) }),
              ["NOUN", "PROPN"].contains(tagUPOS[tags[opening - 1]]) else { return }
        let phraseHeads = phrase.filter { !phrase.contains(heads[$0]) }
        guard phraseHeads.count == 1, let noun = phraseHeads.first, ["NOUN", "PROPN"].contains(tagUPOS[tags[noun]]) else { return }
        // The clause ends at the next comma; the main verb follows it, hung on the clause's head
        // as a second clause, finite and without a subject of its own.
        guard let closing = ((root + 1)..<count).first(where: { forms[$0] == "," }) else { return }
        let secondClause = Set(["parataxis", "conj", "advcl", "ccomp", "dep"].compactMap { relations.firstIndex(of: $0) })
        let subjects = Set([nsubj] + ["nsubj:pass", "csubj"].compactMap { relations.firstIndex(of: $0) })
        guard let verb = ((closing + 1)..<count).first(where: { heads[$0] == root && secondClause.contains(labels[$0]) }),
              tagUPOS[tags[verb]] == "VERB",
              ["VBZ", "VBD", "VBP"].contains(tagXPOS[tags[verb]]) || heads.indices.contains(where: { heads[$0] == verb && tagXPOS[tags[$0]] == "MD" }),
              !heads.indices.contains(where: { heads[$0] == verb && subjects.contains(labels[$0]) }) else { return }
        heads[verb] = count
        labels[verb] = rootLabel
        heads[noun] = verb
        labels[noun] = nsubj
        heads[root] = noun
        labels[root] = relcl
        // What hung on the clause after the main verb (the full stop) belongs to the main verb.
        for other in heads.indices where other > verb && heads[other] == root { heads[other] = verb }
    }
}
