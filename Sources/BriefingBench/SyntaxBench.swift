import BriefingModel
import Foundation
import Syntax

/// `briefing-bench syntax [runs]`: model load time, then tag + parse speed on
/// one core in words per second (the words already split, as in the pipeline),
/// over the EWT test split's words if ../shared is there, else over the seed
/// articles' sentences. Medians of `runs` runs.
func benchmarkSyntax(runs: Int) throws {
    let path = "assets/models/" + SyntaxModel.defaultFileName
    var loadTimes: [Double] = []
    var model: SyntaxModel?
    for _ in 0..<max(runs, 5) {
        let start = DispatchTime.now().uptimeNanoseconds
        model = try SyntaxModel.load(path: path)
        loadTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)??.intValue ?? 0
    if let sizes = model?.sizes {
        // In memory: 8 bytes a slot of each look-up table, 4 per weight outside it.
        let slots = LinearModel.tableSize(featureCount: sizes.taggerFeatures) + LinearModel.tableSize(featureCount: sizes.parserFeatures)
        print("syntax model: tagger \(sizes.taggerFeatures) features / \(sizes.taggerWeights) weights, parser \(sizes.parserFeatures) / "
              + "\(sizes.parserWeights); tables \(slots * 8 / 1_000_000) MB of slots in memory")
    }
    print("syntax model: \(size) bytes, load median \(String(format: "%.1f", median(loadTimes))) ms (min \(String(format: "%.1f", loadTimes.min()!)))")

    var sentences: [[String]] = []
    let treebank = "../shared/treebank/ud-english-ewt/en_ewt-ud-test.conllu"
    if let text = try? String(contentsOfFile: treebank, encoding: .utf8) {
        sentences = try readCoNLLU(text, file: treebank).map { $0.words.map(\.form) }
        print("syntax: EWT test, \(sentences.count) sentences")
    } else {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "Pipeline/sources/kazakhstan-tungsten"))?.sorted() ?? [] {
            let bytes = [UInt8](FileManager.default.contents(atPath: "Pipeline/sources/kazakhstan-tungsten/" + name) ?? Data())
            for line in bytes.split(separator: UInt8(ascii: "\n")) where line.count > 40 {
                let text = Array(line)
                sentences.append(treebankWords(text, ByteRange(0, text.count)).map(\.form))
            }
        }
        print("syntax: ../shared absent, the seed articles' lines, \(sentences.count) sentences")
    }
    let words = sentences.reduce(0) { $0 + $1.count }
    var rates: [Double] = []
    var checksum = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        for sentence in sentences { checksum &+= model!.analyze(sentence).heads.count }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        rates.append(Double(words) / seconds)
    }
    print("syntax: \(words) words per run, \(runs) runs (check \(checksum))")
    print("syntax: tag + lemmatize + parse median \(String(format: "%.0f", median(rates))) words/s (min \(String(format: "%.0f", rates.min()!)), max \(String(format: "%.0f", rates.max()!))) on one core")
}
