/// Varied made-up deal articles for benchmarks: different companies,
/// countries, amounts, stakes and phrasings, with some page noise.
struct SyntheticArticles {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    /// xorshift64*: small, fast and the same on every machine.
    private mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    private mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    private let companies = ["Andes Lithium Corp", "Gobi Copper Holdings Ltd", "Nordic Graphite AB", "Sahel Gold Mining Inc",
                             "Pacific Nickel Resources Ltd", "Atlas Cobalt Group", "Boreal Rare Earths Corp", "Kivu Tin Company"]
    private let partners = ["the state mining company Minerales del Sur", "Erdenes Resources", "the national investment fund",
                            "Tanganyika Minerals JSC", "Cordillera Holdings LLC", "the provincial development agency"]
    private let lenders = ["the Export-Import Bank of the United States (EXIM)", "the Asian Development Bank (ADB)",
                           "the International Finance Corporation (IFC)", "Banco Nacional", "the European Investment Bank (EIB)"]
    private let countries = ["Argentina", "Mongolia", "Chile", "Indonesia", "Zambia", "Peru", "Kazakhstan", "Canada"]
    private let metals = ["lithium", "copper", "nickel", "cobalt", "graphite", "tin", "gold", "tungsten"]
    private let instruments = ["a loan", "a letter of interest", "a term loan", "a credit facility"]

    /// A made-up company name, different for each number ("Tavelo Rokan Holdings").
    mutating func companyName(_ number: Int) -> String {
        madeUpWord(number) + " " + madeUpWord(number / 7 + 3) + " " + pick(["Holdings", "Mining Corp", "Resources Ltd", "Minerals"])
    }

    /// A made-up place name.
    mutating func placeName(_ number: Int) -> String { madeUpWord(number * 31 + 5) }

    /// A capitalised word of three syllables spelt from the digits of `number`.
    private func madeUpWord(_ number: Int) -> String {
        let syllables = ["ka", "ro", "mi", "ta", "ve", "lo", "su", "ne", "dar", "bek", "zan", "tor"]
        var value = number + 1_000
        var word = ""
        while value > 0 {
            word += syllables[value % syllables.count]
            value /= syllables.count
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// One article, a few kilobytes.
    mutating func article() -> String {
        let company = pick(companies)
        let partner = pick(partners)
        let lender = pick(lenders)
        let country = pick(countries)
        let metal = pick(metals)
        let stake = number(51...90)
        let cost = number(3...40) * 100
        let loan = number(1...max(1, cost / 100 - 1)) * 100
        let share = number(20...85)
        return """
        \(company) agrees \(metal) venture in \(country)

        \(pick(["Monday", "Tuesday", "Wednesday"])), \(pick(["March", "June", "October"])) \(number(1...28)), 2025

        By \(pick(["Ana Ruiz", "Tom Baker", "Li Wei", "Sara Olsen"]))

        \(company) said it would form a joint venture with \(partner) to develop a \(metal) project in \(country).

        Under the agreement, \(company) will own \(stake)% of the joint venture and \(partner) will hold the remaining \(100 - stake)%.

        The project is expected to cost \(pick(["about", "approximately", "some"])) $\(cost) million. \(lender) has issued \(pick(instruments)) for up to $\(loan) million.

        Production is expected to begin within \(pick(["two", "three", "four"])) years, and the mine would operate for \(number(15...25)) to \(number(26...40)) years.

        \(pick(["China", country])) accounts for \(pick(["some", "over", "about"])) \(share)% of global \(metal) supply, according to industry estimates.

        Shares of \(company) rose \(number(1...15))% to $\(number(2...40)).\(number(10...99)) a share. The company also signed a separate $\(number(1...9)).\(number(1...9)) billion offtake agreement last year.

        \(number(10...500))

        Related articles

        \(metal.capitalized) prices rise again
        Five miners to watch

        Donate
        Support our journalism with a contribution. Thank you.
        IBAN NO15 0530 2294 668
        """
    }
}

extension String {
    var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
