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
            joinNameBeforePossessor(possessor, marker: marker, tags: tags, heads: &heads, labels: &labels)
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

    /// "will become MP Materials' largest shareholder" parsed with "MP" as the verb's object:
    /// the names written right before a possessor are the possessor's name ("MP" its compound);
    /// what the parse hung on them takes their place ("shareholder" becomes the object).
    private func joinNameBeforePossessor(_ possessor: Int, marker: Int, tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let compound = relations.firstIndex(of: "compound"), tagUPOS[tags[possessor]] == "PROPN" else { return }
        let count = heads.count
        var first = possessor
        while first > 0, tagUPOS[tags[first - 1]] == "PROPN" { first -= 1 }
        let name = first...possessor
        for word in first..<possessor where !name.contains(heads[word]) && heads[word] <= count {
            let (oldHead, oldLabel) = (heads[word], labels[word])
            // The phrase after the marker that hung on the word takes its place.
            let moved = heads.indices.filter { heads[$0] == word && !name.contains($0) && $0 > marker }
            for dependent in moved {
                heads[dependent] = oldHead
                labels[dependent] = oldLabel
            }
            // (Not into a cycle: the possessor must not still hang below the word.)
            if isInside(possessor, under: word, heads) {
                for dependent in moved { heads[dependent] = word }
                continue
            }
            heads[word] = possessor
            labels[word] = compound
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
    func isInside(_ word: Int, under ancestor: Int, _ heads: [Int]) -> Bool {
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

/// Words that make a noun a bare time phrase ("last year", "this week").
private let timeModifiers: Set<String> = ["last", "this", "next", "earlier", "later", "each", "every"]
private let timeNouns: Set<String> = [
    "year", "month", "week", "quarter", "day", "spring", "summer", "autumn", "fall", "winter", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]

extension SyntaxModel {
    /// "Ottawa lent Acme Minerals $250 million": a verb with a noun phrase and then an amount
    /// after it has two objects, the first the indirect one (who is given), the amount the
    /// direct one. A noun takes no object, so an amount the parser hung as the noun's object,
    /// as the verb's second object, or on a word after it ("$250 million last year" read as
    /// a compound of "year") is the verb's object and the noun its `iobj`.
    func repairDoubleObjects(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let obj = relations.firstIndex(of: "obj"), let iobj = relations.firstIndex(of: "iobj") else { return }
        let count = heads.count
        for amount in heads.indices where amount > 0 && heads[amount] < count
            && ((labels[amount] == obj && tagUPOS[tags[amount]] == "NUM") || forms[amount] == "$") {
            // The noun phrase right before the amount, and its head.
            var noun = amount - 1
            while heads[noun] < count, heads[noun] > noun, heads[noun] < amount { noun = heads[noun] }
            guard ["NOUN", "PROPN"].contains(tagUPOS[tags[noun]]), labels[noun] == obj, heads[noun] < count,
                  tagUPOS[tags[heads[noun]]] == "VERB",
                  heads[amount] == noun || (heads[amount] == heads[noun] && labels[amount] == obj) || heads[amount] > amount,
                  !isInside(heads[noun], under: amount, heads) else { continue }
            let verb = heads[noun]
            // (Only right after the phrase: nothing of another phrase between.)
            guard ((noun + 1)..<amount).allSatisfy({ isInside($0, under: noun, heads) }) else { continue }
            heads[amount] = verb
            labels[amount] = obj
            labels[noun] = iobj
        }
    }
}

extension SyntaxModel {
    /// "is considering providing up to $200 million": a verb with no object, then "up to" and an
    /// amount of money, takes that amount as its object, "up to" being the amount's bound ("up"
    /// its `advmod`, "to" `fixed` on it). The treebank writes "up to" several ways, so the parser
    /// may hang the amount on another clause. (Only money: "ramp up to 20,000 tonnes" is a
    /// particle verb reaching a level.)
    func repairUpToBounds(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let obj = relations.firstIndex(of: "obj"), let advmod = relations.firstIndex(of: "advmod"),
              let fixed = relations.firstIndex(of: "fixed") else { return }
        let count = forms.count
        for up in forms.indices where up >= 1 && up + 2 < count && forms[up].lowercased() == "up" && forms[up + 1].lowercased() == "to" {
            let verb = up - 1, amount = up + 2
            guard tagUPOS[tags[verb]] == "VERB", forms[amount] == "$" || tagUPOS[tags[amount]] == "SYM",
                  heads[amount] != verb, !heads.indices.contains(where: { heads[$0] == verb && labels[$0] == obj }),
                  !isInside(verb, under: amount, heads) else { continue }
            heads[amount] = verb
            labels[amount] = obj
            heads[up] = amount
            labels[up] = advmod
            heads[up + 1] = up
            labels[up + 1] = fixed
        }
    }
}

extension SyntaxModel {
    /// "may raise its share of the mine to 25% under an option agreed last year", parsed with
    /// "25%" as an unmarked oblique of "agreed": a phrase with its own preposition is no
    /// unmarked oblique. When the parse hung it on a word after it, it belongs to the nearest
    /// verb before it (a phrase follows the verb it completes); else it only loses the subtype.
    func repairMarkedUnmarkedPhrases(tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let obl = relations.firstIndex(of: "obl"), let caseLabel = relations.firstIndex(of: "case") else { return }
        let unmarked = Set(["obl:unmarked", "obl:npmod", "obl:tmod"].compactMap { relations.firstIndex(of: $0) })
        let count = heads.count
        for word in heads.indices where unmarked.contains(labels[word]) {
            // (On the phrase's head or, as the parse may hang it, on a number before it: "to 25 %".)
            let hasPreposition = heads.indices.contains { marker in
                marker < word && labels[marker] == caseLabel && tagUPOS[tags[marker]] == "ADP"
                    && (heads[marker] == word || (heads[marker] < word && heads[heads[marker]] == word))
            }
            guard hasPreposition else { continue }
            labels[word] = obl
            guard heads[word] < count, heads[word] > word,
                  let verb = (0..<word).reversed().first(where: { tagUPOS[tags[$0]] == "VERB" }), !isInside(verb, under: word, heads) else { continue }
            heads[word] = verb
        }
    }
}

extension SyntaxModel {
    /// "agreed to a $700 million conditional loan commitment", parsed with the noun as a modifier
    /// of the amount: an amount written before a noun phrase with no preposition between sizes
    /// that noun (its `compound`, as in "a $700 million loan"); the noun heads the phrase, and
    /// the article and preposition before the amount are the noun's.
    func repairAmountBeforeNoun(_ forms: [String], tags: [Int], heads: inout [Int], labels: inout [Int]) {
        guard let nmod = relations.firstIndex(of: "nmod"), let compound = relations.firstIndex(of: "compound"),
              let det = relations.firstIndex(of: "det"), let caseLabel = relations.firstIndex(of: "case") else { return }
        let count = heads.count
        for amount in heads.indices where forms[amount] == "$" && heads[amount] < count {
            // The amount's numbers, then modifiers, then the noun hung on the amount.
            var cursor = amount + 1
            while cursor < count, tagUPOS[tags[cursor]] == "NUM", heads[cursor] == amount || heads[heads[cursor]] == amount { cursor += 1 }
            guard cursor > amount + 1,
                  let noun = (cursor..<min(count, cursor + 4)).first(where: { heads[$0] == amount && labels[$0] == nmod }),
                  tagUPOS[tags[noun]] == "NOUN", (cursor..<noun).allSatisfy({ ["ADJ", "NOUN"].contains(tagUPOS[tags[$0]]) && heads[$0] == noun }),
                  !heads.indices.contains(where: { heads[$0] == noun && labels[$0] == caseLabel }) else { continue }
            heads[noun] = heads[amount]
            labels[noun] = labels[amount]
            for word in heads.indices where word < amount && heads[word] == amount && (labels[word] == det || labels[word] == caseLabel) {
                heads[word] = noun
            }
            heads[amount] = noun
            labels[amount] = compound
        }
    }
}
