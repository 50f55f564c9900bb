/// The key a build's outputs are valid for: the tool version, the output
/// options and the hash of every input (spec, sources, theme, fonts). A
/// briefing whose key matches its last manifest need not be built again.
public func buildKey(inputs: [InputFile], dpi: Int, page: PageSize, png: String = "fast") -> String {
    // (The default PNG setting adds nothing, so keys from before the option still match.)
    let lines = [BriefingVersion.full, "dpi=\(dpi)", "page=\(page.rawValue)"] + (png == "fast" ? [] : ["png=\(png)"])
        + inputs.map { "\($0.role):\($0.path):\($0.sha256)" }
    return SHA256.hex(Array(lines.joined(separator: "\n").utf8))
}
