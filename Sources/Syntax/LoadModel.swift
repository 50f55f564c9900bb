import Foundation

extension SyntaxModel {
    /// The model shipped in `assets/models/`.
    public static let defaultFileName = "syntax-en-ewt.bin"

    /// Reads a model file, with an error that names it when it is missing,
    /// unreadable, damaged or of another version.
    public static func load(path: String) throws -> SyntaxModel {
        guard let bytes = readWholeFile(path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw SyntaxModelError(file: path, message: exists ? "cannot be read (permissions?)" : "no such model file (train one with briefing-train)")
        }
        return try SyntaxModel(bytes: bytes, file: path)
    }

    /// Loads each model file once per process: a batch of briefings shares one.
    public static func shared(path: String) throws -> SyntaxModel {
        try ModelCache.instance.model(path: path)
    }
}

private final class ModelCache: @unchecked Sendable {
    static let instance = ModelCache()
    private let lock = NSLock()
    private var models: [String: SyntaxModel] = [:]

    func model(path: String) throws -> SyntaxModel {
        lock.lock()
        defer { lock.unlock() }
        if let model = models[path] { return model }
        let model = try SyntaxModel.load(path: path)
        models[path] = model
        return model
    }
}

/// A file's bytes read straight into one array (no intermediate `Data` copy of megabytes).
private func readWholeFile(_ path: String) -> [UInt8]? {
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
