import ArgumentParser
import BriefingModel
import BriefingPipeline
import Figures
import Foundation
import Ingest
import Rendering

/// The `briefing` command: a thin shell over the pipeline library.
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn news articles about a deal into an analyst briefing (PDF, PNG, charts, facts.json).",
        discussion: """
        With no subcommand, builds every spec in Pipeline/ into out/<name>/ (the same as \
        `briefing batch`): in parallel, skipping briefings whose inputs have not changed.

        Exit status: 0 success; 1 a briefing was built but failed a check (for example \
        ownership over 100%); 2 bad usage or unreadable input.
        """,
        version: BriefingVersion.version,
        subcommands: [BatchCommand.self, Build.self, FiguresCommand.self, ParseCommand.self, ClaimsCommand.self],
        defaultSubcommand: BatchCommand.self
    )
}

/// Options every build shares.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Folder the briefing folder is written into.")
    var out: String = "out"

    @Option(name: .long, help: "Paper size: a4 or letter (default: the spec's, else a4).")
    var page: PageSize?

    @Option(name: .long, help: "Resolution of the PNG pages and charts, in dots per inch.")
    var dpi: Int = 150

    @Option(name: .long, help: "Report changes against this earlier build (a briefing folder, or an out folder holding <name>/); default: the last build in --out.")
    var since: String?

    @Option(name: .long, help: "PNG compression: fast (default; nightly batches and CI) or small (files about 30% smaller, twenty times slower to write).")
    var png: PNGCompression = .fast

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print every stage of every briefing.")
    var verbose = false

    func validate() throws {
        guard (36...600).contains(dpi) else { throw ValidationError("--dpi must be between 36 and 600") }
    }

    var buildOptions: BuildOptions { BuildOptions(outputRoot: out, dpi: dpi, pageOverride: page, since: since, png: png) }
}

extension PageSize: ExpressibleByArgument {}
extension PNGCompression: ExpressibleByArgument {}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build one briefing from a spec (SPEC.yml) or from article files.",
        discussion: """
        briefing build Pipeline/kazakhstan-tungsten.yml
        briefing build article1.txt article2.txt --name my-deal --title "My deal"
        """
    )

    @Argument(help: "A spec file (.yml), or one or more article files (.txt).")
    var inputs: [String]

    @Option(name: .long, help: "Briefing name (the output folder) when building from article files.")
    var name: String?

    @Option(name: .long, help: "Title when building from article files (default: the name).")
    var title: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give a spec file or at least one article file") }
        let isSpec = inputs.count == 1 && (inputs[0].hasSuffix(".yml") || inputs[0].hasSuffix(".yaml"))
        if !isSpec, name == nil {
            throw ValidationError("--name is required when building from article files (it names the output folder)")
        }
    }

    func run() throws {
        let isSpec = inputs.count == 1 && (inputs[0].hasSuffix(".yml") || inputs[0].hasSuffix(".yaml"))
        let input: IngestRequest.Input = isSpec ? .spec(path: inputs[0]) : .files(inputs, name: name!, title: title)
        let failed = runBuild(input, label: isSpec ? inputs[0] : name!, options: output)
        if failed != 0 { throw ExitCode(Int32(failed)) }
    }
}

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Print every figure found in a text as JSON Lines (the pipeline's own recognizer).",
        discussion: "Offsets are UTF-8 byte offsets, end exclusive. Use - for standard input."
    )

    @Argument(help: "A text file, or - for standard input.")
    var file: String = "-"

    @Flag(help: "Also print units named without a number (\"the dollar\", \"a small percent\") as figures with a null value and \"mention\": true. The pipeline never keeps these.")
    var mentions = false

    func run() throws {
        let bytes: [UInt8]
        do { bytes = try readRawInput(file) } catch {
            report(error)
            throw ExitCode(2)
        }
        let text = decodedForRecognition(bytes)
        let recognizer = FigureRecognizer()
        if mentions {
            let figures = recognizer.recognize(text)
            var lines = figures.map { (start: $0.range.start, json: figureJSON($0, text: text)) }
            lines += recognizer.unitMentions(text, outside: figures).map { (start: $0.range.start, json: mentionJSON($0, text: text)) }
            lines.sort { $0.start < $1.start }
            FileHandle.standardOutput.write(Data(lines.map { $0.json.compact() + "\n" }.joined().utf8))
            return
        }
        // A megabyte at a time, cut at a line end, written as it is read: the
        // memory a 50 MB file needs is the file's, not its figures' JSON.
        var start = 0
        while start < text.count {
            var end = min(text.count, start + 1_048_576)
            while end < text.count, text[end - 1] != 0x0A { end += 1 }
            let figures = recognizer.recognize(text, in: ByteRange(start, end))
            FileHandle.standardOutput.write(Data(figures.map { figureJSON($0, text: text).compact() + "\n" }.joined().utf8))
            start = end
        }
    }
}

/// Builds one briefing and reports it; returns the exit status (0, 1 or 2).
func runBuild(_ input: IngestRequest.Input, label: String, options: OutputOptions) -> Int32 {
    let started = Date()
    do {
        let result = try buildBriefing(input, options: options.buildOptions) { line in
            // --verbose adds the memory in use as each stage starts, to find the stage that grows.
            if !options.quiet { printError("briefing: \(label) \(line)" + (options.verbose ? " (\(residentMegabytes()) MB in use)" : "")) }
        }
        let seconds = Date().timeIntervalSince(started)
        if options.verbose {
            let stages = result.stageSeconds.map { "\($0.stage.rawValue) \(String(format: "%.2f", $0.seconds)) s" }
            printError("briefing: \(label) stage times: " + stages.joined(separator: ", ") + "; peak \(peakMegabytes()) MB")
        }
        if !options.quiet {
            print("built \(result.name): \(result.pageCount) pages, \(result.figureCount) figures, \(result.claimCount) claims → \(result.directory) (\(String(format: "%.1f", seconds)) s)")
        }
        for failure in result.failedChecks { printError("briefing: \(label): check failed: \(failure.message)") }
        return result.failedChecks.isEmpty ? 0 : 1
    } catch {
        report(error)
        return 2
    }
}

/// The process's resident memory now, from /proc (0 where there is none).
func residentMegabytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// The process's peak resident memory so far.
func peakMegabytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
}

func report(_ error: Error) {
    printError("briefing: error: \(error)")
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

setlocale(LC_NUMERIC, "C")
// Bad usage exits with 2 (ArgumentParser's own default is 64).
do {
    var command = try Briefing.parseAsRoot()
    try command.run()
} catch {
    let code = Briefing.exitCode(for: error)
    if code == .validationFailure {
        printError(Briefing.fullMessage(for: error))
        printError("Run 'briefing --help' for usage.")
        exit(2)
    }
    Briefing.exit(withError: error)
}
