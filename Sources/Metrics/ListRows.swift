import BriefingModel

/// Shareholder tables written as lists: "Shareholders:" followed by "- Orex Mining – 45%",
/// "• Stannis Resources: 35%". A row is a party, a dash or colon, and a share; the label above
/// the list says what the shares are of.

/// Words of a list's label that make its rows owners' stakes.
private let ownershipLabelWords: Set<String> = [
    "shareholder", "shareholders", "owner", "owners", "ownership", "stake", "stakes", "shareholding", "shareholdings",
    "holding", "holdings", "equity", "owned", "partners", "investors", "interest", "interests",
]

/// Whether a list's label ("Shareholders:", "The venture will be owned as follows:") names owners.
func isOwnershipLabel(_ label: String) -> Bool {
    label.lowercased().split(whereSeparator: { !$0.isLetter }).contains { ownershipLabelWords.contains(String($0)) }
}

/// "- Orex Mining – 45%" under an ownership label: the party written right before the dash or
/// colon holds the share. Nil when the sentence is no such row.
func listRowStake(_ figure: Figure, _ proposed: DraftClaim, in context: SentenceContext) -> DraftClaim? {
    guard figure.kind == .percent, let label = context.listLabel, isOwnershipLabel(label) else { return nil }
    let words = context.words
    let first = context.wordIndex(of: figure)
    // The share ends the row ("45%", "45% stake").
    let after = context.wordEnd(of: figure)
    guard first > 0, words[after...].allSatisfy({ ["stake", "interest", "share", "equity"].contains($0.lower) }) else { return nil }
    var end = first - 1
    while end > 0, ["about", "around", "approximately", "roughly", "some", "nearly", "almost"].contains(words[end].lower) { end -= 1 }
    guard words[end].trailing.contains(where: { "–—-:".contains($0) }),
          let party = context.mentions.last(where: { $0.mention.end <= words[end].end && $0.mention.end >= words[end].start }) else { return nil }
    var draft = proposed
    draft.type = .ownership
    draft.subject = party.entityID
    draft.object = context.lastOwnershipObject ?? context.lastSourceOwnershipObject ?? "project"
    return draft
}
