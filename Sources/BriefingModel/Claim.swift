/// Organisations, countries and people named in the sources.
public enum EntityKind: String, Sendable, Codable {
    case organization, government, country, person, other
}

public struct Entity: Sendable, Equatable {
    /// `E1`, `E2`, ...
    public var id: String
    /// The fullest name the sources use.
    public var name: String
    /// Every other name it goes by, from the spec and the text.
    public var aliases: [String]
    public var kind: EntityKind
    /// A short name for charts: the shortest alias that is not an acronym-only
    /// stand-in, unless the full name is already short.
    public var shortName: String
    /// For parties that act together ("EXIM and DFC will together lend"): the
    /// entities of the group, in the order the source names them; empty otherwise.
    public var members: [String]

    public init(id: String, name: String, aliases: [String], kind: EntityKind, shortName: String, members: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.shortName = shortName
        self.members = members
    }
}

public enum ClaimType: String, Sendable, Codable, CaseIterable {
    case ownership, financing
    case projectCost = "project_cost"
    case supplyShare = "supply_share"
    case reserve, production, timeline, offtake, other
}

/// A typed statement a source makes, resting on one sentence per source.
public struct Claim: Sendable, Equatable {
    public var id: String
    public var type: ClaimType
    /// The entity the claim is about (the holder, lender, producer), if named.
    public var subject: String?
    /// What is owned, financed or supplied (`joint venture`, `global production of tungsten`).
    public var object: String?
    /// Financing instrument (`letter of interest`, `loan`) where stated.
    public var instrument: String?
    public var value: Double?
    public var unit: String?
    public var qualifier: Qualifier
    public var low: Double?
    public var high: Double?
    public var figures: [String]
    public var sources: [String]
    /// The sentence(s) the claim rests on, one per source, in source order.
    public var sentences: [String]
    /// Sentence ids matching `sentences`.
    public var sentenceIDs: [String]
    /// `project` for claims about this briefing's subject, `context` for
    /// figures about something else (another deal, history).
    public var scope: String
    /// `offered`, `option`, `possible` or `negated` when the source does not state the claim
    /// as a plain fact ("a conditional commitment", "warrants for 5%", "is not seeking").
    public var modality: String?
    /// Who receives the money (an entity ID), when the sentence names it.
    public var recipient: String?
    /// Why the claim was read so: the frame and the words that filled each role.
    public var reading: ClaimReading?

    /// True when the claim may be drawn and summed as fact: a plain statement, or money
    /// offered (a conditional commitment, a letter of interest). Options, possibilities and
    /// denials are reported in words, never charted or added up.
    public var countsAsFact: Bool { modality == nil || (type == .financing && modality == "offered") }

    public init(id: String, type: ClaimType, subject: String?, object: String?, instrument: String?,
                value: Double?, unit: String?, qualifier: Qualifier, low: Double?, high: Double?,
                figures: [String], sources: [String], sentences: [String], sentenceIDs: [String], scope: String) {
        self.id = id
        self.type = type
        self.subject = subject
        self.object = object
        self.instrument = instrument
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.figures = figures
        self.sources = sources
        self.sentences = sentences
        self.sentenceIDs = sentenceIDs
        self.scope = scope
    }
}

/// The grammar behind a claim: the frame, the word that opened it, and the words of
/// each role, as written in the sentence.
public struct ClaimReading: Sendable, Equatable {
    public var frame: String
    public var predicate: String
    /// Role name (`provider`, `holder`, `recipient`, `owned`) → the phrase that filled it.
    public var roles: [(role: String, words: String)]
    public init(frame: String, predicate: String, roles: [(role: String, words: String)]) {
        self.frame = frame
        self.predicate = predicate
        self.roles = roles
    }
    public static func == (a: ClaimReading, b: ClaimReading) -> Bool {
        a.frame == b.frame && a.predicate == b.predicate && a.roles.map(\.role) == b.roles.map(\.role) && a.roles.map(\.words) == b.roles.map(\.words)
    }
}

/// A number computed from claims, naming the claims it was computed from.
public struct Metric: Sendable, Equatable {
    public var name: String
    public var value: Double
    public var unit: String
    /// `exact`, or `at_most` / `at_least` when an input was a bound.
    public var qualifier: Qualifier
    public var inputs: [String]
    public var note: String
    /// What the metric is about (the owned asset for ownership totals).
    public var object: String?

    public init(name: String, value: Double, unit: String, qualifier: Qualifier, inputs: [String], note: String, object: String? = nil) {
        self.name = name
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.inputs = inputs
        self.note = note
        self.object = object
    }
}

/// Sources that say different things about the same matter.
public struct Conflict: Sendable, Equatable {
    public var claims: [String]
    public var note: String
    public init(claims: [String], note: String) {
        self.claims = claims
        self.note = note
    }
}

/// A check the briefing failed (for example ownership over 100%); the
/// briefing is still built, and the command exits 1.
public struct CheckFailure: Sendable, Equatable {
    public var message: String
    public var claims: [String]
    public init(message: String, claims: [String]) {
        self.message = message
        self.claims = claims
    }
}

/// Everything the metrics stage learnt: the input to charts and composition.
public struct Analysis: Sendable {
    public var corpus: Corpus
    public var figures: [Figure]
    public var entities: [Entity]
    public var claims: [Claim]
    public var metrics: [Metric]
    public var conflicts: [Conflict]
    public var failedChecks: [CheckFailure]
    /// What differs from the previous build; nil on a first build.
    public var changes: ChangeReport?

    public init(corpus: Corpus, figures: [Figure], entities: [Entity], claims: [Claim],
                metrics: [Metric], conflicts: [Conflict], failedChecks: [CheckFailure]) {
        self.corpus = corpus
        self.figures = figures
        self.entities = entities
        self.claims = claims
        self.metrics = metrics
        self.conflicts = conflicts
        self.failedChecks = failedChecks
    }

    public func entity(_ id: String?) -> Entity? {
        guard let id else { return nil }
        return numbered(entities, id, \.id)
    }

    public func source(_ id: String) -> SourceDocument? {
        numbered(corpus.sources, id, \.id)
    }

    public func figure(_ id: String) -> Figure? {
        numbered(figures, id, \.id)
    }

    public func claim(_ id: String) -> Claim? {
        numbered(claims, id, \.id)
    }
}

/// Ids are a letter and a position ("F12" is usually the 12th figure): look
/// there first, so lookups stay constant-time in briefings with thousands of
/// figures, and search the list only when the lists were filtered or merged.
private func numbered<Item>(_ items: [Item], _ id: String, _ key: KeyPath<Item, String>) -> Item? {
    guard let number = Int(id.dropFirst()) else { return items.first { $0[keyPath: key] == id } }
    if number >= 1, number <= items.count, items[number - 1][keyPath: key] == id {
        return items[number - 1]
    }
    // A filtered list (the entities a briefing keeps) is still in id order:
    // a binary search on the number, so that each look-up stays logarithmic.
    var low = 0
    var high = min(items.count, number)
    while low < high {
        let middle = (low + high) / 2
        let found = Int(items[middle][keyPath: key].dropFirst()) ?? Int.max
        if found == number, items[middle][keyPath: key] == id { return items[middle] }
        if found < number { low = middle + 1 } else { high = middle }
    }
    return items.first { $0[keyPath: key] == id }
}
