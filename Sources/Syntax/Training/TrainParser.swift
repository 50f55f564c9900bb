/// Trains the parser with the dynamic oracle: at each state every valid move
/// gets its cost (gold arcs it makes unreachable); when the model's best move
/// costs more than the cheapest, the weights move from it towards the best
/// cheapest move. From the second epoch on, training mostly follows the
/// model's own move (`exploration`), so it learns to recover from its
/// mistakes. Non-projective trees (about 2% of EWT train) are skipped: the
/// arc-hybrid system cannot build them and its oracle is only exact for the others.
func trainParser(_ sentences: [TrainingSentence], dev: [TrainingSentence], relationCount: Int, rootRelation: Int, uposIDs: [Int],
                 templates: ParserTemplates, settings: TrainingSettings, progress: (String) -> Void) -> (model: LinearModel, bestEpoch: Int) {
    let moveCount = Move.count(labels: relationCount)
    let perceptron = AveragedPerceptron(classCount: moveCount)
    var generator = SeededGenerator(seed: settings.seed &+ 0x9A45)
    let usable = sentences.filter { isProjective($0.heads) }
    progress("\(usable.count) of \(sentences.count) training trees are projective and used")
    let words = usable.map { parserWords($0, uposIDs) }
    var keys: [UInt32] = []
    var scores = [Float](repeating: 0, count: moveCount)
    var best: (model: LinearModel, epoch: Int, las: Double)?
    for epoch in 1...max(1, settings.parserEpochs) {
        var mistakes = 0, decisions = 0
        for index in shuffled(usable.count, &generator) {
            let sentence = usable[index]
            var state = ParseState(count: sentence.forms.count)
            while !state.isTerminal {
                templates.features(state, words[index], into: &keys)
                perceptron.score(keys, into: &scores)
                let arcCosts = state.arcCosts(goldHeads: sentence.heads)
                var guess = -1, cheapest = -1
                var guessCost = 0, cheapestCost = Int.max
                for move in 0..<moveCount where state.isValid(move, rootLabel: rootRelation) {
                    let cost = state.cost(move, arcCosts: arcCosts, goldHeads: sentence.heads, goldLabels: sentence.labels)
                    if guess < 0 || scores[move] > scores[guess] { guess = move; guessCost = cost }
                    if cost < cheapestCost || (cost == cheapestCost && scores[move] > scores[cheapest]) { cheapest = move; cheapestCost = cost }
                }
                if guessCost > cheapestCost {
                    perceptron.update(keys, truth: cheapest, guess: guess)
                    mistakes += 1
                }
                perceptron.tick()
                decisions += 1
                let explore = epoch > 1 && generator.unit() < settings.exploration
                state.apply(explore ? guess : cheapest)
            }
        }
        let model = perceptron.compiled(pruneBelow: settings.parserPrune)
        guard !dev.isEmpty else {
            if epoch == settings.parserEpochs { best = (model, epoch, 0) }
            continue
        }
        var attached = 0, labelled = 0, total = 0
        for sentence in dev {
            let tree = greedyParse(model, templates, parserWords(sentence, uposIDs), rootRelation: rootRelation)
            for i in sentence.forms.indices where tree.heads[i] == sentence.heads[i] {
                attached += 1
                if tree.labels[i] == sentence.labels[i] { labelled += 1 }
            }
            total += sentence.forms.count
        }
        let las = Double(labelled) / Double(max(1, total))
        progress("epoch \(epoch): \(percent(mistakes, decisions)) of moves corrected, dev UAS \(percent(attached, total)) LAS (with subtypes) \(String(format: "%.4f", las)), \(model.featureCount) features, \(model.entryCount) weights, \(perceptron.rowCount) rows")
        if best == nil || las > best!.las { best = (model, epoch, las) }
    }
    return (best!.model, best!.epoch)
}

func parserWords(_ sentence: TrainingSentence, _ uposIDs: [Int]) -> ParserWords {
    ParserWords(lower: sentence.forms.map { hashString($0.lowercased()) }, tag: sentence.tags, upos: sentence.tags.map { uposIDs[$0] })
}

/// Learns the lemmatizer from gold words: for every UPOS and word ending (up to
/// five letters) the change from form to lemma made by the most different
/// words (counting words, not occurrences, so one frequent word such as
/// "Sept." → September makes no rule), then a table of the words those rules
/// get wrong.
func trainLemmatizer(_ sentences: [TreebankSentence]) -> Lemmatizer {
    var changes: [String: [Lemmatizer.SuffixRule: Int]] = [:]
    var lemmaCounts: [String: [String: Int]] = [:]
    var seen: Set<String> = []
    for sentence in sentences {
        for word in sentence.words where word.lemma != "_" {
            let lower = word.form.lowercased(), lemma = word.lemma.lowercased()
            if seen.insert(lower + "\t" + word.upos + "\t" + lemma).inserted {
                let rule = Lemmatizer.rule(from: lower, to: lemma)
                let characters = Array(lower)
                for length in 0...min(Lemmatizer.longestSuffix, characters.count) {
                    changes[word.upos + "\t" + String(characters.suffix(length)), default: [:]][rule, default: 0] += 1
                }
            }
            // Proper nouns keep the lemma's capitals; other words' lemmas are lower case.
            let written = word.upos == "PROPN" ? word.lemma : lemma
            lemmaCounts[lower + "\t" + word.upos + "/" + word.xpos, default: [:]][written, default: 0] += 1
        }
    }
    // A rule for an ending is kept when two words or more have that ending, or for the bare tag.
    var rules: [String: Lemmatizer.SuffixRule] = [:]
    for (key, counts) in changes {
        let total = counts.values.reduce(0, +)
        let isBare = key.hasSuffix("\t")
        guard isBare || total >= 2 else { continue }
        let top = counts.max { a, b in a.value != b.value ? a.value < b.value : (a.key.strip, a.key.append) > (b.key.strip, b.key.append) }!
        rules[key] = top.key
    }
    let lemmatizerWithAll = Lemmatizer(exceptions: [:], rules: rules)
    var exceptions: [String: String] = [:]
    for (key, counts) in lemmaCounts {
        let lemma = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
        let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
        let upos = String(parts[1].split(separator: "/", maxSplits: 1)[0])
        if lemmatizerWithAll.ruleLemma(String(parts[0]), upos: upos) != lemma.lowercased() { exceptions[key] = lemma }
    }
    return Lemmatizer(exceptions: exceptions, rules: rules)
}
