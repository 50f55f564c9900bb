import BriefingModel

extension SnapshotClaim {
    /// The value as the ledger prints it: "70%", "$1.1 billion", "none" for a denied stake.
    public var valueText: String {
        if value == nil, modality == "negated" { return "none" }
        return NumberFormat.value(value, unit: unit, qualifier: Qualifier(rawValue: qualifier) ?? .exact, low: low, high: high)
            + (modality.map { " (\($0))" } ?? "")
    }

    /// What the claim is about, in words: "ownership · Cove Kaz Capital Group LLC · joint venture".
    public var topic: String {
        ([type.replacingOccurrences(of: "_", with: " ")] + [subject, object].compactMap { $0 }).joined(separator: " · ")
    }
}

extension Change where Item == SnapshotClaim {
    /// "70% → 75%", "new: $900 million", "gone: 30%".
    public var valueSummary: String {
        switch kind {
        case .changed: return (old?.valueText ?? "") + " → " + (new?.valueText ?? "")
        case .added: return "new: " + (new?.valueText ?? "")
        case .removed: return "gone (was " + (old?.valueText ?? "") + ")"
        }
    }
}
