import BriefingModel
import Foundation

/// The Syntax stage's model in `assets/models/`.
public let syntaxModelFileName = "syntax-en-ewt.bin"

/// The model file as a manifest input. Its hash is taken once per process for
/// each path, size and modification time: a batch of a thousand briefings does
/// not hash the same megabytes a thousand times.
func modelInput(_ path: String) throws -> InputFile {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
    let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    let key = "\(path)|\(size)|\(modified)"
    if let known = ModelHashes.shared.get(key) { return known }
    let bytes = try readFile(path, role: "model")
    let input = InputFile(role: "model", path: "assets/models/" + syntaxModelFileName, bytes: bytes.count, sha256: SHA256.hex(bytes))
    ModelHashes.shared.set(key, input)
    return input
}

private final class ModelHashes: @unchecked Sendable {
    static let shared = ModelHashes()
    private let lock = NSLock()
    private var known: [String: InputFile] = [:]
    func get(_ key: String) -> InputFile? { lock.lock(); defer { lock.unlock() }; return known[key] }
    func set(_ key: String, _ input: InputFile) { lock.lock(); known[key] = input; lock.unlock() }
}
