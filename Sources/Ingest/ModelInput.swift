import BriefingModel
import Foundation

/// The Syntax stage's model in `assets/models/`.
public let syntaxModelFileName = "syntax-en-ewt.bin"

/// The model file as a manifest input. The file is read and hashed once per
/// process (a batch of a thousand briefings does not hash the same megabytes a
/// thousand times), and the Syntax stage takes those bytes instead of reading
/// the file again.
func modelInput(_ path: String) throws -> InputFile {
    guard let digest = ReadOnce.shared.digest(path: path) else {
        _ = try readFile(path, role: "model")  // throws the error that says why
        throw BriefingError(stage: .ingest, file: path, "the model file cannot be read")
    }
    return InputFile(role: "model", path: "assets/models/" + syntaxModelFileName, bytes: digest.byteCount, sha256: digest.sha256)
}
