import BriefingModel
import BriefingPipeline
import Foundation
import Rendering
import Testing

/// Compares rendered pictures with the expected ones in Tests/Golden. A
/// picture passes when under 0.5% of its pixels differ by more than 48 in any
/// channel (anti-aliasing noise), and fails on a visible change. Regenerate
/// after an intended change with `BRIEFING_GOLDEN_UPDATE=1 swift test --filter Golden`.
enum Golden {
    static let folder = Repo.root + "/Tests/Golden"
    static var updating: Bool { ProcessInfo.processInfo.environment["BRIEFING_GOLDEN_UPDATE"] == "1" }

    /// The fraction of pixels that differ visibly, or nil if the sizes differ.
    static func difference(_ a: Pixels, _ b: Pixels) -> Double? {
        guard a.width == b.width, a.height == b.height else { return nil }
        var differing = 0
        for pixel in 0..<(a.width * a.height) {
            let index = pixel * 3
            if abs(Int(a.rgb[index]) - Int(b.rgb[index])) > 48 || abs(Int(a.rgb[index + 1]) - Int(b.rgb[index + 1])) > 48
                || abs(Int(a.rgb[index + 2]) - Int(b.rgb[index + 2])) > 48 {
                differing += 1
            }
        }
        return Double(differing) / Double(a.width * a.height)
    }

    static func check(_ actual: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = folder + "/" + name
        if updating || !FileManager.default.fileExists(atPath: path) {
            try Data(actual).write(to: URL(fileURLWithPath: path))
            if !updating { Issue.record("no golden image \(name) yet: written; check it in", sourceLocation: sourceLocation) }
            return
        }
        let expected = try #require(decodePNG(Repo.bytes(path)), sourceLocation: sourceLocation)
        let got = try #require(decodePNG(actual), sourceLocation: sourceLocation)
        let difference = try #require(Golden.difference(expected, got), "\(name): size changed", sourceLocation: sourceLocation)
        if difference > 0.005 {
            try? Data(actual).write(to: URL(fileURLWithPath: NSTemporaryDirectory() + "actual-" + name))
        }
        #expect(difference <= 0.005, "\(name): \(String(format: "%.2f", difference * 100))% of pixels differ (actual written to the temp folder)",
                sourceLocation: sourceLocation)
    }
}

@Suite("Golden images", .serialized)
struct GoldenTests {
    @Test("the first page and each chart type look as expected")
    func pictures() throws {
        let root = Repo.temporaryFolder("golden")
        let result = try buildBriefing(.spec(path: Repo.defaultSpec), options: BuildOptions(outputRoot: root, dpi: 50))
        try Golden.check(Repo.bytes(result.directory + "/pages/page-1.png"), named: "page-1.png")
        for chart in ["ownership-joint-venture", "financing", "supply-share"] {
            try Golden.check(Repo.bytes(result.directory + "/charts/\(chart).png"), named: "\(chart).png")
        }
    }

    @Test("the comparison sees a visible change")
    func seesChanges() throws {
        var base = Pixels(width: 100, height: 100, rgb: [UInt8](repeating: 255, count: 30_000))
        let same = base
        #expect(Golden.difference(base, same) == 0)
        for y in 40..<50 { for x in 0..<100 { base.rgb[(y * 100 + x) * 3] = 0 } }
        #expect((Golden.difference(base, same) ?? 0) > 0.05)
    }
}

@Suite("PDF structure", .serialized)
struct PDFStructureTests {
    @Test("outline entries per section, named destinations for every link, page labels, metadata")
    func structure() throws {
        guard toolAvailable("pdfinfo"), toolAvailable("qpdf") else { return }
        let root = Repo.temporaryFolder("structure")
        let result = try buildBriefing(.spec(path: Repo.defaultSpec), options: BuildOptions(outputRoot: root, dpi: 36))
        let pdf = result.directory + "/briefing.pdf"
        let json = try run("qpdf", ["--json", pdf]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(document["outlines"] as? [[String: Any]])
        let titles = outlines.compactMap { $0["title"] as? String }
        #expect(titles == ["Bottom line", "Key figures", "Charts", "Claims ledger", "Derived metrics", "Conflicts and caveats", "Sources"])
        let labels = try #require(document["pagelabels"] as? [[String: Any]])
        #expect(!labels.isEmpty)

        let destinations = try run("pdfinfo", ["-dests", pdf]).stdout
        let named = Set(destinations.split(separator: "\n").compactMap { line -> String? in
            guard let open = line.firstIndex(of: "\""), let close = line.lastIndex(of: "\""), open < close else { return nil }
            return String(line[line.index(after: open)..<close])
        })
        #expect(named.isSuperset(of: ["bottom-line", "charts", "claims", "sources", "source-1", "source-2", "figure-1"]))
        // Every link annotation jumps to a destination that exists.
        let raw = String(decoding: Repo.bytes(pdf), as: UTF8.self)
        var linkTargets = Set<String>()
        var rest = raw[...]
        while let range = rest.range(of: "/Dest (") {
            let after = rest[range.upperBound...]
            if let close = after.firstIndex(of: ")") { linkTargets.insert(String(after[..<close])) }
            rest = after
        }
        #expect(linkTargets.contains("source-1") && linkTargets.contains("source-2"))
        #expect(linkTargets.isSubset(of: named), "links to missing destinations: \(linkTargets.subtracting(named))")
        #expect(raw.contains("/Subtype /Link"))
        #expect(raw.contains("/StructTreeRoot"))
        #expect(raw.contains("/CreationDate (D:20251106000000Z)"))
        #expect(raw.contains("/MarkInfo << /Marked true >>"))
        let check = try run("qpdf", ["--check", pdf])
        #expect(check.status == 0 && !check.stderr.contains("WARNING"), "qpdf: \(check.stderr)")

        let info = try run("pdfinfo", [pdf]).stdout
        #expect(info.contains("Subject:") && info.contains("Keywords:") && info.contains("Creator:         briefing"))
        #expect(info.contains("Tagged:          yes"))
    }

    @Test("fonts are embedded and subset, and only the DejaVu families we chose")
    func fonts() throws {
        guard toolAvailable("pdffonts") else { return }
        let root = Repo.temporaryFolder("fonts")
        let result = try buildBriefing(.spec(path: Repo.defaultSpec), options: BuildOptions(outputRoot: root, dpi: 36))
        let listing = try run("pdffonts", [result.directory + "/briefing.pdf"]).stdout
        let rows = listing.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(row.contains("DejaVu"), "unexpected font: \(row)")
            #expect(columns.contains("yes"), "font not embedded: \(row)")
            #expect(row.contains("+"), "font not subset: \(row)")
        }
    }
}

@Suite("Fonts", .serialized)
struct FontTests {
    @Test("a theme naming a font we do not have fails the build, naming the font")
    func missingFont() throws {
        let assets = Repo.temporaryFolder("assets")
        try FileManager.default.copyItem(atPath: Repo.root + "/assets/fonts.conf", toPath: assets + "/fonts.conf")
        try "fonts:\n  sans: Nonexistent Grotesk\n".write(toFile: assets + "/theme.yml", atomically: true, encoding: .utf8)
        #expect {
            try buildBriefing(.spec(path: Repo.defaultSpec),
                              options: BuildOptions(outputRoot: Repo.temporaryFolder("nofont"), dpi: 36, assetsDirectory: assets))
        } throws: { error in
            "\(error)".contains("Nonexistent Grotesk")
        }
    }
}
