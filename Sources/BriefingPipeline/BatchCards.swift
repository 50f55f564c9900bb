import BriefingModel
import Foundation
import Publish

/// What the batch's reports show of one briefing: its entry, and what its
/// folder holds (read back from manifest.json, facts.json and changes.json, so
/// a skipped briefing is shown as fully as one built in this run).
public struct BriefingCard: Sendable {
    public var entry: BatchEntry
    /// The folder name under the out folder, when there is a briefing there.
    public var folder: String?
    public var title: String
    public var asOf: String?
    /// Paths of the files in the folder, from its manifest.
    public var artifacts: Set<String>
    public var conflicts: Int?
    /// Changes since the previous build; nil on a first build or when skipped.
    public var changes: Int?
    public var pages: Int

    /// The name a person knows the briefing by: its spec's name, else the spec file's.
    public var name: String { entry.name ?? URL(fileURLWithPath: entry.spec).deletingPathExtension().lastPathComponent }
}

/// Reads what each entry's folder holds. A failed spec has no folder of its own
/// in this run (its name may not even be known), so it shows only its error.
public func briefingCards(_ entries: [BatchEntry]) -> [BriefingCard] {
    entries.map { entry in
        var card = BriefingCard(entry: entry, folder: nil, title: entry.name ?? URL(fileURLWithPath: entry.spec).lastPathComponent,
                                asOf: nil, artifacts: [], conflicts: nil, changes: nil, pages: entry.pages)
        guard entry.status != .failed, let directory = entry.directory,
              let manifest = readJSONObject(directory + "/manifest.json") else { return card }
        card.folder = URL(fileURLWithPath: directory).lastPathComponent
        card.title = manifest["title"] as? String ?? card.title
        card.asOf = manifest["as_of"] as? String
        card.pages = manifest["pages"] as? Int ?? entry.pages
        let listed = (manifest["artifacts"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        card.artifacts = Set(listed.filter { FileManager.default.fileExists(atPath: directory + "/" + $0) } + ["manifest.json"])
        // From the manifest: facts.json of a huge briefing is too big to read back for one number.
        card.conflicts = manifest["conflicts"] as? Int
        if entry.status != .skipped, card.artifacts.contains("changes.json") {
            card.changes = (readJSONObject(directory + "/changes.json")?["summary"] as? [String: Any])?["changes"] as? Int
        }
        return card
    }
}

private func readJSONObject(_ path: String) -> [String: Any]? {
    FileManager.default.contents(atPath: path).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
}

extension BatchEntry.Status {
    /// How the reports name the status.
    public var label: String {
        switch self {
        case .built: "built"
        case .skipped: "skipped (unchanged)"
        case .failed: "failed"
        case .checkFailed: "failed a check"
        }
    }

    /// Failures first, so what needs attention is at the top.
    var attentionOrder: Int {
        switch self {
        case .failed: 0
        case .checkFailed: 1
        case .built: 2
        case .skipped: 3
        }
    }
}

/// `briefing batch --junit FILE`: one test case per briefing, as GitHub
/// Actions, GitLab and Jenkins read JUnit XML: a broken spec or a failed check
/// is a `<failure>` with its message, an unchanged briefing is `<skipped>`.
/// No times, so the same run gives the same bytes.
public func junitReport(_ cards: [BriefingCard], suiteName: String) -> String {
    let failures = cards.filter { $0.entry.status == .failed || $0.entry.status == .checkFailed }.count
    let skipped = cards.filter { $0.entry.status == .skipped }.count
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"briefing\" tests=\"\(cards.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
    xml += "  <testsuite name=\"\(xmlEscaped(suiteName))\" tests=\"\(cards.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\">\n"
    for card in cards {
        xml += "    <testcase name=\"\(xmlEscaped(card.name))\" classname=\"briefing\" file=\"\(xmlEscaped(card.entry.spec))\">\n"
        let message = card.entry.message ?? ""
        switch card.entry.status {
        case .failed:
            xml += "      <failure type=\"build_failed\" message=\"\(xmlEscaped(firstLine(message)))\">\(xmlEscaped(message))</failure>\n"
        case .checkFailed:
            xml += "      <failure type=\"check_failed\" message=\"\(xmlEscaped(firstLine(message)))\">\(xmlEscaped(message))</failure>\n"
        case .skipped:
            xml += "      <skipped message=\"inputs unchanged since the last build\"/>\n"
        case .built:
            break
        }
        var output = ["\(card.entry.status.label): \(card.title)"]
        if let folder = card.folder { output.append("folder: \(folder)/ (\(card.pages) pages)") }
        if let conflicts = card.conflicts { output.append("conflicts: \(conflicts)") }
        if let changes = card.changes { output.append("changes since the last build: \(changes)") }
        xml += "      <system-out>\(xmlEscaped(output.joined(separator: "\n")))</system-out>\n"
        xml += "    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
}

func firstLine(_ text: String) -> String { String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "") }

/// Text safe in XML content and attributes: escaped as for markup, with the
/// control characters XML 1.0 forbids dropped.
func xmlEscaped(_ text: String) -> String {
    var allowed = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where scalar.value >= 0x20 || scalar == "\n" || scalar == "\t" {
        if (0xFFFE...0xFFFF).contains(scalar.value) { continue }
        allowed.append(scalar)
    }
    return htmlEscaped(String(allowed))
}
