/// The predicates the claim reader knows, read from `assets/frames.yml`: for each
/// frame, the nouns and verbs that open it and how their roles map to slots.
/// Entries are lemmas; a multi-word entry ("letter of interest") is its words.
public struct FrameLexicon: Sendable, Equatable {
    public var ownershipNouns: [[String]] = []
    public var ownershipVerbs: Set<String> = []
    public var transferVerbs: Set<String> = []
    /// Verbs whose "to" phrase holds the stake their subject names ("the remaining 15% belongs to B").
    public var belongingVerbs: Set<String> = []
    public var changeVerbs: Set<String> = []
    public var groupNouns: Set<String> = []
    public var financingNouns: [[String]] = []
    public var givingVerbs: Set<String> = []
    public var receivingVerbs: Set<String> = []
    public var heldByReceiver: [[String]] = []
    public var lenderWords: Set<String> = []
    public var costNouns: [[String]] = []
    public var costVerbs: Set<String> = []
    public var supplyVerbs: Set<String> = []
    public var sourceVerbs: Set<String> = []
    public var marketNouns: Set<String> = []
    /// Commodities whose whole supply an "of" phrase may name ("90% of rare earths").
    public var commodityNouns: Set<String> = []
    public var offtakeVerbs: Set<String> = []
    public var outputNouns: Set<String> = []
    public var offeredWords: [[String]] = []
    public var optionWords: [[String]] = []
    public var possibleWords: [[String]] = []
    /// Verbs that deny the clause they govern ("denied that it was seeking a loan").
    public var denyingVerbs: Set<String> = []
    public var historyMarkers: [[String]] = []
    /// Verbs that put a worth on something ("valuing the unit at $26 billion"): their
    /// amounts size a company or a deal, and no money changes hands by them.
    public var valuationVerbs: Set<String> = []
    /// Verbs that set a ceiling ("exposure is capped at $205 billion"): the amount bounds a
    /// programme or a portfolio; it is no deal's money.
    public var limitVerbs: Set<String> = []

    public init() {}

    /// No frames at all: the claim reader falls back on cue words alone.
    public var isEmpty: Bool { ownershipNouns.isEmpty && financingNouns.isEmpty && costNouns.isEmpty && supplyVerbs.isEmpty }
}
