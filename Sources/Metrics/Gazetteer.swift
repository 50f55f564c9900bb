/// General knowledge about names: countries, demonyms, organisation words.
/// Nothing here is about any one deal.
enum Gazetteer {
    /// Country names and common short forms → canonical name.
    static let countries: [String: String] = {
        var table: [String: String] = [:]
        let names = [
            "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
            "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Botswana", "Brazil", "Bulgaria", "Burkina Faso",
            "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czech Republic",
            "Denmark", "Ecuador", "Egypt", "Estonia", "Ethiopia", "Finland", "France", "Georgia", "Germany", "Ghana", "Greece",
            "Guinea", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan",
            "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya", "Lithuania",
            "Luxembourg", "Madagascar", "Malaysia", "Mali", "Mexico", "Moldova", "Mongolia", "Montenegro", "Morocco",
            "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands", "New Zealand", "Niger", "Nigeria", "North Korea",
            "Norway", "Oman", "Pakistan", "Panama", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
            "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Singapore", "Slovakia", "Slovenia", "South Africa", "South Korea",
            "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand",
            "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States",
            "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
        ]
        for name in names { table[name.lowercased()] = name }
        let shortForms = [
            "us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States", "u.s.a.": "United States",
            "america": "United States", "the united states": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
            "britain": "United Kingdom", "great britain": "United Kingdom", "uae": "United Arab Emirates", "drc": "Congo",
            "prc": "China", "people's republic of china": "China", "türkiye": "Turkey", "korea": "South Korea", "holland": "Netherlands", "qazaqstan": "Kazakhstan",
        ]
        for (short, name) in shortForms { table[short] = name }
        return table
    }()

    /// The country of a nationality adjective ("Kazakh" → Kazakhstan), for "the Kazakh government".
    static let demonymCountries: [String: String] = [
        "american": "United States", "chinese": "China", "kazakh": "Kazakhstan", "kazakhstani": "Kazakhstan", "russian": "Russia",
        "british": "United Kingdom", "indian": "India", "japanese": "Japan", "korean": "South Korea", "german": "Germany",
        "french": "France", "canadian": "Canada", "australian": "Australia", "brazilian": "Brazil", "mexican": "Mexico",
        "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "turkish": "Turkey", "ukrainian": "Ukraine", "uzbek": "Uzbekistan",
        "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan", "mongolian": "Mongolia", "spanish": "Spain",
        "italian": "Italy", "swiss": "Switzerland", "dutch": "Netherlands", "polish": "Poland", "iranian": "Iran", "israeli": "Israel",
        "pakistani": "Pakistan", "vietnamese": "Vietnam", "indonesian": "Indonesia", "filipino": "Philippines", "nigerian": "Nigeria",
        "chilean": "Chile", "peruvian": "Peru", "argentine": "Argentina", "argentinian": "Argentina", "congolese": "Congo",
        "zambian": "Zambia", "south african": "South Africa", "norwegian": "Norway", "swedish": "Sweden", "finnish": "Finland",
        "malaysian": "Malaysia", "thai": "Thailand", "egyptian": "Egypt", "moroccan": "Morocco", "ghanaian": "Ghana",
        "kenyan": "Kenya", "tanzanian": "Tanzania", "namibian": "Namibia", "bolivian": "Bolivia", "colombian": "Colombia",
        "danish": "Denmark", "belgian": "Belgium", "austrian": "Austria", "czech": "Czech Republic", "hungarian": "Hungary",
        "greek": "Greece", "portuguese": "Portugal", "irish": "Ireland", "romanian": "Romania", "bulgarian": "Bulgaria",
        "serbian": "Serbia", "croatian": "Croatia", "slovak": "Slovakia", "estonian": "Estonia", "latvian": "Latvia",
        "lithuanian": "Lithuania", "icelandic": "Iceland", "singaporean": "Singapore", "qatari": "Qatar", "omani": "Oman",
        "kuwaiti": "Kuwait", "iraqi": "Iraq", "algerian": "Algeria", "ethiopian": "Ethiopia", "ugandan": "Uganda",
        "rwandan": "Rwanda", "angolan": "Angola", "mozambican": "Mozambique", "zimbabwean": "Zimbabwe", "malagasy": "Madagascar",
        "venezuelan": "Venezuela", "ecuadorian": "Ecuador", "uruguayan": "Uruguay", "cuban": "Cuba", "bangladeshi": "Bangladesh",
        "sri lankan": "Sri Lanka", "azerbaijani": "Azerbaijan", "armenian": "Armenia", "new zealand": "New Zealand",
    ]

    /// Nationality adjectives: capitalised, but not names of anything that owns or lends.
    static let demonyms: Set<String> = Set([
        "american", "chinese", "kazakh", "kazakhstani", "russian", "british", "european", "african", "asian", "indian",
        "japanese", "korean", "german", "french", "canadian", "australian", "brazilian", "mexican", "saudi", "emirati",
        "turkish", "ukrainian", "uzbek", "kyrgyz", "tajik", "turkmen", "mongolian", "soviet", "english", "spanish", "italian", "swiss", "dutch", "polish", "iranian",
        "israeli", "pakistani", "vietnamese", "indonesian", "filipino", "nigerian",
    ]).union(demonymCountries.keys.filter { !$0.contains(" ") })

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Words that introduce a person: their job, not part of a name.
    static let roles: Set<String> = [
        "president", "secretary", "ceo", "cfo", "coo", "minister", "deputy", "chairman", "chairwoman", "chair", "chief",
        "executive", "officer", "director", "senator", "governor", "spokesperson", "spokesman", "spokeswoman",
        "founder", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "ambassador", "premier",
        "prime", "king", "queen", "sheikh", "gen", "general", "managing", "partner", "head", "vice", "analyst", "fellow",
        "representative", "rep", "sen", "adviser", "advisor", "envoy", "mayor", "commissioner",
    ]

    /// Lower-case words that may stand inside a name: `Bank of the United States`.
    static let connectors: Set<String> = ["of", "the", "for", "de", "du", "la", "del", "y", "e", "von", "van", "al", "&", "do", "da", "dos", "das", "della", "di", "des", "der"]

    /// Legal-form words dropped when comparing names.
    static let legalForms: Set<String> = [
        "llc", "llp", "lp", "jsc", "ojsc", "pjsc", "cjsc", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "limited", "plc",
        "co", "co.", "group", "sa", "s.a.", "ag", "nv", "n.v.", "gmbh", "bv", "ab", "asa", "spa", "pte", "pty", "company", "pt", "tbk",
    ]

    /// Extra words that still name the same business (`Cove Kaz` = `Cove Kaz Capital`).
    static let businessWords: Set<String> = [
        "capital", "holdings", "holding", "partners", "resources", "mining", "metals", "minerals", "group", "company",
        "corporation", "international", "global", "ventures", "investments", "enterprises", "industries",
        // ("Silver Peak Lithium LLC" is "Silver Peak": what a miner digs is part of its full name.)
        "lithium", "copper", "nickel", "cobalt", "graphite", "uranium", "gold", "silver", "tungsten", "zinc", "iron", "tin",
        "manganese", "vanadium", "antimony", "rare", "earths", "energy", "materials", "steel", "llc", "inc", "ltd", "corp", "plc",
        "finance", "mine", "royalties", "streaming",
    ]

    /// Words that mark a public body.
    static let governmentWords: Set<String> = [
        "department", "ministry", "agency", "administration", "commission", "government", "congress", "senate",
        "parliament", "treasury", "pentagon", "survey", "authority", "bureau", "office", "house", "state", "cabinet",
        "export-import", "exim", "council", "federal", "national", "embassy", "kremlin", "akimat",
    ]

    /// Words that mark a business or institution.
    static let organizationWords: Set<String> = [
        "bank", "fund", "corporation", "corp", "inc", "llc", "llp", "jsc", "ltd", "plc", "group", "company", "capital",
        "holdings", "partners", "resources", "mining", "metals", "minerals", "energy", "media", "center", "centre",
        "institute", "university", "exchange", "samruk", "trust", "foundation", "association", "consortium",
        "ventures", "investments", "industries", "enterprises", "railway", "railways", "airlines", "motors",
    ]

    /// Capitalised words that begin sentences without naming anything.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "while", "when", "currently", "earlier", "later", "that",
        "this", "those", "these", "it", "its", "details", "talks", "analysts", "representatives", "new", "according",
        "under", "after", "before", "since", "for", "with", "as", "if", "however", "meanwhile", "still", "yet", "also",
        "there", "here", "some", "many", "most", "other", "such", "each", "both", "all", "one", "two", "three",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "last", "next", "first",
        "officials", "sources", "people", "critics", "experts", "investors", "shares", "why", "what",
        "how", "who", "where", "then", "so", "by", "from", "to", "of", "about", "over", "more", "less", "only", "even",
        "local", "foreign", "private", "public", "minority", "remaining", "retail", "institutional",
        // ("State mining holding MIND ID": what kind of body, before its name.)
        "state", "state-owned", "state-run", "federal", "national", "regional", "government", "major", "leading",
        // Subordinating conjunctions and sentence adverbs.
        "although", "though", "because", "whereas", "unless", "until", "once", "upon", "despite", "during", "through",
        "today", "yesterday", "tomorrow", "now", "recently", "previously", "together", "additionally", "furthermore",
        "moreover", "instead", "overall", "finally", "ultimately", "specifically", "separately", "similarly", "indeed",
        "without", "within", "between", "among", "against", "toward", "towards",
    ]
}
