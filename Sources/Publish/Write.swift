import BriefingModel
import Compose
import Foundation

/// What publishing wrote.
public struct PublishedBriefing: Sendable {
    public var directory: String
    public var artifacts: [(path: String, bytes: Int, sha256: String)]
}

/// Writes a whole briefing so that readers never see half of one: every file
/// goes into a fresh temporary folder beside the target, which then replaces
/// `out/<name>/` by rename. The previous briefing stays until the new one is complete.
public func writeBriefing(_ artifacts: [(path: String, bytes: [UInt8])], manifest: JSONValue,
                          to directory: String) throws -> PublishedBriefing {
    let fileManager = FileManager.default
    let target = URL(fileURLWithPath: directory).standardizedFileURL
    let parent = target.deletingLastPathComponent()
    let name = target.lastPathComponent
    do {
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
        throw BriefingError(stage: .publish, file: parent.path, "cannot create the output folder: \(error.localizedDescription)")
    }
    let stamp = "\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000_000)"
    let staging = parent.appendingPathComponent(".\(name).partial-\(stamp)")
    let retired = parent.appendingPathComponent(".\(name).previous-\(stamp)")
    defer { try? fileManager.removeItem(at: staging) }

    var written: [(path: String, bytes: Int, sha256: String)] = []
    do {
        for artifact in artifacts {
            try writeFile(artifact.bytes, to: staging.appendingPathComponent(artifact.path))
            written.append((artifact.path, artifact.bytes.count, SHA256.hex(artifact.bytes)))
        }
        try writeFile(Array(manifest.rendered().utf8), to: staging.appendingPathComponent("manifest.json"))
    } catch let error as BriefingError {
        throw error
    } catch {
        throw BriefingError(stage: .publish, file: staging.path, "cannot write the briefing: \(error.localizedDescription)")
    }

    // For the tests: die here, as a killed build would, with the new briefing
    // complete in its staging folder and the old one still in place.
    if ProcessInfo.processInfo.environment["BRIEFING_FAULT"] == "kill-before-publish" {
        kill(getpid(), SIGKILL)
    }
    // Swap: old aside, new in, old removed; one build at a time per briefing folder, so that
    // two builds into the same folder both finish and the last one's briefing stays.
    let lock = try lockFolder(parent)
    defer { flock(lock, LOCK_UN); close(lock) }
    recoverInterruptedBuild(of: target)
    do {
        if fileManager.fileExists(atPath: target.path) {
            try fileManager.moveItem(at: target, to: retired)
        }
        try fileManager.moveItem(at: staging, to: target)
        try? fileManager.removeItem(at: retired)
    } catch {
        if !fileManager.fileExists(atPath: target.path), fileManager.fileExists(atPath: retired.path) {
            try? fileManager.moveItem(at: retired, to: target)
        }
        throw BriefingError(stage: .publish, file: target.path, "cannot move the new briefing into place: \(error.localizedDescription)")
    }
    return PublishedBriefing(directory: target.path, artifacts: written)
}

/// An exclusive lock on the output folder itself (no lock file is left behind; released when the
/// descriptor closes, also when the process dies). Only the swap holds it, which is quick.
private func lockFolder(_ url: URL) throws -> Int32 {
    let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
        throw BriefingError(stage: .publish, file: url.path, "cannot open the output folder: \(String(cString: strerror(errno)))")
    }
    while flock(descriptor, LOCK_EX) != 0 {
        guard errno == EINTR else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw BriefingError(stage: .publish, file: url.path, "cannot lock the briefing folder: \(reason)")
        }
    }
    return descriptor
}

/// True when the build that named a staging folder (".name.partial-PID-STAMP") is still running.
private func ownerIsAlive(_ entry: String, marker: String) -> Bool {
    guard let range = entry.range(of: marker) else { return false }
    let pidText = entry[range.upperBound...].prefix { $0.isNumber }
    guard let pid = Int32(pidText), pid > 0 else { return false }
    if pid == getpid() { return true }
    return kill(pid, 0) == 0 || errno == EPERM
}

/// Tidies up after a build that was killed: a briefing moved aside but not
/// replaced is put back, and leftover staging folders are removed.
func recoverInterruptedBuild(of target: URL) {
    let fileManager = FileManager.default
    let parent = target.deletingLastPathComponent()
    let name = target.lastPathComponent
    guard let entries = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
    // Only a dead build's folders: a live build's staging folder is its work in progress.
    let previous = entries.filter { $0.hasPrefix(".\(name).previous-") && !ownerIsAlive($0, marker: ".previous-") }.sorted()
    if !fileManager.fileExists(atPath: target.path), let latest = previous.last {
        try? fileManager.moveItem(at: parent.appendingPathComponent(latest), to: target)
    }
    for entry in entries {
        let stale = (entry.hasPrefix(".\(name).partial-") && !ownerIsAlive(entry, marker: ".partial-"))
            || (entry.hasPrefix(".\(name).previous-") && !ownerIsAlive(entry, marker: ".previous-"))
        if stale { try? fileManager.removeItem(at: parent.appendingPathComponent(entry)) }
    }
}

/// Writes a single file atomically (for `index.json` and the like).
public func writeFileAtomically(_ bytes: [UInt8], to path: String) throws {
    do {
        try writeFile(bytes, to: URL(fileURLWithPath: path))
    } catch let error as BriefingError {
        throw error
    } catch {
        throw BriefingError(stage: .publish, file: path, "cannot write: \(error.localizedDescription)")
    }
}

/// Writes bytes to a temporary file in the same folder, then renames it into place.
func writeFile(_ bytes: [UInt8], to url: URL) throws {
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    if let reason = writeAll(bytes, to: temporary.path) {
        try? FileManager.default.removeItem(at: temporary)
        throw BriefingError(stage: .publish, file: url.path, "cannot write the file: \(reason)")
    }
    if rename(temporary.path, url.path) != 0 {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw BriefingError(stage: .publish, file: url.path, "cannot rename the finished file into place: \(reason)")
    }
}

/// Writes `bytes` to a new file at `path` straight from the array (no copy
/// into `Data`: facts.json can be a hundred megabytes); nil, or the system's
/// reason for the failure.
private func writeAll(_ bytes: [UInt8], to path: String) -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    var failure: String?
    bytes.withUnsafeBufferPointer { buffer in
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                return
            }
            offset += count
        }
    }
    if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
    return failure
}
