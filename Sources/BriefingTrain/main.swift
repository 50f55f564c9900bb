import Foundation
import Syntax

/// `briefing-train`: trains the Syntax stage's model on UD English EWT and
/// writes it atomically. Same treebank and settings, same bytes.
let usage = """
usage: briefing-train [--treebank DIR] [--out FILE] [--limit N] [--tagger-epochs N] [--parser-epochs N]
                      [--folds N] [--seed N] [--prune X]
  --treebank DIR   folder with en_ewt-ud-{train,dev,test}.conllu (default ../shared/treebank/ud-english-ewt)
  --out FILE       where the model goes (default assets/models/syntax-en-ewt.bin)
  --limit N        train on the first N training sentences only (for quick tries)
  --supplement FILE our own annotated deal-news sentences, added to train (default
                   assets/models/deal-sentences.conllu; --no-supplement for EWT alone)
  --supplement-repeats N  how many times they are added (default 3)
  --folds N        jackknife folds for the parser's training tags (0: gold tags)
  --min-weight T,P after training, drop tagger/parser weights below T/P (of 32000); keeps the file small
  --reprune T,P    train nothing: prune the model at --out the same way, in place
  --relearn-lemmas train only the lemmatizer again, into the model at --out
  --evaluate       train nothing: score the model at --out on dev and test (and word segmentation)
"""

var settings = TrainingSettings()
var treebank = "../shared/treebank/ud-english-ewt"
var output = "assets/models/" + SyntaxModel.defaultFileName
var limit: Int?
var supplement: String? = "assets/models/deal-sentences.conllu"
var evaluateOnly = false
var showErrors = false
var relearnLemmas = false
var reprune: (tagger: Int16, parser: Int16)?
var arguments = CommandLine.arguments.dropFirst()
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("briefing-train: error: \(message)\n".utf8))
    exit(2)
}
while let argument = arguments.popFirst() {
    func value() -> String {
        guard let next = arguments.popFirst() else { fail("\(argument) needs a value\n\(usage)") }
        return next
    }
    func number() -> Int {
        let text = value()
        guard let parsed = Int(text), parsed >= 0 else { fail("\(argument) needs a whole number, not '\(text)'") }
        return parsed
    }
    switch argument {
    case "--treebank": treebank = value()
    case "--out": output = value()
    case "--limit": limit = number()
    case "--supplement": supplement = value()
    case "--no-supplement": supplement = nil
    case "--supplement-repeats": settings.supplementRepeats = number()
    case "--tagger-epochs": settings.taggerEpochs = number()
    case "--parser-epochs": settings.parserEpochs = number()
    case "--folds": settings.jackknifeFolds = number()
    case "--seed": settings.seed = UInt64(number())
    case "--prune":
        guard let parsed = Float(value()) else { fail("--prune needs a number") }
        settings.taggerPrune = parsed
        settings.parserPrune = parsed
    case "--evaluate": evaluateOnly = true
    case "--show-errors": showErrors = true
    case "--tagger-only": settings.taggerOnly = true
    case "--relearn-lemmas": relearnLemmas = true
    case "--min-weight":
        // "T,P": drop tagger weights below T and parser weights below P (16-bit units).
        let parts = value().split(separator: ",").compactMap { Int16($0) }
        guard parts.count == 2 else { fail("--min-weight needs two numbers, T,P") }
        settings.taggerMinimumWeight = parts[0]
        settings.parserMinimumWeight = parts[1]
    case "--reprune":
        // Prune the model at --out as --min-weight would have, and write it back.
        let parts = value().split(separator: ",").compactMap { Int16($0) }
        guard parts.count == 2 else { fail("--reprune needs two numbers, T,P") }
        reprune = (parts[0], parts[1])
    case "-h", "--help": print(usage); exit(0)
    default: fail("unknown argument '\(argument)'\n\(usage)")
    }
}

func read(_ name: String, in treebank: String) -> [TreebankSentence] {
    let path = treebank + "/" + name
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        fail("\(path): cannot be read (is ../shared/treebank there?)")
    }
    do { return try readCoNLLU(text, file: path) } catch { fail("\(error)") }
}

if relearnLemmas {
    do {
        let model = try relearnLemmatizer(try SyntaxModel.load(path: output), train: read("en_ewt-ud-train.conllu", in: treebank))
        try Data(model.serialized()).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("relearned the lemmatizer of \(output)")
    } catch { fail("\(error)") }
    exit(0)
}
if let reprune {
    do {
        let model = try SyntaxModel.load(path: output).pruned(tagger: reprune.tagger, parser: reprune.parser)
        let bytes = model.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("pruned \(output): \(bytes.count) bytes, \(model.sizes)")
    } catch { fail("\(error)") }
    exit(0)
}
if evaluateOnly {
    let model: SyntaxModel
    do { model = try SyntaxModel.load(path: output) } catch { fail("\(error)") }
    print("\(output): \(model.sizes)")
    if showErrors {
        // Dev only: test is for reporting, never for tuning.
        let dev = read("en_ewt-ud-dev.conllu", in: treebank)
        for line in segmentationDifferences(dev) { print("words  " + line) }
        var lemmaErrors: [String: Int] = [:]
        for (guess, truth) in zip(annotate(dev, with: model), dev) {
            for (p, g) in zip(guess.words, truth.words) where p.lemma.lowercased() != g.lemma.lowercased() {
                lemmaErrors["\(g.form)\t\(g.upos)/\(p.upos)\t\(g.lemma)/\(p.lemma)", default: 0] += 1
            }
        }
        for (key, count) in lemmaErrors.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            print("lemma  \(count)\t\(key)")
        }
        exit(0)
    }
    for name in ["dev", "test"] {
        let gold = read("en_ewt-ud-\(name).conllu", in: treebank)
        let scores = score(predicted: annotate(gold, with: model), gold: gold)
        let segmentation = segmentationScore(gold)
        print(String(format: "%@: UPOS %.4f  XPOS %.4f  lemma %.4f  UAS %.4f  LAS %.4f  (LAS with subtypes %.4f)  words F1 %.4f (P %.4f R %.4f)",
                     name, scores.upos, scores.xpos, scores.lemma, scores.uas, scores.las, scores.lasWithSubtypes,
                     segmentation.f1, segmentation.precision, segmentation.recall))
    }
    exit(0)
}

let started = Date()
var train = read("en_ewt-ud-train.conllu", in: treebank)
if let limit { train = Array(train.prefix(limit)) }
var supplementNote = "none"
if let supplement {
    guard let data = FileManager.default.contents(atPath: supplement), let text = String(data: data, encoding: .utf8) else {
        fail("\(supplement): cannot be read (give --no-supplement to train on EWT alone)")
    }
    let sentences: [TreebankSentence]
    do { sentences = try readCoNLLU(text, file: supplement) } catch { fail("\(error)") }
    for _ in 0..<settings.supplementRepeats { train += sentences }
    supplementNote = "\((supplement as NSString).lastPathComponent), \(sentences.count) sentences × \(settings.supplementRepeats)"
    print("adding \(supplementNote) to train")
}
let dev = read("en_ewt-ud-dev.conllu", in: treebank)
let version = (try? String(contentsOfFile: treebank + "/README.md", encoding: .utf8))?
    .split(separator: "\n").first { $0.contains("Treebank v") }.map(String.init) ?? "UD English EWT"
print("training on \(train.count) sentences, choosing epochs on \(dev.count) dev sentences")
let model: SyntaxModel
do {
    model = try trainSyntaxModel(train: train, dev: dev, settings: settings, treebank: version + "; supplement: " + supplementNote) { line in
        FileHandle.standardOutput.write(Data((String(format: "[%6.1f s] ", Date().timeIntervalSince(started)) + line + "\n").utf8))
    }
} catch { fail("\(error)") }
let bytes = model.serialized()
// Written beside the target, then renamed over it: rename(2) replaces the old
// model in one step, so a failed or interrupted write never loses it.
let temporary = output + ".tmp-\(getpid())"
do {
    try FileManager.default.createDirectory(atPath: (output as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: temporary))
    guard rename(temporary, output) == 0 else {
        throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno), userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
} catch {
    try? FileManager.default.removeItem(atPath: temporary)
    fail("\(output): cannot be written: \(error)")
}
let scores = score(predicted: annotate(dev, with: model), gold: dev)
print(String(format: "dev: UPOS %.4f  XPOS %.4f  lemma %.4f  UAS %.4f  LAS %.4f", scores.upos, scores.xpos, scores.lemma, scores.uas, scores.las))
print("wrote \(output): \(bytes.count) bytes in \(String(format: "%.0f", Date().timeIntervalSince(started))) s")
