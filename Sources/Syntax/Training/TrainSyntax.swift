/// How to train. Everything that changes the model's bytes is here and is
/// written into the model's header.
public struct TrainingSettings: Sendable {
    public var taggerEpochs = 12
    public var parserEpochs = 15
    /// The parser trains on tags predicted by taggers that did not see the
    /// sentence (k-fold jackknifing), as it will meet them; 0 trains on gold tags.
    public var jackknifeFolds = 5
    /// After the first parser epoch, how often training follows the model's own
    /// choice rather than the oracle's (dynamic-oracle exploration).
    public var exploration = 0.9
    public var seed: UInt64 = 2026
    /// After training, weights below these (in the file's 16-bit units, the
    /// largest being 32000) are dropped, to keep the file small (0: keep all).
    public var taggerMinimumWeight: Int16 = 150
    public var parserMinimumWeight: Int16 = 540
    /// How many times our own deal-news sentences are added to the training data
    /// (recorded by the trainer in the header's `treebank` field).
    public var supplementRepeats = 3
    /// Stop after the tagger (for trying tagger features quickly); the parser is then untrained.
    public var taggerOnly = false
    /// Weights below this fraction of the largest are dropped from the model file.
    public var taggerPrune: Float = 0.002
    public var parserPrune: Float = 0.002
    public init() {}

    var description: String {
        "tagger_epochs=\(taggerEpochs) parser_epochs=\(parserEpochs) jackknife_folds=\(jackknifeFolds) exploration=\(exploration) seed=\(seed) tagger_prune=\(taggerPrune) parser_prune=\(parserPrune)"
    }
}

/// A sentence of the treebank as training sees it.
struct TrainingSentence {
    var forms: [String]
    var tags: [Int]
    /// 0-based heads, the root as `forms.count`.
    var heads: [Int]
    var labels: [Int]
    var upos: [String]
    var lemmas: [String]
}

/// Trains the tagger, the parser and the lemmatizer on `train`, choosing the
/// number of epochs of each by its score on `dev`. `progress` hears a line per epoch.
public func trainSyntaxModel(train: [TreebankSentence], dev: [TreebankSentence], settings: TrainingSettings,
                             treebank: String, progress: (String) -> Void = { _ in }) throws -> SyntaxModel {
    // Tag and relation inventories, sorted so the model's bytes never depend on order of discovery.
    let tags = Array(Set(train.flatMap { $0.words.map { $0.upos + "/" + $0.xpos } })).sorted()
    var relations = Array(Set(train.flatMap { $0.words.map(\.relation) })).sorted()
    if !relations.contains("root") { relations.append("root") }
    let tagIndex = Dictionary(uniqueKeysWithValues: tags.enumerated().map { ($1, $0) })
    let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
    func convert(_ sentence: TreebankSentence) -> TrainingSentence {
        let count = sentence.words.count
        return TrainingSentence(
            forms: sentence.words.map(\.form),
            tags: sentence.words.map { tagIndex[$0.upos + "/" + $0.xpos] ?? 0 },
            heads: sentence.words.map { $0.head == 0 ? count : $0.head - 1 },
            labels: sentence.words.map { relationIndex[$0.relation] ?? relationIndex["dep"] ?? 0 },
            upos: sentence.words.map(\.upos), lemmas: sentence.words.map(\.lemma))
    }
    let trainSentences = train.map(convert)
    let devSentences = dev.map(convert)
    let taggerTemplates = try TaggerTemplates(Syntax.taggerTemplates)
    let parserTemplates = try ParserTemplates(Syntax.parserTemplates)

    // 1. The tagger, on all of train; its best epoch on dev also sets the folds' epochs.
    let tagger = trainTagger(trainSentences, dev: devSentences, classCount: tags.count, templates: taggerTemplates,
                             epochs: settings.taggerEpochs, seed: settings.seed, prune: settings.taggerPrune) {
        progress("tagger \($0)")
    }

    if settings.taggerOnly {
        var correct = 0, total = 0
        for sentence in devSentences {
            let predicted = predictTags(tagger.model, taggerTemplates, sentence.forms)
            correct += zip(predicted, sentence.upos).filter { tags[$0].hasPrefix($1 + "/") }.count
            total += predicted.count
        }
        progress("dev UPOS \(percent(correct, total)), \(tagger.model.featureCount) features, \(tagger.model.entryCount) weights")
        throw TemplateError(template: "-", message: "stopped after the tagger (--tagger-only)")
    }

    // 2. Tags the parser trains on: each fold tagged by a tagger trained on the other folds.
    var parserTrain = trainSentences
    if settings.jackknifeFolds > 1 {
        for fold in 0..<settings.jackknifeFolds {
            let held = trainSentences.indices.filter { $0 % settings.jackknifeFolds == fold }
            let rest = trainSentences.indices.filter { $0 % settings.jackknifeFolds != fold }.map { trainSentences[$0] }
            let foldTagger = trainTagger(rest, dev: [], classCount: tags.count, templates: taggerTemplates,
                                         epochs: tagger.bestEpoch, seed: settings.seed &+ UInt64(fold + 1), prune: settings.taggerPrune) { _ in }
            for index in held {
                parserTrain[index].tags = predictTags(foldTagger.model, taggerTemplates, trainSentences[index].forms)
            }
            progress("jackknife fold \(fold + 1)/\(settings.jackknifeFolds) tagged")
        }
    }
    var parserDev = devSentences
    for index in parserDev.indices { parserDev[index].tags = predictTags(tagger.model, taggerTemplates, devSentences[index].forms) }

    // 3. The parser.
    let rootRelation = relationIndex["root"]!
    let parser = trainParser(parserTrain, dev: parserDev, relationCount: relations.count, rootRelation: rootRelation,
                             uposIDs: uposIDs(tags), templates: parserTemplates, settings: settings) { progress("parser \($0)") }

    // 4. The lemmatizer, from train's gold words.
    let lemmatizer = trainLemmatizer(train)

    let header = ModelHeader(fields: [
        ("model", "briefing syntax: UPOS/Penn tagger, lemmatizer, arc-hybrid dependency parser"),
        ("treebank", treebank),
        ("license", "CC BY-SA 4.0 (trained on UD English EWT; see assets/models/README.md)"),
        ("feature_set", String(featureSetID, radix: 16)),
        ("settings", settings.description),
        ("tagger_best_epoch", String(tagger.bestEpoch)),
        ("parser_best_epoch", String(parser.bestEpoch)),
        ("train_sentences", String(train.count)),
        ("tags", tags.joined(separator: " ")),
        ("relations", relations.joined(separator: " ")),
    ])
    let model = try SyntaxModel(header: header, tagger: tagger.model, parser: parser.model, lemmatizer: lemmatizer, file: "(trained model)")
    guard settings.taggerMinimumWeight > 0 || settings.parserMinimumWeight > 0 else { return model }
    return try model.pruned(tagger: settings.taggerMinimumWeight, parser: settings.parserMinimumWeight)
}

/// The UPOS part of each tag as a small integer, in sorted UPOS order.
func uposIDs(_ tags: [String]) -> [Int] {
    let upos = tags.map { String($0.split(separator: "/", maxSplits: 1)[0]) }
    let distinct = Array(Set(upos)).sorted()
    return upos.map { distinct.firstIndex(of: $0)! }
}

/// Fisher–Yates with our own generator, so the order is the same on every toolchain.
func shuffled(_ count: Int, _ generator: inout SeededGenerator) -> [Int] {
    var order = Array(0..<count)
    if count < 2 { return order }
    for i in stride(from: count - 1, to: 0, by: -1) {
        let j = Int(generator.next() % UInt64(i + 1))
        order.swapAt(i, j)
    }
    return order
}

/// Trains the tagger for up to `epochs` epochs; with a dev set, keeps the epoch that tags it best.
func trainTagger(_ sentences: [TrainingSentence], dev: [TrainingSentence], classCount: Int, templates: TaggerTemplates,
                 epochs: Int, seed: UInt64, prune: Float, progress: (String) -> Void) -> (model: LinearModel, bestEpoch: Int) {
    let perceptron = AveragedPerceptron(classCount: classCount)
    var generator = SeededGenerator(seed: seed)
    let attributes = sentences.map { $0.forms.map { WordAttributes($0) } }
    var keys: [UInt32] = []
    var scores = [Float](repeating: 0, count: classCount)
    var best: (model: LinearModel, bestEpoch: Int, accuracy: Double)?
    for epoch in 1...max(1, epochs) {
        var correct = 0, total = 0
        for index in shuffled(sentences.count, &generator) {
            let sentence = sentences[index]
            var predicted: [Int] = []
            for position in sentence.forms.indices {
                templates.features(at: position, words: attributes[index], tags: predicted, into: &keys)
                perceptron.score(keys, into: &scores)
                var guess = 0
                for c in 1..<classCount where scores[c] > scores[guess] { guess = c }
                perceptron.update(keys, truth: sentence.tags[position], guess: guess)
                perceptron.tick()
                if guess == sentence.tags[position] { correct += 1 }
                total += 1
                predicted.append(guess)  // the tagger learns from its own mistakes, as at run time
            }
        }
        guard !dev.isEmpty else {
            if epoch == epochs { best = (perceptron.compiled(pruneBelow: prune), epoch, 0) }
            continue
        }
        let model = perceptron.compiled(pruneBelow: prune)
        var devCorrect = 0, devTotal = 0
        for sentence in dev {
            let tags = predictTags(model, templates, sentence.forms)
            devCorrect += zip(tags, sentence.tags).filter { $0 == $1 }.count
            devTotal += tags.count
        }
        let accuracy = Double(devCorrect) / Double(max(1, devTotal))
        progress("epoch \(epoch): train \(percent(correct, total)), dev tag accuracy \(String(format: "%.4f", accuracy)), \(model.featureCount) features")
        if best == nil || accuracy > best!.accuracy { best = (model, epoch, accuracy) }
    }
    return (best!.model, best!.bestEpoch)
}

func percent(_ part: Int, _ whole: Int) -> String { String(format: "%.4f", Double(part) / Double(max(1, whole))) }

/// A model with its lemmatizer learned again from `train` (tagger and parser
/// unchanged): for trying lemma rules without retraining everything. The
/// result is what full training would give with the same tagger and parser.
public func relearnLemmatizer(_ model: SyntaxModel, train: [TreebankSentence]) throws -> SyntaxModel {
    try SyntaxModel(header: model.header, tagger: model.tagger, parser: model.parser, lemmatizer: trainLemmatizer(train), file: "(relearned)")
}
