import BriefingModel
import Foundation

extension SyntaxModel {
    /// The model shipped in `assets/models/`.
    public static let defaultFileName = "syntax-en-ewt.bin"

    /// Reads a model file, with an error that names it when it is missing,
    /// unreadable, damaged or of another version.
    public static func load(path: String) throws -> SyntaxModel {
        // The bytes ingest read to hash the file, when it did (one read per build, not two).
        guard let bytes = ReadOnce.shared.takeBytes(path: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw SyntaxModelError(file: path, message: exists ? "cannot be read (permissions?)" : "no such model file (train one with briefing-train)")
        }
        return try SyntaxModel(bytes: bytes, file: path)
    }

    /// Loads each model file once per process: a batch of briefings shares one.
    public static func shared(path: String) throws -> SyntaxModel {
        try ModelCache.instance.model(path: path)
    }

    /// Lets the shared model go: its memory is freed once no one holds it.
    public static func forgetShared(path: String) {
        ModelCache.instance.forget(path: path)
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

    func forget(path: String) {
        lock.lock()
        models[path] = nil
        lock.unlock()
    }
}
