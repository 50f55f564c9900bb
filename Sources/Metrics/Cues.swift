/// Words that tell what a figure in a sentence is about. General English
/// business vocabulary; nothing about any one deal.
enum Cues {
    static let ownership: Set<String> = [
        "stake", "stakes", "own", "owns", "owned", "owning", "ownership", "hold", "holds", "holding", "held", "equity",
        "shareholding", "remaining", "controlling", "majority", "minority", "owner", "owners", "shareholder",
        "keeps", "keep", "keeping", "retains", "retain", "retaining", "retained",
    ]
    /// Nouns after "of" that make a percentage a share of a market.
    static let market: Set<String> = [
        "global", "world", "world's", "worldwide", "production", "supply", "supplies", "output", "market", "imports",
        "exports", "consumption", "demand", "refining", "processing", "reserves", "mining", "trade", "shipments",
    ]
    /// Verbs that make a percentage a share of something.
    static let shareVerbs: Set<String> = [
        "accounts", "account", "accounted", "accounting", "controls", "control", "controlling", "controlled", "produces",
        "produced", "supplies", "supplied", "mines", "mined", "refines", "refined", "dominates", "makes", "provides",
    ]
    static let financing: Set<String> = [
        "loan", "loans", "financing", "finance", "financed", "funding", "funded", "credit", "facility", "notes", "note",
        "bond", "bonds", "debt", "lend", "lending", "lender", "lenders", "grant", "grants", "guarantee", "guarantees",
        "letter", "raise", "raised", "raising", "borrow", "borrowed", "backing", "investment", "invest", "invests", "invested",
        "fund", "funds",
    ]
    static let cost: Set<String> = [
        "cost", "costs", "capex", "expenditure", "budget", "budgeted", "price", "tag", "capital", "build", "develop",
        "development",
    ]
    static let reserve: Set<String> = [
        "reserve", "reserves", "resource", "resources", "deposit", "deposits", "contained", "ore", "grading", "grade",
        "inferred", "indicated", "measured", "proven", "probable",
    ]
    static let production: Set<String> = [
        "produce", "produces", "produced", "production", "output", "capacity", "annually", "annual", "throughput", "nameplate",
        "mined",
    ]
    static let timeline: Set<String> = [
        "begin", "begins", "start", "starts", "commence", "commences", "construction", "production", "first", "complete",
        "completed", "completion", "operational", "online", "expected", "slated", "scheduled", "target", "targets",
        "targeted", "planned", "plans", "by", "within", "life", "supply", "operate", "operating", "open", "launch",
        "opens", "opening", "starting", "producing",
    ]
    /// Words that put a figure in the past: history, not this project's plan.
    static let history: Set<String> = [
        "ago", "since", "earlier", "previously", "stopped", "ceased", "formerly", "last",
        // Past-tense output verbs: "Chile produced 5.3m tonnes in 2023" is a record, not a plan.
        "produced", "exported", "imported", "mined", "shipped", "recorded", "totalled", "totaled",
    ]
    /// Nouns that name a deal of some kind: a figure right before one sizes that deal.
    static let dealNouns: Set<String> = [
        "deal", "deals", "agreement", "contract", "order", "acquisition", "purchase", "merger", "takeover", "sale",
        "package", "pact", "accord", "buyback", "buy-back", "repurchase",
    ]
    /// Named financing instruments.
    static let instruments: [[String]] = [
        ["letter", "of", "interest"], ["letter", "of", "intent"], ["letters", "of", "interest"], ["term", "loan"],
        ["bridge", "loan"], ["revolving", "credit", "facility"], ["credit", "facility"], ["credit", "line"],
        ["line", "of", "credit"], ["convertible", "notes"], ["convertible", "bonds"], ["loan", "guarantee"],
        ["loan"], ["loans"], ["notes"], ["bonds"], ["grant"], ["guarantee"], ["streaming", "deal"], ["streaming", "agreement"],
        ["stream"], ["royalty"], ["prepayment"],
    ]
    /// Words that say money is financing without naming the instrument; used only when no instrument is named.
    static let genericInstruments: [[String]] = [
        ["project", "financing"], ["debt", "financing"], ["equity", "investment"], ["equity", "financing"],
        ["equity"], ["investment"], ["financing"],
    ]
    /// Verbs saying a financing offer was actually made (not merely discussed).
    static let issuedVerbs: Set<String> = [
        "issued", "issues", "provided", "provides", "signed", "approved", "approves", "granted", "extended", "secured",
        "received", "obtained", "awarded", "committed", "offered",
    ]
    /// Milestones a timeline figure can refer to.
    static let milestones: [String] = ["construction", "production", "operations", "exports", "completion", "closing", "close", "life", "supply", "output"]
    /// Verbs describing stakes in "A owns X% of B".
    static let stakeOf: Set<String> = ["of", "in"]
}
