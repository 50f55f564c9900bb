import Foundation
import Testing

/// Paths and helpers shared by the tests.
enum Repo {
    /// The package root, found from this file's location.
    static let root: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }()
    static let defaultSpec = root + "/Pipeline/kazakhstan-tungsten.yml"
    static let seedsFolder = root + "/Pipeline/sources/kazakhstan-tungsten"
    static let fixtures = root + "/Tests/Fixtures"
    /// `../shared` beside the repository, when present.
    static let shared: String? = {
        let path = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    static func seed(_ prefix: String) -> [UInt8] {
        let name = try! FileManager.default.contentsOfDirectory(atPath: seedsFolder).sorted().first { $0.hasPrefix(prefix) }!
        return [UInt8](FileManager.default.contents(atPath: seedsFolder + "/" + name)!)
    }

    static func fixture(_ name: String) -> String { fixtures + "/articles/" + name }

    /// A fresh, empty temporary folder.
    static func temporaryFolder(_ label: String) -> String {
        let path = NSTemporaryDirectory() + "briefing-tests-\(label)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func bytes(_ path: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }
}

/// Runs a command and returns its exit status and output.
@discardableResult
func run(_ executable: String, _ arguments: [String], input: Data? = nil, workingDirectory: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
    process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
    if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    let inPipe = Pipe()
    process.standardInput = inPipe
    try process.run()
    if let input { inPipe.fileHandleForWriting.write(input) }
    try? inPipe.fileHandleForWriting.close()
    let out = outPipe.fileHandleForReading.readDataToEndOfFile()
    let err = errPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}

/// The `briefing` executable built by `swift build` (scripts/test.sh builds it first).
let briefingExecutable: String? = {
    for configuration in ["debug", "release"] {
        let path = Repo.root + "/.build/\(configuration)/briefing"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}()

func toolAvailable(_ name: String) -> Bool {
    (try? run("which", [name]).status) == 0
}
