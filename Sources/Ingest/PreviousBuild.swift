import BriefingModel
import Foundation

/// What the last successful build of a briefing left in its manifest.
public struct PreviousBuild: Sendable, Equatable {
    public var buildKey: String
    /// True when every artifact the manifest lists is still there with its size.
    public var complete: Bool
}

/// Reads `<directory>/manifest.json`, if there is one.
public func readPreviousBuild(in directory: String) -> PreviousBuild? {
    guard let data = FileManager.default.contents(atPath: directory + "/manifest.json"),
          let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let key = manifest["build_key"] as? String,
          let artifacts = manifest["artifacts"] as? [[String: Any]] else { return nil }
    let complete = artifacts.allSatisfy { artifact in
        guard let path = artifact["path"] as? String, let bytes = artifact["bytes"] as? Int,
              let attributes = try? FileManager.default.attributesOfItem(atPath: directory + "/" + path),
              let size = attributes[.size] as? Int else { return false }
        return size == bytes
    }
    return PreviousBuild(buildKey: key, complete: complete)
}

/// The claims, figures and conflicts of an earlier build's `facts.json`, to
/// compare this build with. A file that is missing gives nil; one that cannot
/// be read as facts gives an error naming it.
public func readPreviousFacts(at path: String) throws -> FactsSnapshot? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    guard let facts = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          (facts["schema"] as? String)?.hasPrefix("briefing.facts/") == true,
          let claimList = facts["claims"] as? [[String: Any]] else {
        throw BriefingError(stage: .ingest, file: path, "is not a briefing's facts.json (schema briefing.facts/1), so there is nothing to compare with")
    }
    var paths: [String: String] = [:]
    for source in facts["sources"] as? [[String: Any]] ?? [] {
        if let id = source["id"] as? String, let path = source["path"] as? String { paths[id] = path }
    }
    func string(_ object: [String: Any], _ key: String) -> String? { object[key] as? String }
    func number(_ object: [String: Any], _ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
    let claims = claimList.map { claim in
        SnapshotClaim(id: string(claim, "id") ?? "", type: string(claim, "type") ?? "", subject: string(claim, "subject_name"),
                      object: string(claim, "object"), instrument: string(claim, "instrument"), unit: string(claim, "unit"),
                      value: number(claim, "value"), qualifier: string(claim, "qualifier") ?? "exact",
                      low: number(claim, "low"), high: number(claim, "high"), modality: string(claim, "modality"),
                      sources: (claim["sources"] as? [String] ?? []).map { paths[$0] ?? $0 }, sentence: string(claim, "sentence") ?? "")
    }
    let figureList = facts["figures"] as? [[String: Any]] ?? []
    // Builds from before figures carried their context cannot be matched figure by figure.
    let figures: [SnapshotFigure]? = figureList.contains { $0["context"] == nil } ? nil : figureList.map { figure in
        let source = string(figure, "source") ?? ""
        return SnapshotFigure(id: string(figure, "id") ?? "", source: paths[source] ?? source, kind: string(figure, "kind") ?? "",
                              unit: string(figure, "unit") ?? string(figure, "currency"), context: string(figure, "context") ?? "",
                              text: string(figure, "text") ?? "", value: number(figure, "value"))
    }
    let conflicts = (facts["conflicts"] as? [[String: Any]] ?? []).compactMap { string($0, "note") }.map(conflictTopic)
    let asOf = (facts["briefing"] as? [String: Any]).flatMap { string($0, "as_of") }
    return FactsSnapshot(asOf: asOf, claims: claims, figures: figures, conflicts: conflicts)
}
