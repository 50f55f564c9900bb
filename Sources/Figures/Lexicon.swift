/// The words the recognizer knows: number words, scales, currencies, units
/// and qualifiers. Plain data; the grammar lives in `Recognizer.swift`.
enum Lexicon {
    // Each table below is looked up by a token's word index on the hot path (no string hashing);
    // the `...Words` dictionaries are the tables as written.
    static let units = WordMap(unitsWords)
    static let tens = WordMap(tensWords)
    static let bigScales = WordMap(bigScalesWords)
    static let ordinals = WordMap(ordinalsWords)
    static let scaleWords = WordMap(scaleWordsWords)
    static let shortScales = WordMap(shortScalesWords)
    static let dollarPrefixes = WordMap(dollarPrefixesWords)
    static let currencyCodes = WordMap(currencyCodesWords)
    static let millionCodes = WordMap(millionCodesWords)
    static let currencyNames = WordMap(currencyNamesWords)
    static let currencyAdjectives = WordMap(currencyAdjectivesWords)
    static let dollarCountries = WordMap(dollarCountriesWords)
    static let subunits = WordMap(subunitsWords)
    static let durationUnits = WordMap(durationUnitsWords)
    static let quantityUnits = WordMap(quantityUnitsWords)
    static let months = WordMap(monthsWords)
    static let addressWords = WordMap(Dictionary(uniqueKeysWithValues: addressWordsList.map { ($0, true) }))
    static let streetWords = WordMap(Dictionary(uniqueKeysWithValues: streetWordsList.map { ($0, true) }))

    /// Words before a number that make it part of an address: "Suite 400", "PO Box 12".
    static let addressWordsList = ["suite", "floor", "room", "box", "apt", "apartment", "flat", "unit", "building", "pier", "gate"]
    /// Words that end a street name after a house number: "123 Main Street".
    static let streetWordsList = ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "place",
                                  "court", "parkway", "highway", "plaza", "terrace", "crescent"]

    static let unitsWords: [String: Double] = [
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tensWords: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Scale words that multiply the number before them in a spelled number.
    static let bigScalesWords: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
    ]
    static let dozenWords: Set<String> = ["dozen", "dozens", "dz", "dzs", "doz", "dozs"]

    /// Denominators of fractions ("fifths" → 5), with whether the word is plural.
    static let ordinalsWords: [String: (value: Double, plural: Bool)] = {
        let singular: [(String, Double)] = [
            ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
            ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13), ("fourteenth", 14),
            ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18), ("nineteenth", 19),
            ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70),
            ("eightieth", 80), ("ninetieth", 90), ("hundredth", 100), ("thousandth", 1e3), ("millionth", 1e6),
            ("billionth", 1e9), ("trillionth", 1e12), ("quarter", 4),
        ]
        var table: [String: (value: Double, plural: Bool)] = ["half": (2, false), "halves": (2, true)]
        for (word, value) in singular {
            table[word] = (value, false)
            table[word + "s"] = (value, true)
        }
        return table
    }()

    /// Scale words after a number, as powers of ten. The short forms
    /// (`m`, `bn`, `k`) count only where the context is money or they are
    /// written against the number (`2.4Bn`).
    static let scaleWordsWords: [String: Int] = [
        "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
        "lakh": 5, "crore": 7,
    ]
    static let shortScalesWords: [String: Int] = [
        "k": 3, "m": 6, "mn": 6, "mln": 6, "mio": 6, "mil": 6, "b": 9, "bn": 9, "bln": 9, "tn": 12, "trn": 12, "tln": 12,
    ]

    /// Currency symbols.
    static let currencySymbols: [Unicode.Scalar: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₸": "KZT", "₽": "RUB", "₩": "KRW", "₺": "TRY",
        "₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC",
    ]
    /// Letters written before `$` that name a particular dollar.
    static let dollarPrefixesWords: [String: String] = [
        "us": "USD", "u": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD",
        "nz": "NZD", "s": "SGD", "sg": "SGD", "nt": "TWD", "r": "BRL", "mx": "MXN", "mex": "MXN", "z": "ZWL",
    ]
    /// ISO codes (and common stand-ins) written as words.
    static let currencyCodesWords: [String: String] = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "kzt": "KZT",
        "aud": "AUD", "cad": "CAD", "hkd": "HKD", "chf": "CHF", "inr": "INR", "rub": "RUB", "sgd": "SGD",
        "nzd": "NZD", "krw": "KRW", "brl": "BRL", "zar": "ZAR", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
        "try": "TRY", "mxn": "MXN", "aed": "AED", "sar": "SAR", "btc": "BTC",
    ]
    /// Codes with an M for millions in front, as in financial tables: "30 MUSD", "MAUD 60".
    static let millionCodesWords: [String: String] = [
        "musd": "USD", "meur": "EUR", "mgbp": "GBP", "maud": "AUD", "mcad": "CAD", "mchf": "CHF", "msek": "SEK",
        "mnok": "NOK", "mdkk": "DKK", "mjpy": "JPY",
    ]
    /// Units written with non-ASCII letters, as UTF-8 bytes (μ is the Greek letter, µ the micro sign).
    static let nonASCIIUnitWords: [[UInt8]: String] = [
        Array("μg".utf8): "microgram", Array("µg".utf8): "microgram", Array("μm".utf8): "micrometre", Array("µm".utf8): "micrometre",
    ]
    /// Currency words written in other scripts, as UTF-8 bytes.
    static let nonASCIICurrencyWords: [[UInt8]: String] = [Array("元".utf8): "CNY", Array("ரூ".utf8): "LKR"]
    /// Currency names after the amount; `nil` entries take a country word before them.
    static let currencyNamesWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
        "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "tenge": "KZT", "ruble": "RUB",
        "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "rupee": "INR", "rupees": "INR", "franc": "CHF",
        "francs": "CHF", "won": "KRW", "peso": "MXN", "pesos": "MXN", "real": "BRL", "reais": "BRL", "rand": "ZAR",
        "lira": "TRY", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "krona": "SEK",
        "kronor": "SEK", "krone": "NOK", "kroner": "NOK", "peseta": "ESP", "pesetas": "ESP", "guilder": "NLG", "guilders": "NLG",
        "markka": "FIM", "markkaa": "FIM", "bitcoin": "BTC", "bitcoins": "BTC",
    ]
    /// Nationality words before a currency name that fix which one is meant: "swiss francs".
    static let currencyAdjectivesWords: [String: String] = [
        "swiss": "CHF", "turkish": "TRY", "dutch": "NLG", "finnish": "FIM", "chinese": "CNY", "japanese": "JPY",
        "mexican": "MXN", "indian": "INR", "russian": "RUB", "brazilian": "BRL", "spanish": "ESP", "british": "GBP",
    ]
    /// Country words that say which dollar (or franc, peso) is meant.
    static let dollarCountriesWords: [String: String] = [
        "australian": "AUD", "canadian": "CAD", "singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD",
        "zealand": "NZD", "hong": "HKD", "kong": "HKD", "us": "USD", "american": "USD",
    ]
    /// Hundredths of a currency.
    static let subunitsWords: [String: String] = [
        "cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP", "p": "GBP", "satoshi": "BTC", "satoshis": "BTC",
    ]

    /// Units of time, with their canonical singular.
    static let durationUnitsWords: [String: String] = [
        "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
        "h": "hour", "hr": "hour", "min": "minute", "sec": "second",
        "week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour", "hrs": "hour",
        "minute": "minute", "minutes": "minute", "mins": "minute", "second": "second", "seconds": "second",
        "secs": "second", "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
        "quarter": "quarter", "quarters": "quarter", "fortnight": "fortnight", "fortnights": "fortnight",
        "night": "night", "nights": "night", "weekend": "weekend", "weekends": "weekend",
    ]

    /// Units of quantity: canonical unit and the factor to it (`kt` → 1,000 tonnes).
    static let quantityUnitsWords: [String: (unit: String, factor: Double)] = [
        "tonne": ("tonne", 1), "tonnes": ("tonne", 1), "t": ("tonne", 1), "kt": ("tonne", 1e3), "mt": ("tonne", 1e6),
        "kilotonnes": ("tonne", 1e3), "kilotons": ("ton", 1e3), "megatonnes": ("tonne", 1e6),
        "ton": ("ton", 1), "tons": ("ton", 1), "tpa": ("tonne/year", 1), "ktpa": ("tonne/year", 1e3), "mtpa": ("tonne/year", 1e6),
        "kg": ("kilogram", 1), "kilogram": ("kilogram", 1), "kilograms": ("kilogram", 1), "kilo": ("kilogram", 1), "kilos": ("kilogram", 1),
        "g": ("gram", 1), "gram": ("gram", 1), "grams": ("gram", 1), "gramme": ("gram", 1), "grammes": ("gram", 1),
        "kilogramme": ("kilogram", 1), "kilogrammes": ("kilogram", 1), "milligram": ("milligram", 1), "milligramme": ("milligram", 1),
        "milligrammes": ("milligram", 1), "mg": ("milligram", 1), "milligrams": ("milligram", 1),
        "lb": ("pound", 1), "lbs": ("pound", 1), "pounds": ("pound", 1), "pound": ("pound", 1), "ounce": ("ounce", 1), "ounces": ("ounce", 1), "oz": ("ounce", 1), "koz": ("ounce", 1e3), "moz": ("ounce", 1e6),
        "carat": ("carat", 1), "carats": ("carat", 1),
        "km": ("kilometre", 1), "kilometre": ("kilometre", 1), "kilometres": ("kilometre", 1), "kilometer": ("kilometre", 1),
        "kilometers": ("kilometre", 1), "metre": ("metre", 1), "metres": ("metre", 1), "meter": ("metre", 1), "meters": ("metre", 1),
        "cm": ("centimetre", 1), "centimetres": ("centimetre", 1), "centimeters": ("centimetre", 1), "mm": ("millimetre", 1),
        "millimetres": ("millimetre", 1), "millimeters": ("millimetre", 1), "mile": ("mile", 1), "miles": ("mile", 1),
        "foot": ("foot", 1), "feet": ("foot", 1), "ft": ("foot", 1), "inch": ("inch", 1), "inches": ("inch", 1),
        "yard": ("yard", 1), "yards": ("yard", 1),
        "hectare": ("hectare", 1), "hectares": ("hectare", 1), "ha": ("hectare", 1), "acre": ("acre", 1), "acres": ("acre", 1),
        "km2": ("square kilometre", 1), "ml": ("millilitre", 1), "millilitre": ("millilitre", 1), "millilitres": ("millilitre", 1),
        "milliliter": ("millilitre", 1), "milliliters": ("millilitre", 1), "microgram": ("microgram", 1), "micrograms": ("microgram", 1),
        "mcg": ("microgram", 1), "microgramme": ("microgram", 1), "microgrammes": ("microgram", 1), "dm": ("decimetre", 1),
        "decimetre": ("decimetre", 1), "decimeter": ("decimetre", 1), "degree": ("degree", 1), "degrees": ("degree", 1),
        "radian": ("radian", 1), "radians": ("radian", 1), "rad": ("radian", 1), "tablespoon": ("tablespoon", 1),
        "tablespoons": ("tablespoon", 1), "teaspoon": ("teaspoon", 1), "teaspoons": ("teaspoon", 1), "cup": ("cup", 1),
        "cups": ("cup", 1), "bit": ("bit", 1), "bits": ("bit", 1), "kph": ("kilometre/hour", 1), "kmph": ("kilometre/hour", 1),
        "mph": ("mile/hour", 1), "knot": ("knot", 1), "knots": ("knot", 1), "drachma": ("dram", 1), "dram": ("dram", 1),
        "turn": ("turn", 1), "turns": ("turn", 1),
        "litre": ("litre", 1), "litres": ("litre", 1), "liter": ("litre", 1), "liters": ("litre", 1), "gallon": ("gallon", 1),
        "gallons": ("gallon", 1), "barrel": ("barrel", 1), "barrels": ("barrel", 1), "bbl": ("barrel", 1), "bpd": ("barrel/day", 1),
        "mw": ("megawatt", 1), "megawatts": ("megawatt", 1), "gw": ("gigawatt", 1), "gigawatts": ("gigawatt", 1),
        "kw": ("kilowatt", 1), "kilowatts": ("kilowatt", 1), "mwh": ("megawatt hour", 1), "gwh": ("gigawatt hour", 1),
        "kwh": ("kilowatt hour", 1), "twh": ("terawatt hour", 1), "wh": ("watt hour", 1),
        "watt": ("watt", 1), "watts": ("watt", 1), "w": ("watt", 1), "kilowatt": ("kilowatt", 1), "megawatt": ("megawatt", 1),
        "gigawatt": ("gigawatt", 1), "m": ("metre", 1), "in": ("inch", 1), "mi": ("mile", 1), "kelvin": ("kelvin", 1),
        "ma": ("megayear", 1), "megaannum": ("megayear", 1), "ga": ("gigayear", 1), "gigaannum": ("gigayear", 1),
        "pm": ("picometre", 1), "picometre": ("picometre", 1), "picometer": ("picometre", 1), "picometres": ("picometre", 1),
        "picometers": ("picometre", 1), "am": ("attometre", 1), "fb": ("femtobarn", 1), "s": ("second", 1),
        "kb": ("kilobyte", 1), "mb": ("megabyte", 1), "gb": ("gigabyte", 1), "tb": ("terabyte", 1),
        "nanometre": ("nanometre", 1), "nanometres": ("nanometre", 1), "nanometer": ("nanometre", 1), "nanometers": ("nanometre", 1),
        "nm": ("nanometre", 1), "cl": ("centilitre", 1), "centilitre": ("centilitre", 1), "centilitres": ("centilitre", 1),
        "centiliter": ("centilitre", 1), "centiliters": ("centilitre", 1), "tpd": ("ton/day", 1), "ev": ("electronvolt", 1),
        "tev": ("teraelectronvolt", 1), "gev": ("gigaelectronvolt", 1), "mev": ("megaelectronvolt", 1),
        "ghz": ("gigahertz", 1), "mhz": ("megahertz", 1), "khz": ("kilohertz", 1), "hz": ("hertz", 1), "mgy": ("milligray", 1), "gy": ("gray", 1),
        "btu": ("british thermal unit", 1), "btus": ("british thermal unit", 1), "mmbtu": ("million british thermal unit", 1),
        "l": ("litre", 1),
        "tbsp": ("tablespoon", 1), "tsp": ("teaspoon", 1), "exabytes": ("exabyte", 1), "exabyte": ("exabyte", 1),
        "gigabytes": ("gigabyte", 1), "gigabyte": ("gigabyte", 1), "megabytes": ("megabyte", 1), "megabyte": ("megabyte", 1),
        "terabytes": ("terabyte", 1), "terabyte": ("terabyte", 1), "bytes": ("byte", 1), "byte": ("byte", 1),
        "j": ("joule", 1), "joule": ("joule", 1), "joules": ("joule", 1), "kj": ("kilojoule", 1), "kilojoule": ("kilojoule", 1),
        "kilojoules": ("kilojoule", 1), "mj": ("megajoule", 1), "megajoule": ("megajoule", 1), "megajoules": ("megajoule", 1),
        "gj": ("gigajoule", 1), "gigajoule": ("gigajoule", 1), "gigajoules": ("gigajoule", 1), "js": ("joule second", 1),
        "kibibyte": ("kibibyte", 1), "kibibytes": ("kibibyte", 1), "gross": ("gross", 1), "dimes": ("dime", 1), "dime": ("dime", 1),
    ]
    /// Units that are a single letter or otherwise too ambiguous to stand apart
    /// from the number unless a number sits right before them.
    static let ambiguousUnits: Set<String> = [
        "t", "g", "m", "w", "ma", "ga", "pm", "am", "fb", "s", "in", "mb", "gb", "tb", "kb", "mi", "cl", "ev", "nm",
        "gross", "dime", "dimes", "bytes", "byte", "kelvin", "mt", "ha", "ft", "oz", "p", "rad", "dm", "turn",
        "turns", "cup", "cups", "bit", "bits", "j", "js", "kj", "mj", "gj", "gy", "l",
    ]

    static let monthsWords: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Qualifier phrases before a figure, longest first within each first word.
    static let qualifiers: [(words: [String], qualifier: QualifierWord)] = [
        (["more", "than"], .atLeast), (["at", "least"], .atLeast), (["in", "excess", "of"], .atLeast),
        (["upwards", "of"], .atLeast), (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast),
        (["greater", "than"], .atLeast), (["north", "of"], .atLeast), (["over"], .atLeast), (["above"], .atLeast),
        (["exceeding"], .atLeast), (["as", "little", "as"], .atLeast), (["a", "minimum", "of"], .atLeast), (["minimum", "of"], .atLeast),
        (["larger", "than"], .atLeast), (["bigger", "than"], .atLeast), (["higher", "than"], .atLeast),
        (["greater", "than", "or", "equal", "to"], .atLeast), (["more", "than", "or", "equal", "to"], .atLeast),
        (["equal", "to", "or", "more", "than"], .atLeast), (["equal", "to", "or", "greater", "than"], .atLeast),
        (["at", "least", "or", "equal", "to"], .atLeast), (["bigger", "or", "equal", "than"], .atLeast),
        (["higher", "or", "equal", "than"], .atLeast), (["larger", "or", "equal", "than"], .atLeast),
        (["greater", "or", "equal", "than"], .atLeast),
        (["smaller", "than"], .atMost), (["lower", "than"], .atMost), (["less", "than", "or", "equal", "to"], .atMost),
        (["equal", "to", "or", "less", "than"], .atMost), (["smaller", "or", "equal", "than"], .atMost),
        (["lower", "or", "equal", "than"], .atMost), (["less", "or", "equal", "than"], .atMost),
        (["up", "to"], .atMost), (["as", "much", "as"], .atMost), (["as", "many", "as"], .atMost), (["as", "high", "as"], .atMost),
        (["at", "most"], .atMost), (["no", "more", "than"], .atMost), (["not", "more", "than"], .atMost),
        (["less", "than"], .atMost), (["fewer", "than"], .atMost), (["under"], .atMost), (["below"], .atMost),
        (["a", "maximum", "of"], .atMost), (["maximum", "of"], .atMost), (["capped", "at"], .atMost),
        (["an", "estimated"], .approx), (["estimated", "at"], .approx), (["estimated"], .approx), (["close", "to"], .approx),
        (["some"], .approx), (["about"], .approx), (["around"], .approx), (["approximately"], .approx),
        (["approx"], .approx), (["roughly"], .approx), (["nearly"], .approx), (["almost"], .approx),
        (["circa"], .approx), (["ca"], .approx), (["around", "about"], .approx),
        (["exceed"], .atLeast), (["exceeds"], .atLeast), (["exceeded"], .atLeast), (["surpass"], .atLeast), (["surpassed"], .atLeast),
        (["equal", "to"], .exactly), (["equals"], .exactly), (["equals", "to"], .exactly), (["equaling", "to"], .exactly),
        (["exactly"], .exactly), (["precisely"], .exactly),
    ]

    enum QualifierWord { case approx, atLeast, atMost, exactly }

    /// `qualifiers` grouped by their first word, for one look-up per token.
    static let qualifiersByFirstWord = WordMap(Dictionary(grouping: qualifiers, by: { $0.words[0] }))

    /// Words the grammar compares against directly.
    static let grammarWords: Set<String> = [
        "a", "above", "an", "and", "annum", "is", "basis", "below", "between", "bp", "bps", "cent", "cubic", "d", "day",
        "dollar", "dollars", "dozen", "fewer", "h", "half", "higher", "hour", "hundred", "less", "m", "march",
        "metric", "month", "more", "new", "of", "old", "one", "or", "p", "pa", "pct", "per", "percent", "percentage",
        "percentages", "point", "points", "pound", "pounds", "quarter", "s", "so", "sq", "square", "through", "thru",
        "to", "try", "u", "within", "y", "year", "yr", "st", "nd", "rd", "th", "thousand", "million", "billion",
        "trillion", "percents", "millisecond", "ms", "ago", "am", "pm", "squared", "cubed", "thick", "tall", "long",
        "wide", "deep", "away", "celsius", "centigrade", "fahrenheit", "minus", "negative", "http", "https", "www",
        "quarters", "cents", "couple", "few", "another", "all", "full", "whole", "in", "inch", "inches", "dozens",
        "from", "larger", "bigger", "higher", "greater", "smaller", "lower", "equal", "but", "halves", "out",
        "third", "thirds", "fourth", "fourths", "fifth", "fifths", "sixth", "sixths", "seventh", "sevenths",
        "eighth", "eighths", "ninth", "ninths", "tenth", "tenths", "hundredth", "hundredths", "times", "week",
        "zero", "absolute", "british", "pc", "rs",
    ]

    /// Words a figure can begin with (qualifiers, currencies, number words, months).
    static let startWords: Set<String> = {
        var words: Set<String> = ["between", "percent", "percents", "per", "u", "half", "quarter", "a", "an", "within", "minus", "negative", "http", "https", "www",
                                  "couple", "few", "another", "all", "full", "whole", "rs"]
        words.formUnion(unitsWords.keys)
        words.formUnion(tensWords.keys)
        words.formUnion(dollarPrefixesWords.keys)
        words.formUnion(currencyCodesWords.keys)
        words.formUnion(millionCodesWords.keys)
        words.formUnion(monthsWords.keys)
        for entry in qualifiers { words.insert(entry.words[0]) }
        return words
    }()

    /// Every word the recognizer ever looks at, in an open-addressing table
    /// keyed by the FNV hash of its lower-case bytes (no re-hashing of strings
    /// on the hot path). Any other word is just "a word".
    static let table = WordTable(interestingWords)

    /// Index 0 is "no known word"; the rest are `interestingWords` in order.
    static let wordList: [String] = [""] + interestingWords

    private static var interestingWords: [String] {
        var words = grammarWords
        words.formUnion(unitsWords.keys)
        words.formUnion(tensWords.keys)
        words.formUnion(scaleWordsWords.keys)
        words.formUnion(bigScalesWords.keys)
        words.formUnion(dozenWords)
        words.formUnion(ordinalsWords.keys)
        words.insert("hundreds")
        words.formUnion(shortScalesWords.keys)
        words.formUnion(dollarPrefixesWords.keys)
        words.formUnion(currencyCodesWords.keys)
        words.formUnion(millionCodesWords.keys)
        words.formUnion(currencyNamesWords.keys)
        words.formUnion(dollarCountriesWords.keys)
        words.formUnion(subunitsWords.keys)
        words.formUnion(currencyAdjectivesWords.keys)
        words.formUnion(durationUnitsWords.keys)
        words.formUnion(quantityUnitsWords.keys)
        words.formUnion(monthsWords.keys)
        words.formUnion(addressWordsList)
        words.formUnion(streetWordsList)
        for entry in qualifiers { words.formUnion(entry.words) }
        return words.sorted()
    }
}

/// A fixed hash table from word hashes to the lexicon's words.
struct WordTable: Sendable {
    struct Entry: Sendable {
        var wordIndex: UInt16
        var canStart: Bool
        /// A number in itself ("two", "dozen"), not just a word that may lead to one.
        var isNumberWord: Bool
    }
    private var keys: [UInt64]
    private var entries: [Entry?]
    private let mask: Int

    init(_ words: [String]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        keys = Array(repeating: 0, count: size)
        entries = Array(repeating: nil, count: size)
        mask = size - 1
        for (position, word) in words.enumerated() {
            let hash = wordHash(Array(word.utf8))
            var slot = Int(truncatingIfNeeded: hash) & mask
            while entries[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = hash
            entries[slot] = Entry(wordIndex: UInt16(position + 1), canStart: Lexicon.startWords.contains(word),
                                  isNumberWord: Lexicon.unitsWords[word] != nil || Lexicon.tensWords[word] != nil
                                    || ["half", "quarter", "couple", "few", "dozen", "a", "an", "another", "all", "full", "whole",
                                        "http", "https", "www", "minus", "negative"].contains(word))
        }
    }

    @inline(__always) func lookup(_ hash: UInt64) -> Entry? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let entry = entries[slot] {
            if keys[slot] == hash { return entry }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// FNV-1a over lower-case ASCII bytes.
@inline(__always) func wordHash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3 }
    return hash
}

/// A lexicon table readable by a token's word index (an array look-up) as well as by its text.
struct WordMap<Value>: @unchecked Sendable {
    let byWord: [String: Value]
    let byIndex: [Value?]

    init(_ table: [String: Value]) {
        byWord = table
        byIndex = Lexicon.wordList.map { table[$0] }
    }

    subscript(word: String) -> Value? { byWord[word] }
    @inline(__always) subscript(token: Token) -> Value? { byIndex[Int(token.wordIndex)] }
}
