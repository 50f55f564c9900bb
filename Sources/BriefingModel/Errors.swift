/// The stages of a build, in order, for progress lines and error messages.
public enum Stage: String, Sendable, CaseIterable {
    case ingest, normalize, syntax, metrics, charts, compose, publish
}

/// A failure a user can act on: what went wrong, in which file and line.
public struct BriefingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Bad arguments or an unreadable or malformed input: exit code 2.
        case input
        /// Something went wrong while building: exit code 2 as well, but worded as a bug.
        case internalFailure
    }

    public var kind: Kind
    public var stage: Stage?
    public var file: String?
    public var line: Int?
    public var message: String

    public init(_ kind: Kind = .input, stage: Stage? = nil, file: String? = nil, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.stage = stage
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        var location = ""
        if let file {
            location = file
            if let line { location += ":\(line)" }
            location += ": "
        }
        let stagePart = stage.map { "[\($0.rawValue)] " } ?? ""
        return "\(stagePart)\(location)\(message)"
    }

    /// The same error, stamped with the stage it happened in (kept if set).
    public func inStage(_ stage: Stage) -> BriefingError {
        var copy = self
        if copy.stage == nil { copy.stage = stage }
        return copy
    }
}
