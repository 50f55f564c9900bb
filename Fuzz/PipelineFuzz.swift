// libFuzzer entry point for the whole text → briefing path, in memory: any
// bytes are read as an article, figured, parsed, read for claims, charted,
// laid out into pages and written as facts.json, with no file I/O after the
// model and lexicon are loaded once. Built by `scripts/fuzz.sh SECONDS pipeline`.
//
// Besides "no crash and no hang", it checks what a reader relies on: every
// range lies inside the text, every id a claim names exists, facts.json is
// valid JSON, and every page has something on it.
import BriefingModel
import Charts
import Compose
import Figures
import Foundation
import Ingest
import Metrics
import Publish
import Rendering
import Syntax

/// Loaded once per process: the shipped model and lexicon, found from the
/// working folder (the script runs from the repository root's build folder).
private let shared: (model: SyntaxModel?, frames: FrameLexicon, assets: String) = {
    let assets = ProcessInfo.processInfo.environment["BRIEFING_ASSETS"] ?? "assets"
    let model = try? SyntaxModel.shared(path: assets + "/models/" + syntaxModelFileName)
    let framesText = (try? String(contentsOfFile: assets + "/frames.yml", encoding: .utf8)) ?? ""
    let frames = (try? parseFrames(framesText, path: assets + "/frames.yml")) ?? FrameLexicon()
    precondition(model != nil && !frames.isEmpty, "run from the repository root (or set BRIEFING_ASSETS): no model or frames.yml")
    return (model, frames, assets)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func pipelineFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let document = readArticle(bytes, id: "S1", path: "fuzz.txt")
    // Ingest refuses an article with no sentences; so does the fuzzer.
    guard !document.sentences.isEmpty else { return 0 }
    checkRanges(document)
    let spec = BriefingSpec(name: "fuzz", title: document.title ?? "Fuzz", asOf: "2025-01-01", sources: ["fuzz.txt"], baseDirectory: ".")
    let corpus = Corpus(spec: spec, sources: [document], theme: .standard, inputs: [],
                        syntaxModelPath: shared.assets + "/models/" + syntaxModelFileName, frames: shared.frames)
    let figured = normalizeFigures(corpus)
    let analysis = computeMetrics(readSyntax(figured, model: shared.model))
    checkReferences(analysis, textLength: document.text.count)
    let composed = compose(makeCharts(analysis), measurer: TextMeasurer())
    precondition(!composed.pages.isEmpty, "a briefing with no pages")
    let facts = factsBytes(analysis)
    precondition((try? JSONSerialization.jsonObject(with: Data(facts))) != nil, "facts.json is not valid JSON")
    return 0
}

private func checkRanges(_ document: SourceDocument) {
    let count = document.text.count
    for paragraph in document.paragraphs {
        precondition(paragraph.range.start >= 0 && paragraph.range.start <= paragraph.range.end && paragraph.range.end <= count,
                     "paragraph range outside the text")
    }
    for sentence in document.sentences {
        precondition(sentence.range.start >= 0 && sentence.range.start <= sentence.range.end && sentence.range.end <= count,
                     "sentence range outside the text")
    }
}

private func checkReferences(_ analysis: Analysis, textLength: Int) {
    for figure in analysis.figures {
        precondition(figure.range.start >= 0 && figure.range.end <= textLength && figure.range.start <= figure.range.end,
                     "figure range outside the text")
    }
    for claim in analysis.claims {
        for id in claim.figures { precondition(analysis.figure(id) != nil, "claim \(claim.id) names a missing figure \(id)") }
        if let subject = claim.subject { precondition(analysis.entity(subject) != nil, "claim \(claim.id) names a missing entity") }
        if let value = claim.value { precondition(!value.isNaN, "claim \(claim.id) has a NaN value") }
    }
}
