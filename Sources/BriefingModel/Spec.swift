/// What a briefing is about and where its sources are: the parsed form of a
/// `Pipeline/*.yml` file, or one made up from command-line arguments.
public struct BriefingSpec: Sendable, Equatable {
    /// Short identifier, used as the output folder name (`out/<name>/`).
    public var name: String
    /// Human title printed on the first page and in the PDF metadata.
    public var title: String
    /// The date the briefing speaks for, `YYYY-MM-DD`; also the PDF date.
    public var asOf: String?
    /// Source globs, relative to the spec file's folder (or absolute).
    public var sources: [String]
    /// Canonical entity name → other names the same entity goes by.
    public var aliases: [String: [String]]
    public var page: PageSize
    /// Where the spec came from, for error messages; nil for ad-hoc builds.
    public var specPath: String?
    /// Folder that relative source globs are resolved against.
    public var baseDirectory: String

    public init(name: String, title: String, asOf: String? = nil, sources: [String],
                aliases: [String: [String]] = [:], page: PageSize = .a4,
                specPath: String? = nil, baseDirectory: String) {
        self.name = name
        self.title = title
        self.asOf = asOf
        self.sources = sources
        self.aliases = aliases
        self.page = page
        self.specPath = specPath
        self.baseDirectory = baseDirectory
    }
}

/// Paper sizes in PostScript points (1/72 inch).
public enum PageSize: String, Sendable, Equatable, CaseIterable {
    case a4, letter

    public var width: Double { self == .a4 ? 595.276 : 612 }
    public var height: Double { self == .a4 ? 841.89 : 792 }
}
