import BriefingModel

/// Questions the claim reader asks of a parse: who is the subject of a verb,
/// who the agent of a passive, what an "in"/"of"/"from" phrase hangs on,
/// whether a verb is negated or hedged, and which bytes a phrase covers.
extension ParsedSentence {
    /// The relation without its subtype: `nsubj:pass` → `nsubj`.
    public func baseRelation(_ index: Int) -> Substring {
        words[index].relation.split(separator: ":", maxSplits: 1).first ?? ""
    }

    /// Dependents of `index` whose relation is `relation` or one of its subtypes
    /// (`"nsubj"` finds `nsubj` and `nsubj:pass`; `"nsubj:pass"` only that).
    public func dependents(of index: Int, _ relation: String) -> [Int] {
        dependents(of: index).filter { words[$0].relation == relation || words[$0].relation.hasPrefix(relation + ":") }
    }

    /// The subject of a verb (or of the predicate a copula joins), and whether the clause is passive.
    /// A verb without a subject of its own takes its head's when it is a conjunct or an
    /// open complement ("X bought and holds", "X agreed to buy").
    /// An open complement's subject is its head's object when there is one ("see X hold",
    /// "allow X to own"); an infinitival purpose clause takes its head's subject ("X issued a
    /// letter to provide"); a relative pronoun stands for the noun its clause hangs on.
    public func subject(of index: Int) -> (word: Int, passive: Bool)? {
        var current = index
        for _ in 0..<words.count {
            // Of two subjects (a split "the state company Kazgeo Holdings"), the name.
            let subjects = dependents(of: current, "nsubj")
            if let found = subjects.first(where: { words[$0].upos == "PROPN" }) ?? subjects.first ?? dependents(of: current, "csubj").first {
                let passive = words[found].relation.hasSuffix(":pass")
                let relative: Set<String> = ["that", "which", "who"]
                if relative.contains(words[found].form.lowercased()) {
                    if baseRelation(current) == "acl", let noun = words[current].head {
                        return (agreeingAntecedent(found, clause: current, parsed: noun) ?? noun, passive)
                    }
                    // A relative clause the parse hung elsewhere: the noun right before ", which".
                    var before = found - 1
                    while before >= 0, words[before].upos == "PUNCT" { before -= 1 }
                    if before >= 0, ["NOUN", "PROPN"].contains(words[before].upos) { return (before, passive) }
                }
                return (found, passive)
            }
            guard let head = words[current].head else { return nil }
            let relation = baseRelation(current)
            // ("persuaded Acme to sell": the object acts. Not a thing received: "receive warrants to
            // buy 5%" is the receiver's buying.)
            if relation == "xcomp", let object = dependents(of: head, "obj").first, object != current,
               !thingsGiven.contains(words[object].lemma.lowercased()) {
                return (object, false)
            }
            // "gives Marubeni an option to lift its holding": the one given the noun acts in its infinitive.
            let isInfinitive = dependents(of: current, "mark").contains { words[$0].form.lowercased() == "to" }
            if relation == "acl", isInfinitive, baseRelation(head) == "obj", let verb = words[head].head,
               // (The parser may write both objects of "give X Y" as `obj`.)
               let given = dependents(of: verb, "iobj").first ?? dependents(of: verb, "obj").first(where: { $0 < head }) {
                return (given, false)
            }
            let infinitival = relation == "advcl" && isInfinitive
            // ("owns 20% after buying a further 14%": a gerund clause with no subject of its own,
            // opened by a time or means word, has the subject of the clause it hangs on.)
            let gerund = relation == "advcl" && words[current].xpos == "VBG"
                && dependents(of: current, "mark").contains { ["after", "before", "by", "while", "when", "since", "upon", "on"].contains(words[$0].form.lowercased()) }
            guard ["conj", "xcomp"].contains(relation) || infinitival || gerund else { return nil }
            current = head
            // (A clause the parse hung on a figure, "owns 20% … after buying", is the figure's verb's.)
            var steps = 0
            while gerund, ["NUM", "SYM", "NOUN"].contains(words[current].upos), let above = words[current].head, steps < 3 { current = above; steps += 1 }
        }
        return nil
    }

    /// The agent of a passive verb: the "X" of "controlled by X".
    public func agent(of index: Int) -> Int? { dependents(of: index, "obl:agent").first }

    /// The words an "in", "of", "from", ... phrase hangs on `index` through:
    /// each dependent that is a nominal modifier or oblique, with its preposition.
    public func prepositionalDependents(of index: Int) -> [(preposition: String, word: Int)] {
        dependents(of: index).compactMap { child in
            guard ["nmod", "obl"].contains(baseRelation(child)) else { return nil }
            // (The marker is the phrase's first word, though the parse may hang it on a compound:
            // "in Lithium Americas" with "in" on "Lithium".)
            let first = child > 0 && words[child - 1].relation != "case" ? subtree(of: child).min() : nil
            // (Of two markers the one nearest the noun: "Skaland Graphite AS from Glencore" with the
            // company's "AS" read as a preposition.)
            guard let marker = dependents(of: child, "case").last ?? first.flatMap({ words[$0].relation == "case" ? $0 : nil }) else { return nil }
            return (words[marker].lemma.lowercased(), child)
        }
    }

    /// True when the word is negated: "not", "n't", "never" on it, or "no" on its noun.
    public func isNegated(_ index: Int) -> Bool {
        dependents(of: index).contains { child in
            let lemma = words[child].lemma.lowercased()
            return (baseRelation(child) == "advmod" && ["not", "never"].contains(lemma)) || (baseRelation(child) == "det" && lemma == "no")
        }
    }

    /// The modal that hedges a verb ("may", "could", "would", "might", "should", "can"), if any.
    /// "operations outside China, which produces 77%": the verb agrees with its antecedent, so
    /// when the noun the parse hung the clause on differs in number from the verb and the
    /// name or noun right before ", which" agrees, that one is meant.
    func agreeingAntecedent(_ pronoun: Int, clause: Int, parsed noun: Int) -> Int? {
        guard pronoun >= 2, words[pronoun - 1].form == ",", pronoun - 2 != noun else { return nil }
        let before = pronoun - 2
        guard ["NOUN", "PROPN"].contains(words[before].upos) else { return nil }
        // The verb's number, from the verb itself or its first auxiliary ("which is owned", "which has").
        let finite = (dependents(of: clause).filter { ["aux", "aux:pass", "cop"].contains(words[$0].relation) }.first) ?? clause
        let singularVerb: Bool
        switch words[finite].xpos {
        case "VBZ": singularVerb = true
        case "VBP": singularVerb = false
        default:
            let form = words[finite].form.lowercased()
            if form == "was" { singularVerb = true } else if form == "were" { singularVerb = false } else { return nil }
        }
        func isPlural(_ word: Int) -> Bool { ["NNS", "NNPS"].contains(words[word].xpos) }
        return isPlural(noun) == singularVerb && isPlural(before) != singularVerb ? before : nil
    }

    public func modal(of index: Int) -> String? {
        let modals: Set<String> = ["may", "might", "could", "would", "should", "can"]
        let modal = dependents(of: index, "aux").map { words[$0].lemma.lowercased() }.first { modals.contains($0) }
        // "X said it would pay $2.5 billion": in speech reported in the past, "would" is the
        // reported "will", a plain statement of what was agreed, not a maybe.
        if modal == "would", baseRelation(index) == "ccomp", let head = words[index].head,
           reportingVerbs.contains(words[head].lemma.lowercased()), words[head].xpos == "VBD" {
            return nil
        }
        return modal
    }

    private var reportingVerbs: Set<String> { ["say", "announce", "tell", "confirm", "state", "disclose", "report", "add"] }

    /// Every word in the subtree of `index`, in order.
    public func subtree(of index: Int) -> [Int] {
        // 1 inside, 2 outside, 0 not known yet; each word is settled once.
        var state = [UInt8](repeating: 0, count: words.count)
        state[index] = 1
        for start in words.indices where state[start] == 0 {
            var path: [Int] = []
            var current: Int? = start
            var verdict: UInt8 = 2
            while let word = current {
                if state[word] != 0 { verdict = state[word]; break }
                path.append(word)
                current = words[word].head
            }
            for word in path { state[word] = verdict }
        }
        return words.indices.filter { state[$0] == 1 }
    }

    /// The bytes of the phrase headed by `index` without its own determiner,
    /// preposition or punctuation and without clauses and appositions attached
    /// to it: "the Northern Tungsten project, which…" → "Northern Tungsten project";
    /// "a 40% stake in the venture" → "40% stake in the venture".
    public func phraseRange(of index: Int) -> ByteRange {
        let leftOut: Set<Substring> = ["acl", "appos", "punct", "parataxis", "advcl", "dep", "conj", "cc"]
        let leftOutAtTop = leftOut.union(["case", "det", "mark"])
        var kept: [Int] = [index]
        var frontier = [index]
        while let word = frontier.popLast() {
            for child in dependents(of: word) where !(word == index ? leftOutAtTop : leftOut).contains(baseRelation(child)) {
                kept.append(child)
                frontier.append(child)
            }
        }
        let ordered = kept.sorted()
        return ByteRange(words[ordered.first!].range.start, words[ordered.last!].range.end)
    }
}

/// Things a party receives or holds that act on nothing themselves: the one given them does.
private let thingsGiven: Set<String> = ["warrant", "option", "right", "share", "stock", "note", "money", "fund", "loan",
                                        "grant", "permit", "licence", "license", "approval", "mandate", "stake"]

