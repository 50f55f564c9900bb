import Foundation

/// `briefing-bench build [runs] [spec]`: the whole `briefing build` of one spec
/// (the default briefing unless named), as a user runs it: a fresh process
/// each time, into a scratch folder. Prints the median and range of wall time
/// and of peak memory, and the bytes the build wrote.
func benchmarkBuild(runs: Int, spec: String) throws {
    let executable = briefingExecutable(for: "build")
    guard FileManager.default.fileExists(atPath: spec) else {
        print("build: no such spec \(spec) (run from the repository root)")
        exit(2)
    }
    let out = NSTemporaryDirectory() + "briefing-bench-build-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let arguments = [executable, "build", spec, "--out", out, "--quiet"]
    // One run first, not counted: it fills the page cache with the binary, model and fonts.
    _ = runMeasured(arguments)
    var seconds: [Double] = [], peaks: [Double] = []
    for _ in 0..<max(1, runs) {
        let run = runMeasured(arguments)
        guard run.exitStatus == 0 else {
            print("build: briefing exited with status \(run.exitStatus)")
            exit(1)
        }
        seconds.append(run.seconds)
        peaks.append(run.peakMegabytes)
    }
    let written = bytesUnder(out)
    func format(_ values: [Double], _ scale: Double, _ digits: Int) -> String {
        let text = { String(format: "%.\(digits)f", $0 * scale) }
        return "median \(text(median(values))) (min \(text(values.min()!)), max \(text(values.max()!)))"
    }
    print("build \(spec): \(seconds.count) runs")
    print("wall ms: \(format(seconds, 1000, 1))")
    print("peak MB: \(format(peaks, 1, 1))")
    print("bytes written: \(written)")
}

/// The bytes of every file under `folder`.
func bytesUnder(_ folder: String) -> Int {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return 0 }
    var total = 0
    while let name = walker.nextObject() as? String {
        let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
        if attributes?[.type] as? FileAttributeType == .typeRegular { total += (attributes?[.size] as? Int) ?? 0 }
    }
    return total
}
