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
