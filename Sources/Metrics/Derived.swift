import BriefingModel

/// Numbers computed from claims: ownership totals, financing coverage and
/// gap, the rest of the world's share. Bounds carry through: coverage from an
/// "up to" amount is itself at most that.
func deriveMetrics(_ claims: [Claim], entities: [Entity]) -> (metrics: [Metric], failures: [CheckFailure]) {
    var metrics: [Metric] = []
    var failures: [CheckFailure] = []
    let project = claims.filter { $0.scope == "project" && $0.countsAsFact && $0.value != nil }

    // Ownership per asset: one share per holder (the first source's, if they disagree).
    var objects: [String] = []
    for claim in project where claim.type == .ownership {
        let object = claim.object ?? "project"
        if !objects.contains(object) { objects.append(object) }
    }
    for object in objects {
        var seenHolders = Set<String>()
        var inputs: [Claim] = []
        for claim in project where claim.type == .ownership && (claim.object ?? "project") == object {
            let holder = claim.subject ?? claim.id
            if seenHolders.insert(holder).inserted { inputs.append(claim) }
        }
        let total = inputs.reduce(0) { $0 + ($1.value ?? 0) }
        var note = "Sum of the stated stakes in \(theAsset(object))."
        if total > 100.0001 {
            note += " Over 100%: the sources' stakes cannot all be right."
            failures.append(CheckFailure(message: "ownership of \(theAsset(object)) adds up to \(formatPlain(total))%, over 100%", claims: inputs.map(\.id)))
        } else if total < 99.9999 {
            note += " \(formatPlain(100 - total))% is not accounted for by the sources; it is not filled in."
            // "with the remainder held by Sopamin": a holder of the rest named without a figure.
            let remainderHolders = claims.filter { claim in
                claim.type == .ownership && claim.instrument == "remainder" && claim.value == nil && claim.countsAsFact
                    && (claim.object ?? "project") == object && !seenHolders.contains(claim.subject ?? "")
            }.compactMap { claim in entities.first { $0.id == claim.subject }?.shortName }
            if !remainderHolders.isEmpty {
                note += " The sources say \(uniqueInOrder(remainderHolders).joined(separator: " and ")) holds the rest."
            }
        }
        metrics.append(Metric(name: "ownership_total", value: total, unit: "%", qualifier: combined(inputs.map(\.qualifier)),
                              inputs: inputs.map(\.id), note: note, object: object))
    }

    // Financing against cost, in the cost's currency.
    if let cost = project.first(where: { $0.type == .projectCost }) {
        // Money in another currency counts through the amount the text restates it as
        // ("30 billion yen ($200 million)"); with none, it cannot be counted, and no gap is shown.
        var financing: [Claim] = []
        var uncounted: [Claim] = []
        for claim in project where claim.type == .financing {
            if claim.unit == cost.unit {
                financing.append(claim)
            } else if var restated = claim.restatement(in: claims, unit: cost.unit) {
                restated.qualifier = claim.qualifier
                restated.id = claim.id
                financing.append(restated)
            } else {
                uncounted.append(claim)
            }
        }
        if !financing.isEmpty, !uncounted.isEmpty {
            failures.append(CheckFailure(
                message: "\(uncounted.map(\.id).joined(separator: ", ")) \(uncounted.count == 1 ? "is" : "are") in another currency than the cost (\(cost.id)), "
                    + "with no amount restated in \(cost.unit ?? "its currency"): not counted, so no funding gap is shown",
                claims: [cost.id] + uncounted.map(\.id)))
        }
        // (An "up to" amount beside one not counted bounds the coverage neither way.)
        let boundless = !uncounted.isEmpty && financing.contains { $0.qualifier == .atMost }
        if !financing.isEmpty, !boundless, let costValue = cost.value, costValue > 0 {
            let amount = financing.reduce(0) { $0 + ($1.value ?? 0) }
            let qualifiers = financing.map(\.qualifier)
            let financingBound = combined(qualifiers)
            let inputs = [cost.id] + financing.map(\.id)
            var coverageQualifier = financingBound == .exact ? cost.qualifier == .exact ? .exact : .approx : financingBound
            if !uncounted.isEmpty { coverageQualifier = .atLeast }
            var gapQualifier: Qualifier = financingBound == .atMost ? .atLeast : financingBound == .atLeast ? .atMost : coverageQualifier
            var costNote = ""
            // A cost range ("$2.1-2.4bn") is measured from its low end: coverage is at most that, the gap at least.
            if cost.qualifier == .range, financingBound == .exact || financingBound == .atMost {
                coverageQualifier = .atMost
                gapQualifier = .atLeast
                costNote = " The cost is a range; its low end is used."
            }
            metrics.append(Metric(
                name: "financing_coverage", value: amount / costValue * 100, unit: "%", qualifier: coverageQualifier,
                inputs: inputs,
                note: (financingBound == .atMost
                    ? "Financing offered divided by project cost; the financing is a ceiling (“up to”), so the coverage is at most this."
                    : "Financing divided by project cost.") + costNote))
            // More money than the cost is no negative gap: the amounts size different things (a
            // first phase against a whole programme, a company against one plant), or one is wrong.
            if !uncounted.isEmpty {
                // (The money not counted leaves the gap unknown: said above, in the failures.)
            } else if amount > costValue {
                failures.append(CheckFailure(
                    message: "the financing (\(financing.map(\.id).joined(separator: ", "))) \(financingBound == .atMost ? "may be" : "is") more than the stated cost (\(cost.id)): "
                        + "they may size different things, so no funding gap is shown",
                    claims: inputs))
            } else {
                metrics.append(Metric(
                    name: "funding_gap", value: costValue - amount, unit: cost.unit ?? "", qualifier: gapQualifier,
                    inputs: inputs,
                    note: financingBound == .atMost
                        ? "Project cost less financing offered; since the financing is “up to”, the gap is at least this." + costNote
                        : "Project cost less financing." + costNote))
            }
        }
    }

    metrics += effectiveStakes(project, entities: entities)

    // The rest of the world's share, per actor: 100 less the stated share.
    var seenActors = Set<String>()
    for claim in project where claim.type == .supplyShare {
        let actor = claim.subject ?? claim.id
        guard seenActors.insert(actor).inserted, let share = claim.value else { continue }
        let name = entities.first { $0.id == claim.subject }?.shortName ?? "the named producer"
        let qualifier: Qualifier
        switch claim.qualifier {
        case .atLeast: qualifier = .atMost
        case .atMost: qualifier = .atLeast
        case .exact: qualifier = .exact
        default: qualifier = .approx
        }
        metrics.append(Metric(name: "rest_of_world_share", value: 100 - share, unit: "%", qualifier: qualifier,
                              inputs: [claim.id], note: "100% less \(name)’s share of \(claim.object ?? "supply").",
                              object: claim.subject))
    }
    return (metrics, failures)
}

/// The loosest of several qualifiers: any ceiling makes a sum a ceiling.
private func combined(_ qualifiers: [Qualifier]) -> Qualifier {
    if qualifiers.contains(.atMost) && !qualifiers.contains(.atLeast) { return .atMost }
    if qualifiers.contains(.atLeast) && !qualifiers.contains(.atMost) { return .atLeast }
    if qualifiers.allSatisfy({ $0 == .exact }) { return .exact }
    return .approx
}

private func formatPlain(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format1(value))
}

private func format1(_ value: Double) -> String {
    let scaled = (value * 10).rounded() / 10
    return scaled == scaled.rounded() ? String(Int(scaled)) : "\(scaled)"
}

/// "A holds 70% of TF Holdings, which owns 80% of the mine": A's effective stake in the mine,
/// 56%, derived only from a chain the sources state (the owned thing of one claim is by name the
/// holder of the other) and labelled as derived.
func effectiveStakes(_ claims: [Claim], entities: [Entity]) -> [Metric] {
    let stakes = claims.filter { $0.type == .ownership && $0.unit == "%" && $0.value != nil }
    func names(_ id: String?) -> [String] {
        guard let entity = entities.first(where: { $0.id == id }) else { return [] }
        return [entity.name] + entity.aliases
    }
    var metrics: [Metric] = []
    for upper in stakes {
        for lower in stakes where lower.id != upper.id && lower.subject != nil && lower.subject != upper.subject {
            guard let owned = upper.object, names(lower.subject).contains(owned), let outer = upper.value, let inner = lower.value,
                  lower.object != nil else { continue }
            let holder = entities.first { $0.id == upper.subject }?.shortName ?? "an unnamed holder"
            let middle = entities.first { $0.id == lower.subject }?.shortName ?? owned
            metrics.append(Metric(
                name: "effective_stake", value: outer * inner / 100, unit: "%",
                qualifier: upper.qualifier == .exact && lower.qualifier == .exact ? .exact : .approx,
                inputs: [upper.id, lower.id],
                note: "Derived, not stated: \(possessive(holder)) \(formatPlain(outer))% of \(middle) times \(possessive(middle)) \(formatPlain(inner))% of \(theAsset(lower.object)).",
                object: lower.object))
        }
    }
    return metrics
}

/// "Boreal Rare Earths’", "TF Holdings’", "Cove’s".
private func possessive(_ name: String) -> String {
    name.hasSuffix("s") ? name + "’" : name + "’s"
}
