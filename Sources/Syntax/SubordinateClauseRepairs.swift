// Tree repairs of subordinate clauses: what a clause of time or manner modifies, and a
// reported clause taken for a noun's modifier. Applied after parsing, like those in
// ClauseRepairs.swift.

extension SyntaxModel {
    /// "will become MP's largest shareholder after agreeing to buy $400 million of its stock": a
    /// gerund clause opened by a conjunction of time or manner ("after", "before", "since",
    /// "while", "when", "upon", "without", "by") says when or how the verb's event happens; it
    /// is that verb's adverbial clause (`advcl`), not a modifier of the noun before it, so its
    /// understood subject is the verb's.
    func repairGerundClausesOnNouns(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let advcl = relations.firstIndex(of: "advcl"), let mark = relations.firstIndex(of: "mark") else { return }
        let nounClauses = Set(["acl", "acl:relcl"].compactMap { relations.firstIndex(of: $0) })
        let markers: Set<String> = ["after", "before", "since", "while", "when", "upon", "without", "by"]
        let count = heads.count
        for gerund in heads.indices where gerund >= 1 && tagXPOS[tags[gerund]] == "VBG" && nounClauses.contains(labels[gerund]) {
            let marker = gerund - 1
            guard heads[marker] == gerund, labels[marker] == mark, markers.contains(forms[marker].lowercased()) else { continue }
            // The verb the noun is an argument of (through the noun's own modifiers).
            var noun = heads[gerund]
            var steps = 0
            while noun < count, tagUPOS[tags[noun]] != "VERB", steps < 4 { noun = heads[noun]; steps += 1 }
            guard noun < count, tagUPOS[tags[noun]] == "VERB", !isInside(noun, under: gerund, heads) else { continue }
            heads[gerund] = noun
            labels[gerund] = advcl
        }
    }
}

extension SyntaxModel {
    /// "Ivanhoe said the complex produced 437,061 tonnes": a participle that modifies a noun is
    /// passive and takes no direct object, so a past-tense verb hung on a noun as its modifier
    /// but with an object of its own is a finite verb, and the noun its subject. When the noun
    /// was a verb's object, the clause is that verb's complement (`ccomp`: what was said).
    func repairFiniteVerbTakenForParticiple(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let acl = relations.firstIndex(of: "acl"), let obj = relations.firstIndex(of: "obj"),
              let nsubj = relations.firstIndex(of: "nsubj"), let ccomp = relations.firstIndex(of: "ccomp") else { return }
        let markers = Set(["aux", "aux:pass", "mark", "nsubj", "nsubj:pass"].compactMap { relations.firstIndex(of: $0) })
        let count = heads.count
        let xcomp = relations.firstIndex(of: "xcomp")
        // (Or taken for an open complement of that verb, which is never in the past tense:
        // "reported the mine shipped 40,000 tonnes".)
        for verb in heads.indices where (labels[verb] == acl && ["VBD", "VBN"].contains(tagXPOS[tags[verb]]))
            || (labels[verb] == xcomp && tagXPOS[tags[verb]] == "VBD") {
            let noun = labels[verb] == acl ? heads[verb] : (heads.indices.first { heads[$0] == heads[verb] && labels[$0] == obj && $0 < verb } ?? count)
            // (No punctuation between: "holds the operating role, produced 182,000 tonnes" ends a
            // clause at the comma.)
            guard noun < verb, heads[noun] < count, labels[noun] == obj, tagUPOS[tags[heads[noun]]] == "VERB",
                  ["NOUN", "PROPN"].contains(tagUPOS[tags[noun]]), !(noun..<verb).contains(where: { tagUPOS[tags[$0]] == "PUNCT" }) else { continue }
            let dependents = heads.indices.filter { heads[$0] == verb }
            guard dependents.contains(where: { labels[$0] == obj && $0 > verb }),
                  !dependents.contains(where: { markers.contains(labels[$0]) }) else { continue }
            let speaker = heads[noun]
            heads[verb] = speaker
            labels[verb] = ccomp
            heads[noun] = verb
            labels[noun] = nsubj
        }
    }
}
