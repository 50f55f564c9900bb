/// The generator's name and version, printed in footers, PDF metadata and manifests.
public enum BriefingVersion {
    public static let name = "briefing"
    public static let version = "0.1.0"
    public static var full: String { "\(name) \(version)" }
}

/// "2025-11-06" → "6 November 2025"; other strings unchanged.
public func longDate(_ iso: String) -> String {
    let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    let parts = iso.split(separator: "-")
    guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month) else { return iso }
    return "\(day) \(months[month - 1]) \(parts[0])"
}

/// An owned asset in running text: "the joint venture", but "Nechalacho
/// Minerals Ltd" and "the Akzhal project" as written.
public func theAsset(_ object: String?) -> String {
    let name = object ?? "project"
    guard let first = name.first else { return "the project" }
    if first.isUppercase {
        // A proper name stands alone unless it names a kind of thing ("Akzhal project").
        let common = ["project", "mine", "venture", "smelter", "plant", "deposit", "refinery", "unit", "field", "site"]
        return common.contains(where: { name.lowercased().hasSuffix($0) }) ? "the " + name : name
    }
    return "the " + name
}
