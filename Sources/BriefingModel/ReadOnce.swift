import Foundation

/// A file's size and SHA-256, as the manifest and the build key record it.
public struct FileDigest: Sendable, Equatable {
    public var byteCount: Int
    public var sha256: String
}

/// Large asset files (the syntax model, about 10 MB) read once per process.
/// Ingest needs the model's hash for the build key and the manifest, the
/// Syntax stage its bytes: the first `digest` reads and hashes the file and
/// keeps its bytes until `takeBytes` hands them over (once), so a build reads
/// the model from disk once, not twice. Entries are keyed by path, size and
/// modification time, so a file replaced during a long batch is read again.
public final class ReadOnce: @unchecked Sendable {
    public static let shared = ReadOnce()
    private let lock = NSLock()
    private var digests: [String: FileDigest] = [:]
    private var pendingBytes: [String: [UInt8]] = [:]

    /// The file's digest, read and hashed on first use; nil when it cannot be read.
    public func digest(path: String) -> FileDigest? {
        guard let key = ReadOnce.key(path) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let known = digests[key] { return known }
        guard let bytes = readWholeFile(path) else { return nil }
        let digest = FileDigest(byteCount: bytes.count, sha256: SHA256.hex(bytes))
        digests[key] = digest
        pendingBytes[key] = bytes
        return digest
    }

    /// Starts `digest` on another thread, so that the read and the hash overlap
    /// with whatever the caller does until it asks for the digest.
    public func prefetch(path: String) {
        let thread = Thread { [self] in _ = digest(path: path) }
        thread.start()
    }

    /// The bytes `digest` read, if they are still held (each is handed out once),
    /// else the file read now.
    public func takeBytes(path: String) -> [UInt8]? {
        if let key = ReadOnce.key(path) {
            lock.lock()
            let held = pendingBytes.removeValue(forKey: key)
            lock.unlock()
            if let held { return held }
        }
        return readWholeFile(path)
    }

    private static func key(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return "\(path)|\(status.st_size)|\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }
}

/// A regular file's bytes read straight into one array (no intermediate `Data`
/// copy of megabytes); nil when it is missing, unreadable or not a regular file.
public func readWholeFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(status.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        var done = 0
        while done < size {
            let got = read(descriptor, buffer.baseAddress! + done, size - done)
            if got <= 0 { failed = got < 0; break }
            done += got
        }
        count = done
    }
    return failed ? nil : bytes
}
