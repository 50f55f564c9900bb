import BriefingModel

/// Checks made before anything is drawn: a claim that would give an implausible number is
/// taken out of the charts and the bottom line (its scope becomes `implausible`) and listed
/// under "Conflicts and caveats" with the reason. The claim stays in facts.json and the
/// ledger as the source wrote it.
func checkPlausibility(_ claims: [Claim], figures: [Figure]) -> (claims: [Claim], caveats: [Conflict]) {
    let textByID = Dictionary(figures.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
    /// The claim's figure as the source wrote it.
    func quoted(_ claim: Claim) -> String {
        claim.figures.first.flatMap { textByID[$0] } ?? claim.value.map { "\($0)" } ?? "no value"
    }
    var checked = claims
    var caveats: [Conflict] = []
    func reject(_ index: Int, _ reason: String) {
        guard checked[index].scope != "implausible" else { return }
        checked[index].scope = "implausible"
        caveats.append(Conflict(claims: [checked[index].id], note: reason))
    }
    for (index, claim) in checked.enumerated() where claim.scope != "context" {
        guard let value = claim.value else { continue }
        if !value.isFinite || abs(value) > largestShownAmount {
            reject(index, "\(claim.id) is not shown in charts: its value (“\(quoted(claim))”) is beyond any amount a deal states.")
        } else if [.ownership, .supplyShare].contains(claim.type), claim.unit == "%", value > 100 || value < 0 {
            reject(index, "\(claim.id) is not shown in charts: a \(claim.type == .ownership ? "stake" : "share") of \(quoted(claim)) is not a part of a whole.")
        }
    }
    // A cost far below a single loan for it is the cost of something else ("$41.20 per share").
    let financing = checked.filter { $0.type == .financing && $0.scope == "project" && $0.value != nil }
    for (index, cost) in checked.enumerated() where cost.type == .projectCost && cost.scope == "project" {
        guard let costValue = cost.value, costValue > 0,
              let largest = financing.filter({ $0.unit == cost.unit }).max(by: { $0.value! < $1.value! }),
              largest.value! > costValue * 10 else { continue }
        reject(index, "\(cost.id) is not used as the project's cost: \(quoted(cost)) is less than a tenth of the financing in \(largest.id) (\(quoted(largest))), so it is probably the cost of something else.")
    }
    return (checked, caveats)
}

/// Above this (in any unit) a figure is no deal term: a thousand trillion.
let largestShownAmount = 1e15

/// "a joint $700 million commitment … two loans, $620 million and $80 million": an amount that is
/// the sum of two or more others from the same giver is their total. It is kept (scope `total`)
/// but not charted or added again; parts that make it up entirely take its modality.
func markTotals(_ claims: [Claim]) -> [Claim] {
    var marked = claims
    let financing = claims.indices.filter { claims[$0].type == .financing && claims[$0].scope == "project" && claims[$0].value != nil }
    for total in financing {
        let parts = financing.filter { $0 != total && claims[$0].subject == claims[total].subject && claims[$0].unit == claims[total].unit
            && claims[$0].value! < claims[total].value! }
        guard parts.count >= 2 else { continue }
        // Some two or more of the smaller amounts add up to it (within half a percent).
        let values = parts.map { claims[$0].value! }
        let target = claims[total].value!
        var sums: Set<Int> = [0]
        var reached = false
        for value in values {
            for sum in Array(sums) {
                let next = sum + Int((value / target * 10_000).rounded())
                if next >= 9_950, next <= 10_050, sum > 0 { reached = true }
                if next < 10_050 { sums.insert(next) }
            }
        }
        if reached { marked[total].scope = "total" }
        // ("a $700M conditional commitment … two loans of $620 million and $80 million": when all the
        // smaller amounts make the total, they are offered or committed as the total is.)
        if reached, let modality = claims[total].modality, abs(values.reduce(0, +) - target) <= target * 0.005 {
            for part in parts where marked[part].modality == nil { marked[part].modality = modality }
        }
    }
    return marked
}

/// "sell a 49% interest to A and B …; A will take 30% and B 19%": a stake the parties hold
/// together that their own stakes in the same thing add up to is their total, not a third
/// holding (kept, marked "total", and left out of the pie).
func markGroupStakeTotals(_ claims: [Claim], entities: [Entity]) -> [Claim] {
    let membersByGroup = Dictionary(entities.filter { !$0.members.isEmpty }.map { ($0.id, $0.members) }, uniquingKeysWith: { first, _ in first })
    guard !membersByGroup.isEmpty else { return claims }
    let stakes = claims.indices.filter { claims[$0].type == .ownership && claims[$0].scope == "project" && claims[$0].value != nil }
    var marked = claims
    for total in stakes {
        guard let subject = claims[total].subject, let members = membersByGroup[subject] else { continue }
        var sum = 0.0
        var allStated = true
        for member in members {
            // (One stake per member in the same thing; a member with none leaves the total unproven.)
            guard let part = stakes.first(where: { $0 != total && claims[$0].subject == member && claims[$0].object == claims[total].object }) else {
                allStated = false
                break
            }
            sum += claims[part].value!
        }
        if allStated, abs(sum - claims[total].value!) <= 0.05 { marked[total].scope = "total" }
    }
    return marked
}
