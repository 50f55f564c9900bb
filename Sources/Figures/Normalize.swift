import BriefingModel

/// Stage 2: finds every figure in the title, headings and body of each
/// source. Datelines, bylines and captions are the page's metadata, not
/// reporting, so they are left out.
public func normalizeFigures(_ corpus: Corpus) -> FiguredCorpus {
    let recognizer = FigureRecognizer()
    var figures: [Figure] = []
    for source in corpus.sources {
        for paragraph in source.paragraphs where [.title, .heading, .body].contains(paragraph.role) {
            for found in recognizer.recognize(source.text, in: paragraph.range) {
                // Binary search: a long article has thousands of sentences.
                let sentence = source.sentence(containing: found.range.start).flatMap { $0.range.contains(found.range) ? $0 : nil }
                figures.append(Figure(
                    id: "F\(figures.count + 1)", sourceID: source.id, range: found.range,
                    text: source.string(found.range), kind: found.kind, value: found.value,
                    unit: found.unit, currency: found.currency, qualifier: found.qualifier,
                    qualifierText: found.qualifierRange.map(source.string),
                    low: found.low, high: found.high, isoDate: found.isoDate, sentenceID: sentence?.id))
            }
        }
    }
    return FiguredCorpus(corpus: corpus, figures: figures)
}
