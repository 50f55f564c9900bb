import BriefingModel

/// Scores against a treebank, as the CoNLL 2018 shared task counts them on the
/// treebank's own words: every word (punctuation too), lemmas compared without
/// case, relations without their subtypes for LAS.
public struct SyntaxScores: Sendable {
    public var words = 0
    public var upos = 0.0
    public var xpos = 0.0
    public var lemma = 0.0
    public var uas = 0.0
    public var las = 0.0
    /// LAS with subtypes compared too (`nsubj:pass` ≠ `nsubj`).
    public var lasWithSubtypes = 0.0
}

/// Fills each word of `sentences` with the model's lemma, tags, head and relation.
public func annotate(_ sentences: [TreebankSentence], with model: SyntaxModel) -> [TreebankSentence] {
    sentences.map { sentence in
        var annotated = sentence
        let analysis = model.analyze(sentence.words.map(\.form))
        for i in annotated.words.indices {
            let tag = model.tags[analysis.tags[i]].split(separator: "/", maxSplits: 1)
            annotated.words[i].lemma = analysis.lemmas[i]
            annotated.words[i].upos = String(tag[0])
            annotated.words[i].xpos = tag.count > 1 ? String(tag[1]) : "_"
            annotated.words[i].feats = "_"
            annotated.words[i].head = analysis.heads[i] == sentence.words.count ? 0 : analysis.heads[i] + 1
            annotated.words[i].relation = model.relations[analysis.labels[i]]
            annotated.words[i].deps = "_"
        }
        return annotated
    }
}

/// Compares predicted sentences with gold ones, word by word.
public func score(predicted: [TreebankSentence], gold: [TreebankSentence]) -> SyntaxScores {
    var counts = (words: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, full: 0)
    for (guess, truth) in zip(predicted, gold) {
        for (p, g) in zip(guess.words, truth.words) {
            counts.words += 1
            if p.upos == g.upos { counts.upos += 1 }
            if p.xpos == g.xpos { counts.xpos += 1 }
            if p.lemma.lowercased() == g.lemma.lowercased() { counts.lemma += 1 }
            if p.head == g.head {
                counts.uas += 1
                if baseRelation(p.relation) == baseRelation(g.relation) { counts.las += 1 }
                if p.relation == g.relation { counts.full += 1 }
            }
        }
    }
    let total = Double(max(1, counts.words))
    return SyntaxScores(words: counts.words, upos: Double(counts.upos) / total, xpos: Double(counts.xpos) / total,
                        lemma: Double(counts.lemma) / total, uas: Double(counts.uas) / total, las: Double(counts.las) / total,
                        lasWithSubtypes: Double(counts.full) / total)
}

func baseRelation(_ relation: String) -> Substring { relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation) }

/// Word segmentation on raw text: the word splitter runs on each sentence's
/// `# text` and its words are compared with the treebank's by byte span.
public func segmentationScore(_ sentences: [TreebankSentence]) -> (precision: Double, recall: Double, f1: Double) {
    var goldCount = 0, predictedCount = 0, matched = 0
    for sentence in sentences {
        guard let text = sentence.text else { continue }
        let bytes = Array(text.utf8)
        let gold = goldSpans(sentence, bytes)
        let predicted = Set(treebankWords(bytes, ByteRange(0, bytes.count)).map { [$0.range.start, $0.range.end] })
        goldCount += gold.count
        predictedCount += predicted.count
        matched += Set(gold).intersection(predicted).count
    }
    let precision = Double(matched) / Double(max(1, predictedCount))
    let recall = Double(matched) / Double(max(1, goldCount))
    return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
}

/// Where each gold word is in the sentence's text. The words of a multiword
/// token ("don't" → do n't) share its span out when they spell it, and all
/// get the whole span otherwise (so they can only count as one match).
private func goldSpans(_ sentence: TreebankSentence, _ text: [UInt8]) -> [[Int]] {
    var spans: [[Int]] = []
    var position = 0
    var wordIndex = 0
    func locate(_ form: String) -> (Int, Int) {
        let bytes = Array(form.utf8)
        while position < text.count, text[position] == 0x20 || text[position] == 0x09 { position += 1 }
        var start = position
        if !(start + bytes.count <= text.count && Array(text[start..<(start + bytes.count)]) == bytes) {
            // Not where expected (the treebank normalised something): search ahead.
            var probe = position
            while probe + bytes.count <= text.count, Array(text[probe..<(probe + bytes.count)]) != bytes { probe += 1 }
            if probe + bytes.count <= text.count { start = probe }
        }
        let end = min(text.count, start + bytes.count)
        position = end
        return (start, end)
    }
    let words = sentence.words
    while wordIndex < words.count {
        let id = words[wordIndex].id
        if let token = sentence.multiwordLines.first(where: { $0.firstWord == id }) {
            let form = String(token.line.split(separator: "\t")[1])
            let (start, end) = locate(form)
            let parts = words[wordIndex...].prefix { $0.id <= token.lastWord }
            if parts.map(\.form).joined() == form {
                var cursor = start
                for part in parts { spans.append([cursor, cursor + part.form.utf8.count]); cursor += part.form.utf8.count }
            } else {
                for _ in parts { spans.append([start, end]) }
            }
            wordIndex += parts.count
        } else {
            let (start, end) = locate(words[wordIndex].form)
            spans.append([start, end])
            wordIndex += 1
        }
    }
    return spans
}

/// Sentences whose words the splitter gets wrong, gold and ours side by side
/// (for `briefing-train --evaluate --show-errors`).
public func segmentationDifferences(_ sentences: [TreebankSentence]) -> [String] {
    var lines: [String] = []
    for sentence in sentences {
        guard let text = sentence.text else { continue }
        let bytes = Array(text.utf8)
        let gold = goldSpans(sentence, bytes)
        let ours = treebankWords(bytes, ByteRange(0, bytes.count)).map { [$0.range.start, $0.range.end] }
        guard Set(gold) != Set(ours) else { continue }
        func show(_ spans: [[Int]]) -> String {
            spans.filter { !Set(gold).intersection(Set(ours)).contains($0) }
                .map { String(decoding: bytes[$0[0]..<$0[1]], as: UTF8.self) }.joined(separator: " | ")
        }
        lines.append("gold: \(show(gold))    ours: \(show(ours))    in: \(text.prefix(100))")
    }
    return lines
}
