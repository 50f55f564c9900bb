import BriefingModel
import Foundation
import Yams

/// Parses a briefing spec (YAML). `path` is used for messages and to resolve
/// relative source globs.
///
/// ```yaml
/// name: kazakhstan-tungsten
/// title: US–Kazakhstan tungsten deal
/// as_of: 2025-11-06
/// page: a4
/// sources:
///   - sources/kazakhstan-tungsten/*.txt
/// aliases:
///   Cove Kaz Capital Group LLC: [Cove Kaz Capital, Cove Capital]
/// ```
public func parseSpec(_ yaml: String, path: String) throws -> BriefingSpec {
    try checkAliasCount(yaml, path: path)
    let root: Node
    do {
        guard let node = try Yams.compose(yaml: yaml) else {
            throw BriefingError(stage: .ingest, file: path, line: 1, "the spec is empty; it needs at least `sources:`")
        }
        root = node
    } catch let error as YamlError {
        throw BriefingError(stage: .ingest, file: path, line: yamlErrorLine(error), "not valid YAML: \(yamlProblem(error))")
    }
    guard case .mapping(let mapping) = root else {
        throw BriefingError(stage: .ingest, file: path, line: root.mark?.line, "the spec must be a mapping of keys (name, title, sources, ...)")
    }
    let known: Set<String> = ["name", "title", "as_of", "asof", "as-of", "date", "sources", "aliases", "page"]
    for key in mapping.keys {
        if let name = key.string, !known.contains(name.lowercased()) {
            throw BriefingError(stage: .ingest, file: path, line: key.mark?.line,
                                "unknown key `\(name)`; expected one of name, title, as_of, page, sources, aliases")
        }
    }

    func scalar(_ key: String) throws -> String? {
        guard let node = root[key] else { return nil }
        guard case .scalar(let value) = node else {
            throw BriefingError(stage: .ingest, file: path, line: node.mark?.line, "`\(key)` must be a single value")
        }
        return value.string.trimmingCharacters(in: .whitespaces)
    }

    let fileStem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let name = try scalar("name") ?? fileStem
    guard isSafeName(name) else {
        throw BriefingError(stage: .ingest, file: path, line: root["name"]?.mark?.line,
                            "`name` must be letters, digits, '-', '_' or '.', since it names the output folder; got `\(name)`")
    }
    guard !isReservedName(name) else {
        throw BriefingError(stage: .ingest, file: path, line: root["name"]?.mark?.line,
                            "`name` `\(name)` is reserved: a batch writes its own index files under that name in the out folder")
    }
    let title = try scalar("title") ?? name
    let asOf = try scalar("as_of") ?? scalar("asof") ?? scalar("as-of") ?? scalar("date")
    if let asOf, !isISODate(asOf) {
        let node = root["as_of"] ?? root["asof"] ?? root["as-of"] ?? root["date"]
        throw BriefingError(stage: .ingest, file: path, line: node?.mark?.line, "`as_of` must be a date written YYYY-MM-DD; got `\(asOf)`")
    }

    var page = PageSize.a4
    if let pageName = try scalar("page") {
        guard let parsed = PageSize(rawValue: pageName.lowercased()) else {
            throw BriefingError(stage: .ingest, file: path, line: root["page"]?.mark?.line, "`page` must be a4 or letter; got `\(pageName)`")
        }
        page = parsed
    }

    guard let sourcesNode = root["sources"] else {
        throw BriefingError(stage: .ingest, file: path, line: 1, "the spec has no `sources:` list of article files")
    }
    var sources: [String] = []
    switch sourcesNode {
    case .scalar(let value): sources = [value.string]
    case .sequence(let sequence):
        for item in sequence {
            guard let string = item.string, !string.isEmpty else {
                throw BriefingError(stage: .ingest, file: path, line: item.mark?.line, "each source must be a path or a glob such as `sources/*.txt`")
            }
            sources.append(string)
        }
    default:
        throw BriefingError(stage: .ingest, file: path, line: sourcesNode.mark?.line, "`sources` must be a list of paths or globs")
    }
    if sources.isEmpty {
        throw BriefingError(stage: .ingest, file: path, line: sourcesNode.mark?.line, "`sources` is empty")
    }

    var aliases: [String: [String]] = [:]
    if let aliasNode = root["aliases"] {
        guard case .mapping(let aliasMapping) = aliasNode else {
            throw BriefingError(stage: .ingest, file: path, line: aliasNode.mark?.line,
                                "`aliases` must map a name to its other names, e.g. `EXIM: [Export-Import Bank]`")
        }
        for (key, value) in aliasMapping {
            guard let canonical = key.string else { continue }
            switch value {
            case .scalar(let one): aliases[canonical, default: []].append(one.string)
            case .sequence(let many): aliases[canonical, default: []].append(contentsOf: many.compactMap(\.string))
            default:
                throw BriefingError(stage: .ingest, file: path, line: value.mark?.line, "the aliases of `\(canonical)` must be a list of names")
            }
        }
    }

    let base = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return BriefingSpec(name: name, title: title, asOf: asOf, sources: sources, aliases: aliases,
                        page: page, specPath: path, baseDirectory: base)
}

/// Names a batch writes beside the briefing folders: `index.json`, `index.html`,
/// `index-shard-1-of-2.json`… A spec may not take one for its folder.
public func isReservedName(_ name: String) -> Bool {
    let lowered = name.lowercased()
    return lowered.hasPrefix("index.") || lowered.hasPrefix("index-shard-")
}

/// Output folder names: no separators, nothing hidden.
public func isSafeName(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix(".") && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
}

func isISODate(_ string: String) -> Bool {
    let parts = string.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else { return false }
    // A real calendar day: 2025-02-31 is not one, 2024-02-29 is.
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return (1...days).contains(day)
}

private func yamlErrorLine(_ error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
    default: return nil
    }
}

private func yamlProblem(_ error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
        return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
    default: return "\(error)"
    }
}

/// The output folder name a spec file asks for, or nil when it cannot be read
/// (its build then reports why, with the line).
public func specName(at path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path), let yaml = String(data: data, encoding: .utf8) else { return nil }
    return try? parseSpec(yaml, path: path).name
}

/// The most YAML aliases (`*name`) a spec may use. Each alias copies what its
/// anchor holds, so a few lines of nested aliases can expand to billions of
/// nodes (a "billion laughs" file): refused before YAML reads it. With k
/// aliases the worst expansion is about 3^(k/3) nodes: 24 allow 6,561.
public let maximumSpecAliases = 24

private func checkAliasCount(_ yaml: String, path: String) throws {
    let lines = aliasLines(in: yaml)
    guard lines.count > maximumSpecAliases else { return }
    throw BriefingError(stage: .ingest, file: path, line: lines[maximumSpecAliases],
                        "the spec uses \(lines.count) YAML aliases (`*name`); at most \(maximumSpecAliases) are allowed, "
                            + "since each one copies its anchor and nested ones multiply")
}

/// The line of every alias: a `*` that starts a token (after a space, a line
/// start or one of `[ { , : ? -`), outside quotes and comments.
func aliasLines(in yaml: String) -> [Int] {
    var lines: [Int] = []
    var line = 1
    var previous = UInt8(ascii: "\n")
    var quote: UInt8?
    var inComment = false
    for byte in yaml.utf8 {
        defer { previous = byte }
        if byte == UInt8(ascii: "\n") {
            line += 1
            quote = nil
            inComment = false
            continue
        }
        if inComment { continue }
        if let open = quote {
            if byte == open { quote = nil }
            continue
        }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            if " \n[{,:?-".utf8.contains(previous) { quote = byte }
        case UInt8(ascii: "#"):
            if previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\n") { inComment = true }
        case UInt8(ascii: "*"):
            if " \n[{,:?-".utf8.contains(previous) { lines.append(line) }
        default: break
        }
    }
    return lines
}
