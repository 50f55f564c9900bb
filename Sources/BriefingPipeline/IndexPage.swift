import BriefingModel
import Foundation
import Publish

/// `out/index.html`: every briefing of a batch with its status, as-of date,
/// a thumbnail of page 1, links to its files, and its conflicts and changes;
/// failures first, each with its error. One static file: no scripts, no
/// server; filtering by status is done with radio buttons and CSS alone.
/// Every link is relative and points at a file the briefing's manifest lists.
public func batchIndexPage(_ cards: [BriefingCard], title: String = "Briefings") -> String {
    let ordered = cards.enumerated().sorted { ($0.element.entry.status.attentionOrder, $0.offset) < ($1.element.entry.status.attentionOrder, $1.offset) }
        .map(\.element)
    let statuses: [BatchEntry.Status] = [.failed, .checkFailed, .built, .skipped]
    let counts = Dictionary(grouping: cards, by: \.entry.status).mapValues(\.count)
    // One rule per status: with its button checked, rows of other statuses hide.
    let filterRules = statuses.map { status in
        "#show-\(status.rawValue):checked ~ .briefings > li:not(.row-\(status.rawValue)) { display: none; }"
    }.joined(separator: "\n")
    var html = webPageHead(title: title, extraStyle: "\n" + filterRules)
    html += "<body>\n<header>\n<p class=\"kicker\">BRIEFING BATCH</p>\n<h1>\(htmlEscaped(title))</h1>\n"
    let tally = statuses.compactMap { status in counts[status].map { "\($0) \(status.label)" } }
    html += "<p class=\"meta\">\(cards.count) briefing\(cards.count == 1 ? "" : "s"): \(htmlEscaped(tally.joined(separator: ", ")))"
        + " · <a href=\"index.json\">index.json</a></p>\n</header>\n<main>\n"

    html += "<p class=\"filters\" id=\"filters\">Show:</p>\n"
    html += "<input class=\"filter\" type=\"radio\" name=\"show\" id=\"show-all\" checked><label class=\"filter\" for=\"show-all\">all \(cards.count)</label>\n"
    for status in statuses where counts[status] != nil {
        html += "<input class=\"filter\" type=\"radio\" name=\"show\" id=\"show-\(status.rawValue)\">"
            + "<label class=\"filter\" for=\"show-\(status.rawValue)\">\(status.label) \(counts[status]!)</label>\n"
    }
    html += "<ul class=\"briefings\">\n"
    html += ordered.map(cardHTML).joined()
    html += "</ul>\n</main>\n<footer><p class=\"muted\">\(htmlEscaped(BriefingVersion.full))</p></footer>\n</body>\n</html>\n"
    return html
}

private func cardHTML(_ card: BriefingCard) -> String {
    let status = card.entry.status
    var html = "<li class=\"briefing row-\(status.rawValue)\">\n"
    let base = card.folder.map { (folderLink($0)) }
    func link(_ path: String, _ label: String, fragment: String = "") -> String? {
        guard let base, card.artifacts.contains(path) else { return nil }
        return "<a href=\"\(base)/\(path)\(fragment)\">\(label)</a>"
    }
    if let base, card.artifacts.contains("pages/thumbnail.png") {
        let page = card.artifacts.contains("index.html") ? "\(base)/index.html" : "\(base)/briefing.pdf"
        html += "<a href=\"\(page)\"><img class=\"thumb\" src=\"\(base)/pages/thumbnail.png\" alt=\"Page 1 of \(htmlEscaped(card.title))\"></a>\n"
    } else {
        html += "<span></span>\n"
    }
    html += "<div>\n<h2>" + (link("index.html", htmlEscaped(card.title)) ?? htmlEscaped(card.title)) + "</h2>\n"
    var meta = ["<span class=\"status status-\(status.rawValue)\">\(status.label)</span>"]
    if let asOf = card.asOf { meta.append("as of \(htmlEscaped(longDate(asOf)))") }
    if let conflicts = card.conflicts { meta.append("\(conflicts) conflict\(conflicts == 1 ? "" : "s")") }
    if status == .skipped {
        meta.append("no change since the last run")
    } else if let changes = card.changes {
        meta.append(changes == 0 ? "no change in figures" : "\(changes) change\(changes == 1 ? "" : "s") since the last build")
    } else if card.folder != nil {
        meta.append("first build")
    }
    meta.append("spec \(htmlEscaped(card.entry.spec))")
    html += "<p class=\"meta\">" + meta.map { "<span>\($0)</span>" }.joined() + "</p>\n"
    let links = [link("briefing.pdf", "PDF"), link("index.html", "pages", fragment: "#pages"),
                 card.artifacts.contains { $0.hasPrefix("charts/") } ? link("index.html", "charts", fragment: "#charts") : nil,
                 link("facts.json", "facts.json"),
                 link("changes.json", "changes.json"), link("manifest.json", "manifest.json")].compactMap { $0 }
    if !links.isEmpty { html += "<p class=\"meta\">" + links.map { "<span>\($0)</span>" }.joined() + "</p>\n" }
    if status == .failed || status == .checkFailed, let message = card.entry.message {
        html += "<p class=\"error\">\(htmlEscaped(message))</p>\n"
    }
    html += "</div>\n</li>\n"
    return html
}

/// A folder name as a relative URL: percent-encoded, then escaped for HTML.
private func folderLink(_ folder: String) -> String {
    htmlEscaped(folder.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? folder)
}
