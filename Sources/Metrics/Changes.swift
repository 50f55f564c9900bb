import BriefingModel

/// This build's claims, figures and conflicts in the form the previous
/// build's facts.json is read into, so the two can be compared.
public func snapshot(of analysis: Analysis) -> FactsSnapshot {
    func path(_ sourceID: String) -> String { analysis.source(sourceID)?.path ?? sourceID }
    let claims = analysis.claims.map { claim in
        SnapshotClaim(id: claim.id, type: claim.type.rawValue, subject: analysis.entity(claim.subject)?.name, object: claim.object,
                      instrument: claim.instrument, unit: claim.unit, value: claim.value, qualifier: claim.qualifier.rawValue,
                      low: claim.low, high: claim.high, modality: claim.modality, sources: claim.sources.map(path),
                      sentence: claim.sentences.first ?? "")
    }
    let figures = analysis.figures.map { figure in
        SnapshotFigure(id: figure.id, source: path(figure.sourceID), kind: figure.kind.rawValue, unit: figure.unit ?? figure.currency,
                       context: analysis.source(figure.sourceID)?.context(of: figure.range, sentenceID: figure.sentenceID) ?? "",
                       text: figure.text, value: figure.value)
    }
    return FactsSnapshot(asOf: analysis.corpus.spec.asOf, claims: claims, figures: figures,
                         conflicts: analysis.conflicts.map { conflictTopic($0.note) })
}

/// What changed from `previous` to `current`. Items are matched by what they
/// are about (`matchKey`: type, subject, object, unit and source for a claim;
/// source, kind, unit and surrounding words for a figure), never by position
/// or byte offset. Where several items share a key, identical ones are paired
/// first and the rest in their order in the text.
public func compareFacts(previous: FactsSnapshot, current: FactsSnapshot) -> ChangeReport {
    let claims = matchItems(previous.claims, current.claims, key: \.matchKey, statement: \.statement)
    let figures = previous.figures.map { old in
        matchItems(old, current.figures ?? [], key: \.matchKey) { [$0.text, $0.value.map { "\($0)" } ?? ""] }
    } ?? []
    let before = Set(previous.conflicts)
    let after = Set(current.conflicts)
    return ChangeReport(previousAsOf: previous.asOf, claims: claims, figures: figures,
                        conflictsAppeared: uniqueInOrder(current.conflicts.filter { !before.contains($0) }),
                        conflictsResolved: uniqueInOrder(previous.conflicts.filter { !after.contains($0) }))
}

/// The changes between two lists: items under the same key with a different
/// statement are changed, unpaired ones added or removed. Changes come out in
/// the order of the current list, removals last in the order of the previous.
func matchItems<Item>(_ old: [Item], _ new: [Item], key: (Item) -> String, statement: (Item) -> [String]) -> [Change<Item>] {
    var oldByKey: [String: [Int]] = [:]
    for (index, item) in old.enumerated() { oldByKey[key(item), default: []].append(index) }
    var newByKey: [String: [Int]] = [:]
    for (index, item) in new.enumerated() { newByKey[key(item), default: []].append(index) }

    var partner: [Int: Int] = [:]  // new index → old index
    for (itemKey, newIndices) in newByKey {
        var unpairedOld = oldByKey[itemKey] ?? []
        var unpairedNew: [Int] = []
        // Identical statements pair first, so one edited item among many
        // equal-keyed ones is the one reported.
        for newIndex in newIndices {
            if let position = unpairedOld.firstIndex(where: { statement(old[$0]) == statement(new[newIndex]) }) {
                partner[newIndex] = unpairedOld.remove(at: position)
            } else {
                unpairedNew.append(newIndex)
            }
        }
        for (newIndex, oldIndex) in zip(unpairedNew, unpairedOld) { partner[newIndex] = oldIndex }
    }
    let pairedOld = Set(partner.values)
    var changes: [Change<Item>] = []
    for (index, item) in new.enumerated() {
        if let oldIndex = partner[index] {
            if statement(old[oldIndex]) != statement(item) { changes.append(Change(kind: .changed, old: old[oldIndex], new: item)) }
        } else {
            changes.append(Change(kind: .added, old: nil, new: item))
        }
    }
    for (index, item) in old.enumerated() where !pairedOld.contains(index) {
        changes.append(Change(kind: .removed, old: item, new: nil))
    }
    return changes
}
