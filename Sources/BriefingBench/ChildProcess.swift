import Foundation

/// What one run of the briefing executable took.
struct ChildRun {
    var seconds: Double
    var peakMegabytes: Double
    var exitStatus: Int32
}

/// The `briefing` executable next to this benchmark, or exit with a hint.
func briefingExecutable(for mode: String) -> String {
    let path = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
        print("\(mode): build the briefing executable first (swift build -c release --product briefing)")
        exit(2)
    }
    return path
}

/// Runs `arguments` (the executable first) with standard output discarded and
/// `extraEnvironment` added, and measures it. posix_spawn and wait4, not
/// Foundation's Process (which reaps the child itself), so that the child's
/// peak memory can be read from its resource usage.
func runMeasured(_ arguments: [String], extraEnvironment: [String: String] = [:]) -> ChildRun {
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var environment = ProcessInfo.processInfo.environment
    for (key, value) in extraEnvironment { environment[key] = value }
    var envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in envp { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = DispatchTime.now().uptimeNanoseconds
    var pid: pid_t = 0
    guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp) == 0 else {
        print("cannot start \(arguments[0])")
        exit(2)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // Exit status as the shell shows it (WEXITSTATUS), or 128 + signal.
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ChildRun(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, exitStatus: exitStatus)
}
