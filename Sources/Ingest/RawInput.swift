import BriefingModel
import Foundation

/// The bytes of a file, or of standard input for `-`: for `briefing figures`.
public func readRawInput(_ path: String) throws -> [UInt8] {
    if path == "-" {
        return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }
    return try readFile(path, role: "input")
}

/// The UTF-8 text `briefing figures` recognises in (Windows-1252 input is transcoded).
public func decodedForRecognition(_ bytes: [UInt8]) -> [UInt8] {
    decodeText(bytes).utf8
}

/// The sentences of a plain text, as the pipeline splits an article's body
/// (paragraphs, then sentences), for `briefing parse`.
public func sentenceRanges(_ text: [UInt8]) -> [ByteRange] {
    groupParagraphs(text, splitLines(text)).flatMap { splitSentences(text, $0) }
}
