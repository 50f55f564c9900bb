import BriefingModel
import Syntax

/// "The Kazakh government will hold 30%": the holder is Kazakhstan. Only the government
/// words stand for the country; "a Japanese state lender" or "a Chinese company" is a body of
/// that country, not the country, and stays unnamed.

/// Stands for a country the text names only by its adjective, until an entity is made for it.
let countryPlaceholder = "country:"

private let governmentNouns: Set<String> = ["government", "state", "administration", "authorities", "cabinet"]

/// The country whose government `word` is ("government" with the amod "Kazakh").
func demonymCountry(of word: Int, _ parse: ParsedSentence) -> String? {
    guard governmentNouns.contains(parse.words[word].lemma.lowercased()) else { return nil }
    // ("state" as in "state lender" is a modifier, not the state itself.)
    guard parse.baseRelation(word) != "compound" else { return nil }
    for modifier in parse.dependents(of: word, "amod") + parse.dependents(of: word, "compound") {
        if let country = Gazetteer.demonymCountries[parse.words[modifier].form.lowercased()] { return country }
    }
    return nil
}

/// Makes an entity for each country a claim names only by its adjective, and points the
/// claims at it (one entity per country, in the order first met).
func resolveCountryPlaceholders(_ drafts: [DraftClaim], _ index: EntityIndex) -> ([DraftClaim], EntityIndex) {
    var index = index
    var nextNumber = (index.entities.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
    func resolved(_ id: String?) -> String? {
        guard let id, id.hasPrefix(countryPlaceholder) else { return id }
        let country = String(id.dropFirst(countryPlaceholder.count))
        if let known = index.idByKey[nameKey(country)] { return known }
        let made = "E\(nextNumber)"
        nextNumber += 1
        index.entities.append(Entity(id: made, name: country, aliases: [], kind: .country, shortName: country))
        index.idByKey[nameKey(country)] = made
        return made
    }
    let drafts = drafts.map { draft -> DraftClaim in
        var draft = draft
        draft.subject = resolved(draft.subject)
        draft.recipient = resolved(draft.recipient)
        draft.partners = draft.partners.compactMap { resolved($0) }
        return draft
    }
    return (drafts, index)
}
