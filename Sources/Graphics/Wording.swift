import Foundation

/// "a, b and c": a list in running text, for captions, descriptions and summaries.
public func listJoined(_ parts: [String], conjunction: String = "and") -> String {
    switch parts.count {
    case 0: return ""
    case 1: return parts[0]
    default: return parts.dropLast().joined(separator: ", ") + " \(conjunction) " + parts.last!
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    public func replacingFirstOccurrence(of target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
