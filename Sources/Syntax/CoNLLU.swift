/// One word line of a CoNLL-U file (the ten columns, ID as a number).
public struct TreebankWord: Sendable, Equatable {
    public var id: Int
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    /// 0 for the root.
    public var head: Int
    public var relation: String
    public var deps: String
    public var misc: String

    public var spaceAfter: Bool { !misc.split(separator: "|").contains("SpaceAfter=No") }
}

/// A sentence of a CoNLL-U file: its comments, its words, and the lines that
/// are not words (multiword tokens "3-4", empty nodes "8.1") kept as written.
public struct TreebankSentence: Sendable {
    public var comments: [String]
    public var words: [TreebankWord]
    /// Multiword token lines, each with the ID of the first word it spans.
    public var multiwordLines: [(firstWord: Int, lastWord: Int, line: String)]
    /// Where the sentence starts in its file (1-based), for error messages.
    public var line: Int

    /// The `# text = ...` comment, if any.
    public var text: String? {
        comments.first { $0.hasPrefix("# text = ") }.map { String($0.dropFirst("# text = ".count)) }
    }
}

/// A CoNLL-U file that cannot be read: the file, the line and what is wrong.
public struct TreebankError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads every sentence of a CoNLL-U text. Empty nodes are dropped; a line that
/// is not ten tab-separated columns is an error naming its line.
public func readCoNLLU(_ content: String, file: String) throws -> [TreebankSentence] {
    var sentences: [TreebankSentence] = []
    var current = TreebankSentence(comments: [], words: [], multiwordLines: [], line: 1)
    var lineNumber = 0
    func finish() {
        if !current.words.isEmpty { sentences.append(current) }
        current = TreebankSentence(comments: [], words: [], multiwordLines: [], line: lineNumber + 1)
    }
    for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
        lineNumber += 1
        let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
        if line.isEmpty { finish(); continue }
        if line.hasPrefix("#") { current.comments.append(String(line)); continue }
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 10 else {
            throw TreebankError(file: file, line: lineNumber, message: "expected 10 tab-separated columns, found \(columns.count)")
        }
        let id = columns[0]
        if id.contains(".") { continue }  // an empty node of the enhanced graph
        if let dash = id.firstIndex(of: "-") {
            guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) else {
                throw TreebankError(file: file, line: lineNumber, message: "bad multiword token ID '\(id)'")
            }
            current.multiwordLines.append((first, last, String(line)))
            continue
        }
        guard let number = Int(id) else { throw TreebankError(file: file, line: lineNumber, message: "bad word ID '\(id)'") }
        if current.words.isEmpty { current.line = lineNumber - current.comments.count }
        let head = Int(columns[6]) ?? 0
        current.words.append(TreebankWord(
            id: number, form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
            xpos: String(columns[4]), feats: String(columns[5]), head: head, relation: String(columns[7]),
            deps: String(columns[8]), misc: String(columns[9])))
    }
    finish()
    return sentences
}

/// Writes sentences as CoNLL-U: comments, multiword lines before their first
/// word, then the words; a blank line after each sentence.
public func writeCoNLLU(_ sentences: [TreebankSentence]) -> String {
    var out = ""
    for sentence in sentences {
        for comment in sentence.comments { out += comment + "\n" }
        var multiword = sentence.multiwordLines[...]
        for word in sentence.words {
            while let next = multiword.first, next.firstWord == word.id {
                out += next.line + "\n"
                multiword = multiword.dropFirst()
            }
            let columns = [String(word.id), word.form, word.lemma, word.upos, word.xpos, word.feats,
                           String(word.head), word.relation, word.deps, word.misc]
            out += columns.joined(separator: "\t") + "\n"
        }
        out += "\n"
    }
    return out
}
