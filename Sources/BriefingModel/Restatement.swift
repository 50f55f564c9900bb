/// "30 billion yen ($200 million)": the same amount restated in another currency, so that
/// money in a currency other than the project cost's can still be set against it.
extension Claim {
    /// The restatement of this claim's amount in `unit`: a context claim of the very next
    /// figure of the same source (the reader makes one for each bracketed restatement).
    public func restatement(in claims: [Claim], unit: String?) -> Claim? {
        guard let figure = figures.first, let number = Int(figure.dropFirst()) else { return nil }
        let next = "F\(number + 1)"
        return claims.first(where: { (candidate: Claim) -> Bool in
            let restates = candidate.type == ClaimType.other && candidate.scope == "context" && candidate.unit == unit
            return restates && candidate.sources == sources && candidate.figures.first == next
        })
    }
}
