import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Rendering
import Testing

/// Every relative `href` and `src` of an HTML file, fragments and queries cut off, percent-decoding undone.
func relativeLinks(in html: String) -> [String] {
    var links: [String] = []
    for attribute in ["href=\"", "src=\""] {
        var rest = html[...]
        while let start = rest.range(of: attribute) {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            let link = String(tail[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            rest = tail[end...]
            if link.hasPrefix("http:") || link.hasPrefix("https:") || link.hasPrefix("#") || link.hasPrefix("mailto:") { continue }
            let path = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
            links.append(path.removingPercentEncoding ?? path)
        }
    }
    return links
}

/// The elements of a JUnit file with their attributes, in document order.
final class JUnitReader: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String], path: [String])] = []
    var stack: [String] = []
    var text: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes, stack))
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    static func read(_ path: String) throws -> JUnitReader {
        let reader = JUnitReader()
        let parser = try #require(XMLParser(contentsOf: URL(fileURLWithPath: path)))
        parser.delegate = reader
        #expect(parser.parse(), "the JUnit file is not well-formed XML: \(String(describing: parser.parserError))")
        return reader
    }

    func cases() -> [(name: String, outcome: String)] {
        var result: [(String, String)] = []
        for (index, element) in elements.enumerated() where element.name == "testcase" {
            let children = elements[(index + 1)...].prefix { $0.path.count > element.path.count }
            let outcome = children.first { ["failure", "error", "skipped"].contains($0.name) }?.name ?? "passed"
            result.append((element.attributes["name"] ?? "", outcome))
        }
        return result
    }
}

@Suite("The batch's index.html and JUnit report", .serialized,
       .enabled(if: briefingExecutable != nil, "the briefing executable is not built: skipped"))
struct IndexPageTests {
    /// The batch fixture plus a spec whose title is an attack.
    func folder() throws -> BatchFolder {
        let folder = try BatchFolder(broken: true)
        try "name: hostile\ntitle: \"<script>alert('x')</script> & <b>co</b>\"\nsources:\n  - sources/copper-wire-story.txt\n"
            .write(toFile: folder.specs + "/hostile.yml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test("one row per briefing, failures first with file and line, hostile titles as text, every link resolves")
    func indexPage() throws {
        let folder = try folder()
        #expect(try folder.batch(["--junit", folder.root + "/junit.xml"]).status == 1)
        let html = try String(contentsOfFile: folder.out + "/index.html", encoding: .utf8)
        #expect(html.components(separatedBy: "<li class=\"briefing ").count - 1 == 5)
        let failed = try #require(html.range(of: "briefing row-failed"))
        #expect(html.range(of: "briefing row-built")!.lowerBound > failed.lowerBound, "failures come first")
        #expect(html.contains("broken.yml:3: no file matches"))
        #expect(!html.contains("<script"), "a title from a spec must never become markup")
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;"))
        #expect(!html.contains("http://") && !html.contains("https://"), "nothing is loaded from elsewhere")
        for link in relativeLinks(in: html) {
            #expect(FileManager.default.fileExists(atPath: folder.out + "/" + link), "index.html links to missing \(link)")
        }
        for name in ["lithium-press-release", "copper-wire-story", "hostile"] {
            #expect(html.contains("href=\"\(name)/pages/thumbnail.png\"") || html.contains("src=\"\(name)/pages/thumbnail.png\""))
            let page = try String(contentsOfFile: folder.out + "/\(name)/index.html", encoding: .utf8)
            #expect(page.contains("<img src=\"pages/page-1.png\""))
            #expect(!page.contains("<script"))
            for link in relativeLinks(in: page) {
                #expect(FileManager.default.fileExists(atPath: folder.out + "/\(name)/" + link), "\(name)/index.html links to missing \(link)")
            }
        }
    }

    @Test("JUnit: one case per briefing; a broken spec fails, an unchanged one is skipped; same run, same bytes")
    func junit() throws {
        let folder = try folder()
        let report = folder.root + "/junit.xml"
        #expect(try folder.batch(["--junit", report]).status == 1)
        var reader = try JUnitReader.read(report)
        #expect(reader.elements.first?.name == "testsuites")
        let suite = try #require(reader.elements.first { $0.name == "testsuite" })
        #expect(suite.attributes["tests"] == "5" && suite.attributes["failures"] == "1" && suite.attributes["skipped"] == "0")
        var outcomes = Dictionary(uniqueKeysWithValues: reader.cases())
        #expect(outcomes == ["broken": "failure", "hostile": "passed", "lithium-press-release": "passed",
                             "copper-wire-story": "passed", "nickel-lowercase-tokenized": "passed"])
        let failure = try #require(reader.elements.first { $0.name == "failure" })
        #expect(failure.attributes["message"]?.contains("broken.yml:3") == true)
        #expect(reader.elements.filter { $0.name == "testcase" }.allSatisfy { $0.attributes["classname"] != nil })
        let firstIndex = Repo.bytes(folder.out + "/index.html")

        #expect(try folder.batch(["--junit", report]).status == 1)
        reader = try JUnitReader.read(report)
        outcomes = Dictionary(uniqueKeysWithValues: reader.cases())
        #expect(outcomes["broken"] == "failure" && outcomes["hostile"] == "skipped" && outcomes["copper-wire-story"] == "skipped")

        // Rebuilt from scratch into another folder, the index has the same bytes.
        let again = try self.folder()
        _ = try again.batch()
        #expect(Repo.bytes(again.out + "/index.html") == firstIndex.replacing(Array(folder.specs.utf8), with: Array(again.specs.utf8)))
    }

    @Test("a briefing whose article changed shows its changes; the others say no change")
    func changesInIndex() throws {
        let folder = try BatchFolder(broken: false)
        #expect(try folder.batch().status == 0)
        #expect(try String(contentsOfFile: folder.out + "/index.html", encoding: .utf8).components(separatedBy: "first build").count - 1 == 3)
        let source = folder.specs + "/sources/lithium-press-release.txt"
        let text = try String(contentsOfFile: source, encoding: .utf8)
        try text.replacingOccurrences(of: "$850 million", with: "$870 million").write(toFile: source, atomically: true, encoding: .utf8)
        #expect(try folder.batch().status == 0)
        let html = try String(contentsOfFile: folder.out + "/index.html", encoding: .utf8)
        #expect(html.components(separatedBy: "no change since the last run").count - 1 == 2)
        #expect(html.contains("changes since the last build"), "the edited briefing counts its changes")
    }

    @Test("headless Chromium renders the index: the rows are there and the screenshot is not blank",
          .enabled(if: toolAvailable("chromium"), "chromium is not installed (scripts/install-deps.sh --browser installs it): skipped"))
    func inBrowser() throws {
        let folder = try folder()
        _ = try folder.batch()
        let url = "file://" + folder.out + "/index.html"
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + folder.root + "/chromium"]
        let dom = try run("chromium", flags + ["--dump-dom", url]).stdout
        #expect(dom.components(separatedBy: "class=\"briefing row-").count - 1 == 5, "rendered DOM: \(dom.prefix(400))")
        #expect(dom.contains("&lt;script&gt;alert"), "the hostile title is text in the rendered page")
        #expect(!dom.contains("<script"))
        let shot = folder.root + "/index.png"
        _ = try run("chromium", flags + ["--window-size=1000,1400", "--screenshot=" + shot, url])
        let pixels = try #require(decodePNG(Repo.bytes(shot)), "chromium wrote no PNG screenshot")
        #expect(pixels.width == 1000 && pixels.height == 1400)
        var colours = Set<Int>()
        for index in stride(from: 0, to: pixels.rgb.count - 2, by: 3 * 97) {
            colours.insert(Int(pixels.rgb[index]) << 16 | Int(pixels.rgb[index + 1]) << 8 | Int(pixels.rgb[index + 2]))
        }
        #expect(colours.count > 20, "the screenshot looks blank (\(colours.count) colours)")
    }
}
