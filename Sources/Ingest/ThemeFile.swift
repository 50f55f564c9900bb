import BriefingModel
import Yams

/// Reads `assets/theme.yml`; every key is optional and falls back to `Theme.standard`.
public func parseTheme(_ yaml: String, path: String, fontconfigPath: String?) throws -> Theme {
    let root: Node?
    do { root = try Yams.compose(yaml: yaml) } catch {
        throw BriefingError(stage: .ingest, file: path, "not valid YAML: \(error)")
    }
    var theme = Theme.standard
    theme.fontconfigPath = fontconfigPath
    guard let root else { return theme }

    func color(_ key: String, _ current: String) throws -> String {
        guard let value = root["colors"]?[key]?.string ?? root[key]?.string else { return current }
        guard isHexColor(value) else {
            throw BriefingError(stage: .ingest, file: path, line: root["colors"]?[key]?.mark?.line, "`\(key)` must be a colour written #RRGGBB; got `\(value)`")
        }
        return value
    }
    func number(_ key: String, _ current: Double) throws -> Double {
        guard let node = root["sizes"]?[key] else { return current }
        guard let value = node.string.flatMap(Double.init), value > 0, value < 200 else {
            throw BriefingError(stage: .ingest, file: path, line: node.mark?.line, "`sizes.\(key)` must be a size in points")
        }
        return value
    }

    if let palette = root["palette"] {
        let colors = palette.array().compactMap(\.string)
        guard !colors.isEmpty, colors.allSatisfy(isHexColor) else {
            throw BriefingError(stage: .ingest, file: path, line: palette.mark?.line, "`palette` must be a list of #RRGGBB colours")
        }
        theme.palette = colors
    }
    theme.text = try color("text", theme.text)
    theme.mutedText = try color("muted_text", theme.mutedText)
    theme.rule = try color("rule", theme.rule)
    theme.accent = try color("accent", theme.accent)
    theme.background = try color("background", theme.background)
    theme.panel = try color("panel", theme.panel)
    theme.sansFamily = root["fonts"]?["sans"]?.string ?? theme.sansFamily
    theme.serifFamily = root["fonts"]?["serif"]?.string ?? theme.serifFamily
    theme.monoFamily = root["fonts"]?["mono"]?.string ?? theme.monoFamily
    theme.bodySize = try number("body", theme.bodySize)
    theme.smallSize = try number("small", theme.smallSize)
    theme.titleSize = try number("title", theme.titleSize)
    theme.headingSize = try number("heading", theme.headingSize)
    return theme
}

func isHexColor(_ value: String) -> Bool {
    value.count == 7 && value.first == "#" && value.dropFirst().allSatisfy(\.isHexDigit)
}
