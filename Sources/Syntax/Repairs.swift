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
}
