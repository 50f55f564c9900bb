import BriefingModel
import Compose
import Graphics

/// Text from an article or a spec, made safe inside HTML: `<script>` shows as text.
public func htmlEscaped(_ text: String) -> String { markupEscaped(text) }

/// The style sheet both web pages share: no web fonts, no scripts, readable on
/// a phone (one column under 40em) and printed without the controls.
public let webStyleSheet = """
:root { --ink: #1d2433; --muted: #5b6475; --rule: #d6dae1; --panel: #f3f5f8; --accent: #1f6fb2;
  --built: #2e7d32; --skipped: #5b6475; --failed: #b3261e; --check: #a15c00; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72em; padding: 1.2em; font: 15px/1.45 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); }
h1 { font-size: 1.6em; margin: .2em 0 .4em; } h2 { font-size: 1.2em; margin: 1.6em 0 .5em; border-bottom: 1px solid var(--rule); }
a { color: var(--accent); } .kicker { color: var(--accent); font-size: .8em; font-weight: bold; letter-spacing: .06em; margin: 0; }
.muted, .meta { color: var(--muted); font-size: .9em; } .meta span + span::before { content: " · "; }
.panel { background: var(--panel); border-left: 3px solid var(--accent); padding: .6em 1em .6em 2.2em; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); gap: .6em; padding: 0; list-style: none; }
.figures li { border: 1px solid var(--rule); border-top: 3px solid var(--accent); padding: .5em .7em; }
.figures b { display: block; font-size: 1.4em; }
img { max-width: 100%; height: auto; border: 1px solid var(--rule); }
.pages { display: grid; grid-template-columns: repeat(auto-fill, minmax(18em, 1fr)); gap: 1em; }
.pages img { display: block; }
.status { display: inline-block; padding: 0 .5em; border-radius: .8em; color: #fff; font-size: .8em; font-weight: bold; }
.status-built { background: var(--built); } .status-skipped { background: var(--skipped); }
.status-failed { background: var(--failed); } .status-check_failed { background: var(--check); }
.error { color: var(--failed); white-space: pre-wrap; overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", monospace; font-size: .85em; }
.filters { margin: .8em 0 .3em; } input.filter { position: absolute; opacity: 0; }
label.filter { display: inline-block; margin: 0 .3em .3em 0; padding: .15em .7em; border: 1px solid var(--rule); border-radius: 1em; cursor: pointer; }
input.filter:checked + label.filter { background: var(--ink); color: #fff; }
input.filter:focus-visible + label.filter { outline: 2px solid var(--accent); }
.briefings { list-style: none; padding: 0; }
.briefing { display: grid; grid-template-columns: 8em 1fr; gap: 1em; padding: .9em 0; border-bottom: 1px solid var(--rule); }
.briefing h2 { border: 0; margin: 0 0 .2em; font-size: 1.1em; }
.briefing .thumb { width: 8em; } .row-failed, .row-check_failed { border-left: 3px solid var(--failed); padding-left: .6em; }
@media (max-width: 40em) { .briefing { grid-template-columns: 1fr; } .briefing .thumb { width: 12em; } }
@media print { .filters, label.filter { display: none; } .briefing, .briefings li { display: grid !important; break-inside: avoid; }
  a { color: inherit; text-decoration: none; } }
"""

/// The head of a page: charset, viewport, title and the shared style sheet.
public func webPageHead(title: String, extraStyle: String = "") -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="\(htmlEscaped(BriefingVersion.full))">
    <title>\(htmlEscaped(title))</title>
    <style>
    \(webStyleSheet)\(extraStyle)
    </style>
    </head>

    """
}

/// `index.html` inside a briefing's folder: its bottom line, key figures and
/// changes, every page as an image, the charts and the sources, with links to
/// the PDF and facts.json. Only relative links to the briefing's own files.
func briefingWebPage(_ document: ComposedDocument, artifacts: [String], dpi: Int) -> String {
    let analysis = document.charted.analysis
    let spec = analysis.corpus.spec
    func markers(_ sources: [String]) -> String {
        sources.map { " <a class=\"marker\" href=\"#source-\($0.dropFirst())\">[\($0.dropFirst())]</a>" }.joined()
    }
    var html = webPageHead(title: spec.title + " — briefing")
    html += "<body>\n<header>\n<p class=\"kicker\">BRIEFING" + (spec.asOf.map { " · AS OF " + htmlEscaped(longDate($0).uppercased()) } ?? "") + "</p>\n"
    html += "<h1>\(htmlEscaped(spec.title))</h1>\n"
    var links = ["<a href=\"briefing.pdf\">PDF</a>", "<a href=\"facts.json\">facts.json</a>", "<a href=\"manifest.json\">manifest.json</a>"]
    if artifacts.contains("changes.json") { links.append("<a href=\"changes.json\">changes.json</a>") }
    html += "<p class=\"meta\">" + links.map { "<span>\($0)</span>" }.joined() + "</p>\n</header>\n"

    if !document.bottomLine.isEmpty {
        html += "<h2 id=\"bottom-line\">Bottom line</h2>\n<ul class=\"panel\">\n"
        // The summary is Pango markup: escaped text with <b> and <i>, which HTML reads the same way.
        html += document.bottomLine.map { "<li>\($0.markup)\(markers($0.sources))</li>\n" }.joined() + "</ul>\n"
    }
    if !document.keyFigures.isEmpty {
        html += "<h2 id=\"key-figures\">Key figures</h2>\n<ul class=\"figures\">\n"
        html += document.keyFigures.map { "<li><b>\(htmlEscaped($0.value))</b>\(htmlEscaped($0.label))\(markers($0.sources))</li>\n" }.joined()
        html += "</ul>\n"
    }
    if let changes = analysis.changes {
        html += "<h2 id=\"changes\">Changes since the previous build"
            + (changes.previousAsOf.map { " (as of \(htmlEscaped(longDate($0))))" } ?? "") + "</h2>\n<ul>\n"
        html += changeItems(changes).map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
    }
    let pages = artifacts.filter { $0.hasPrefix("pages/page-") }
    let width = Int((document.pageSize.width * Double(dpi) / 72).rounded())
    let height = Int((document.pageSize.height * Double(dpi) / 72).rounded())
    html += "<h2 id=\"pages\">Pages</h2>\n<div class=\"pages\">\n"
    for (index, page) in pages.enumerated() {
        html += "<a href=\"\(page)\"><img src=\"\(page)\" width=\"\(width)\" height=\"\(height)\" loading=\"lazy\" "
            + "alt=\"Page \(index + 1) of \(pages.count)\"></a>\n"
    }
    html += "</div>\n"
    if !document.charted.charts.isEmpty {
        html += "<h2 id=\"charts\">Charts</h2>\n"
        for chart in document.charted.charts {
            let base = "charts/\(chart.id)"
            html += "<figure><img src=\"\(base).svg\" alt=\"\(htmlEscaped(chart.description))\">"
            html += "<figcaption>\(htmlEscaped(chart.title)) · <a href=\"\(base).pdf\">PDF</a> · <a href=\"\(base).png\">PNG</a> · "
                + "<a href=\"\(base).svg\">SVG</a></figcaption></figure>\n"
        }
    }
    html += "<h2 id=\"sources\">Sources</h2>\n<ol>\n"
    for source in analysis.corpus.sources {
        let details = [source.outlet.map { "Outlet: " + $0 }, source.date.map { "Date: " + longDate($0) }, source.byline.map { "By: " + $0 },
                       "File: \(source.path)", "sha256 \(source.sha256.prefix(16))…"].compactMap { $0 }
        html += "<li id=\"source-\(source.id.dropFirst())\"><b>\(htmlEscaped(source.displayTitle))</b><br><span class=\"muted\">"
            + details.map(htmlEscaped).joined(separator: " · ") + "</span></li>\n"
    }
    html += "</ol>\n<p class=\"muted\">\(htmlEscaped(BriefingVersion.full))</p>\n</body>\n</html>\n"
    return html
}
