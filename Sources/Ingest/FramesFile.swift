import BriefingModel
import Yams

/// Reads `assets/frames.yml` (see the comments in that file for what each list means).
/// Every list is optional; an entry that is not a string, or a key this reader does not
/// know, is an error naming the line, so a typo never silently switches a frame off.
public func parseFrames(_ yaml: String, path: String) throws -> FrameLexicon {
    let root: Node?
    do { root = try Yams.compose(yaml: yaml) } catch {
        throw BriefingError(stage: .ingest, file: path, "not valid YAML: \(error)")
    }
    var lexicon = FrameLexicon()
    guard let root else { return lexicon }
    guard let sections = root.mapping else {
        throw BriefingError(stage: .ingest, file: path, line: root.mark?.line, "expected a mapping of frames (ownership, financing, ...)")
    }
    let known: [String: Set<String>] = [
        "ownership": ["nouns", "verbs", "transfer_verbs", "belonging_verbs", "change_verbs", "group_nouns"],
        "financing": ["nouns", "giving_verbs", "receiving_verbs", "held_by_receiver", "lender_words"],
        "project_cost": ["nouns", "verbs"],
        "supply_share": ["verbs", "source_verbs", "market_nouns", "commodity_nouns"],
        "offtake": ["verbs", "output_nouns"],
        "modality": ["offered", "option", "possible", "denied"],
        "history": [],
        "valuation": ["verbs", "limit_verbs"],
    ]
    for (keyNode, value) in sections {
        let key = keyNode.string ?? ""
        guard let lists = known[key] else {
            throw BriefingError(stage: .ingest, file: path, line: keyNode.mark?.line,
                                "unknown frame `\(key)`; known: \(known.keys.sorted().joined(separator: ", "))")
        }
        if key == "history" { continue }
        guard let mapping = value.mapping else {
            throw BriefingError(stage: .ingest, file: path, line: value.mark?.line, "`\(key)` must be a mapping of lists")
        }
        for (listKey, _) in mapping where !lists.contains(listKey.string ?? "") {
            throw BriefingError(stage: .ingest, file: path, line: listKey.mark?.line,
                                "unknown list `\(key).\(listKey.string ?? "")`; known: \(lists.sorted().joined(separator: ", "))")
        }
    }

    func entries(_ node: Node?, _ name: String) throws -> [[String]] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            throw BriefingError(stage: .ingest, file: path, line: node.mark?.line, "`\(name)` must be a list of words")
        }
        return try sequence.map { item in
            guard let word = item.string, !word.isEmpty else {
                throw BriefingError(stage: .ingest, file: path, line: item.mark?.line, "`\(name)` must hold words, one per entry")
            }
            return word.lowercased().split(separator: " ").map(String.init)
        }
    }
    func words(_ node: Node?, _ name: String) throws -> Set<String> {
        let found = try entries(node, name)
        if let phrase = found.first(where: { $0.count != 1 }), let node {
            throw BriefingError(stage: .ingest, file: path, line: node.mark?.line,
                                "`\(name)` takes single words (verbs are matched by lemma); got `\(phrase.joined(separator: " "))`")
        }
        return Set(found.map { $0[0] })
    }
    lexicon.ownershipNouns = try entries(root["ownership"]?["nouns"], "ownership.nouns")
    lexicon.ownershipVerbs = try words(root["ownership"]?["verbs"], "ownership.verbs")
    lexicon.transferVerbs = try words(root["ownership"]?["transfer_verbs"], "ownership.transfer_verbs")
    lexicon.belongingVerbs = try words(root["ownership"]?["belonging_verbs"], "ownership.belonging_verbs")
    lexicon.changeVerbs = try words(root["ownership"]?["change_verbs"], "ownership.change_verbs")
    lexicon.groupNouns = try words(root["ownership"]?["group_nouns"], "ownership.group_nouns")
    lexicon.financingNouns = try entries(root["financing"]?["nouns"], "financing.nouns")
    lexicon.givingVerbs = try words(root["financing"]?["giving_verbs"], "financing.giving_verbs")
    lexicon.receivingVerbs = try words(root["financing"]?["receiving_verbs"], "financing.receiving_verbs")
    lexicon.heldByReceiver = try entries(root["financing"]?["held_by_receiver"], "financing.held_by_receiver")
    lexicon.lenderWords = try words(root["financing"]?["lender_words"], "financing.lender_words")
    lexicon.costNouns = try entries(root["project_cost"]?["nouns"], "project_cost.nouns")
    lexicon.costVerbs = try words(root["project_cost"]?["verbs"], "project_cost.verbs")
    lexicon.supplyVerbs = try words(root["supply_share"]?["verbs"], "supply_share.verbs")
    lexicon.sourceVerbs = try words(root["supply_share"]?["source_verbs"], "supply_share.source_verbs")
    lexicon.marketNouns = try words(root["supply_share"]?["market_nouns"], "supply_share.market_nouns")
    lexicon.commodityNouns = try words(root["supply_share"]?["commodity_nouns"], "supply_share.commodity_nouns")
    lexicon.offtakeVerbs = try words(root["offtake"]?["verbs"], "offtake.verbs")
    lexicon.outputNouns = try words(root["offtake"]?["output_nouns"], "offtake.output_nouns")
    lexicon.offeredWords = try entries(root["modality"]?["offered"], "modality.offered")
    lexicon.possibleWords = try entries(root["modality"]?["possible"], "modality.possible")
    lexicon.optionWords = try entries(root["modality"]?["option"], "modality.option")
    lexicon.denyingVerbs = try words(root["modality"]?["denied"], "modality.denied")
    lexicon.historyMarkers = try entries(root["history"], "history")
    lexicon.valuationVerbs = try words(root["valuation"]?["verbs"], "valuation.verbs")
    lexicon.limitVerbs = try words(root["valuation"]?["limit_verbs"], "valuation.limit_verbs")
    return lexicon
}
