import ArgumentParser
import BriefingModel
import BriefingPipeline
import Foundation
import Publish

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Print the claims the pipeline reads from one text as JSON Lines, with why each was read so.",
        discussion: """
        Each line is a claim as facts.json writes it: type, holder or provider, value, the sentence, \
        and under "reading" the frame, the word that opened it and the words that filled each role. \
        Use - for standard input.
        """
    )

    @Argument(help: "A text file, or - for standard input.")
    var file: String = "-"

    @Option(help: "The assets folder (frames.yml, models/; default: the one above the current folder or the executable).")
    var assets: String?

    func run() throws {
        var path = file
        var temporary: String?
        do {
            if file == "-" {
                let bytes = FileHandle.standardInput.readDataToEndOfFile()
                let made = NSTemporaryDirectory() + "briefing-claims-\(getpid()).txt"
                try bytes.write(to: URL(fileURLWithPath: made))
                temporary = made
                path = made
            }
            defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
            let folder = try assets ?? URL(fileURLWithPath: defaultModelPath()).deletingLastPathComponent().deletingLastPathComponent().path
            let name = file == "-" ? "stdin" : URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let analysis = try analyzeArticles(.files([path], name: name, title: nil), assetsDirectory: folder)
            var out = ""
            for claim in analysis.claims { out += claimJSON(claim, in: analysis).compact() + "\n" }
            FileHandle.standardOutput.write(Data(out.utf8))
        } catch {
            report(error)
            throw ExitCode(2)
        }
    }
}
