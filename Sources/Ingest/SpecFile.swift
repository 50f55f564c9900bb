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

/// Output folder names: no separators, nothing hidden.
public func isSafeName(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix(".") && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
}

func isISODate(_ string: String) -> Bool {
    let parts = string.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
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
