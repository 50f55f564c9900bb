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
