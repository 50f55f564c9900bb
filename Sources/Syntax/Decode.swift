/// Greedy decoding with compiled models: the tagger left to right, the parser
/// one best valid move at a time. Training scores its dev sets with these too.

/// The tag id of each word, each choice seeing the tags chosen before it.
/// `adjust` may replace each choice (given the word's index, the tags before it and the
/// choice) before the next word sees it.
func predictTags(_ model: LinearModel, _ templates: TaggerTemplates, _ forms: [String],
                 adjust: ((Int, [Int], Int) -> Int)? = nil) -> [Int] {
    let attributes = forms.map { WordAttributes($0) }
    var tags: [Int] = []
    var keys: [UInt32] = []
    var scores = [Int32](repeating: 0, count: model.classCount)
    for index in forms.indices {
        templates.features(at: index, words: attributes, tags: tags, into: &keys)
        for i in scores.indices { scores[i] = 0 }
        keys.withUnsafeBufferPointer { keys in scores.withUnsafeMutableBufferPointer { model.addScores(keys, into: $0) } }
        var best = 0
        for i in 1..<scores.count where scores[i] > scores[best] { best = i }
        tags.append(adjust.map { $0(index, tags, best) } ?? best)
    }
    return tags
}

/// The parser's tree for tagged words: heads (the root as `count`) and relation ids.
func greedyParse(_ model: LinearModel, _ templates: ParserTemplates, _ words: ParserWords, rootRelation: Int) -> (heads: [Int], labels: [Int]) {
    let count = words.lower.count
    var state = ParseState(count: count)
    var keys: [UInt32] = []
    var scores = [Int32](repeating: 0, count: model.classCount)
    while !state.isTerminal {
        templates.features(state, words, into: &keys)
        for i in scores.indices { scores[i] = 0 }
        keys.withUnsafeBufferPointer { keys in scores.withUnsafeMutableBufferPointer { model.addScores(keys, into: $0) } }
        var best = -1
        for move in scores.indices where state.isValid(move, rootLabel: rootRelation) {
            if best < 0 || scores[move] > scores[best] { best = move }
        }
        state.apply(best)
    }
    return (Array(state.heads.prefix(count)), Array(state.labels.prefix(count)))
}

