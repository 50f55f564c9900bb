import BriefingModel

/// One figure found in text, before it is given an id and a source.
public struct RecognizedFigure: Sendable, Equatable {
    /// UTF-8 byte offsets of the figure itself (qualifier words excluded).
    public var range: ByteRange
    public var kind: FigureKind
    public var value: Double
    public var unit: String?
    public var currency: String?
    public var qualifier: Qualifier
    /// Where the qualifying words (`up to`, `some`) stand, if any.
    public var qualifierRange: ByteRange?
    public var low: Double?
    public var high: Double?
    public var isoDate: String?
    /// The number inside the figure ("10000" in "$10000", "1.1 billion" in "$1.1 billion")
    /// and its value as written (50 for "50 cents"); nil for ranges.
    public var numberRange: ByteRange? = nil
    public var numberValue: Double? = nil
}

/// Finds money, percentages, quantities, durations, dates and plain numbers in
/// UTF-8 text, with the words that qualify them. Works on bytes; the only
/// allocations are the token buffer (reused) and the results.
public struct FigureRecognizer: Sendable {
    public init() {}

    /// Every figure in `text`.
    public func recognize(_ text: [UInt8]) -> [RecognizedFigure] {
        recognize(text, in: ByteRange(0, text.count))
    }

    /// Every figure in `text[range]`. Long inputs are read a paragraph at a
    /// time (figures never cross a blank line).
    public func recognize(_ text: [UInt8], in range: ByteRange) -> [RecognizedFigure] {
        var results: [RecognizedFigure] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(256)
        text.withUnsafeBufferPointer { buffer in
            var chunkStart = range.start
            while chunkStart < range.end {
                let chunkEnd = nextChunkEnd(buffer, chunkStart, range.end)
                tokenize(buffer, chunkStart, chunkEnd, into: &tokens)
                var parser = FigureParser(tokens: tokens, text: buffer)
                parser.run(into: &results)
                chunkStart = chunkEnd
            }
        }
        return results
    }

    /// End of the paragraph starting at `start`: after a blank line, or after
    /// a line once the chunk has grown past 16 KiB.
    func nextChunkEnd(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end {
            if text[index] == 0x0A {
                if index + 1 < end, text[index + 1] == 0x0A { return index + 2 }
                if index + 2 < end, text[index + 1] == 0x0D, text[index + 2] == 0x0A { return index + 3 }
                if index - start > 16_384 { return index + 1 }
            }
            index += 1
        }
        return end
    }
}

/// A number with what follows it: the unit of a figure before qualifiers and ranges.
struct Amount {
    var first: Int
    var last: Int
    /// The tokens of the number and its scale words, without currency, sign or unit.
    var numberFirst = 0
    var numberLast = 0
    var number: Decimal
    var spelled = false
    var negative = false
    var scalePower = 0
    var hasScale = false
    var currency: String?
    var subunit = false
    /// How many decimal places the subunit is below its currency (2 for cents, 8 for satoshis).
    var subunitPlaces = 2
    var percentUnit: String?
    var durationUnit: String?
    var quantityUnit: String?
    var quantityFactor = 1.0
    /// What a price is per: "kilogram" in "$350 per kg", "hour" in "$15.4/hour".
    var moneyPer: String?
    var isYearLike = false

    var hasUnit: Bool { currency != nil || percentUnit != nil || durationUnit != nil || quantityUnit != nil }

    var kind: FigureKind {
        if currency != nil { return .money }
        if percentUnit != nil { return .percent }
        if durationUnit != nil { return .duration }
        if quantityUnit != nil { return .quantity }
        if isYearLike && !hasScale { return .date }
        return .number
    }

    var value: Double {
        var power = scalePower
        if subunit { power -= subunitPlaces }
        var result = number.scaled(by: power)
        if quantityUnit != nil, quantityFactor != 1 { result *= quantityFactor }
        return negative ? -result : result
    }

    var unitName: String? {
        percentUnit ?? durationUnit ?? quantityUnit ?? moneyPer.map { "per " + $0 }
    }

    /// Takes units the other end of a range states once for both (`30 to 40 years`, `$2.1-2.4bn`).
    mutating func inherit(from other: Amount) {
        if currency == nil { currency = other.currency; subunit = other.subunit; subunitPlaces = other.subunitPlaces }
        if moneyPer == nil, currency == other.currency { moneyPer = other.moneyPer }
        if percentUnit == nil { percentUnit = other.percentUnit }
        if durationUnit == nil { durationUnit = other.durationUnit }
        if quantityUnit == nil { quantityUnit = other.quantityUnit; quantityFactor = other.quantityFactor }
        if !hasScale, other.hasScale { scalePower = other.scalePower; hasScale = true }
    }
}
