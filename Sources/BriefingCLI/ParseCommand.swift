import ArgumentParser
import BriefingModel
import Foundation
import Ingest
import Syntax

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatize and parse text into CoNLL-U (the pipeline's Syntax stage).",
        discussion: """
        briefing parse article.txt       raw text: sentences and words found as the pipeline finds them; \
        MISC holds each word's UTF-8 byte range in the (decoded) input as TokenRange=start:end
        briefing parse --conllu x.conllu keep the file's words, comments and multiword lines; \
        fill in lemma, UPOS, Penn tag, head and relation (how the model is measured on a treebank)
        """
    )

    @Argument(help: "A text file (or a CoNLL-U file with --conllu), or - for standard input.")
    var file: String = "-"

    @Flag(help: "Read CoNLL-U and keep its words.")
    var conllu = false

    @Option(help: "The model file (default: assets/models/\(syntaxModelFileName), looked for above the current folder and the executable).")
    var model: String?

    func run() throws {
        let syntax: SyntaxModel
        let bytes: [UInt8]
        do {
            syntax = try SyntaxModel.load(path: try model ?? defaultModelPath())
            bytes = try readRawInput(file)
        } catch {
            report(error)
            throw ExitCode(2)
        }
        var out = ""
        if conllu {
            let sentences: [TreebankSentence]
            do {
                guard let text = String(validating: bytes, as: UTF8.self) else { throw ValidationError("\(file): not UTF-8 text") }
                sentences = try readCoNLLU(text, file: file)
            } catch {
                report(error)
                throw ExitCode(2)
            }
            out = writeCoNLLU(annotate(sentences, with: syntax))
        } else {
            out = rawTextCoNLLU(decodedForRecognition(bytes), model: syntax)
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// CoNLL-U for raw text: one sentence block each, byte ranges in MISC.
func rawTextCoNLLU(_ text: [UInt8], model: SyntaxModel) -> String {
    var out = ""
    let ranges = sentenceRanges(text)
    let names = NameEvidence(text: text, sentences: ranges)
    for (number, range) in ranges.enumerated() {
        let words = treebankWords(text, range)
        guard !words.isEmpty else { continue }
        let parsed = model.parse(words, name: names.sentenceInitialName(words))
        let sentenceText = String(decoding: text[range.start..<range.end], as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
        out += "# sent_id = \(number + 1)\n# text = \(sentenceText)\n"
        for (index, word) in parsed.words.enumerated() {
            var misc = "TokenRange=\(word.range.start):\(word.range.end)"
            if !word.spaceAfter && index + 1 < parsed.words.count { misc += "|SpaceAfter=No" }
            let columns = [String(index + 1), word.form, word.lemma, word.upos, word.xpos, "_",
                           String(word.head.map { $0 + 1 } ?? 0), word.relation, "_", misc]
            out += columns.joined(separator: "\t") + "\n"
        }
        out += "\n"
    }
    return out
}

/// assets/models/<model> above the current folder, else above the executable.
func defaultModelPath() throws -> String {
    let relative = "assets/models/" + syntaxModelFileName
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for start in [URL(fileURLWithPath: FileManager.default.currentDirectoryPath), executable] {
        var folder = start.standardizedFileURL
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
    }
    throw ValidationError("no \(relative) found above the current folder or the executable; give --model FILE")
}
