/// A trained linear classifier, pruned and quantized: for each feature key the
/// few classes it votes for, with 16-bit weights. Scoring a set of features is
/// one table look-up per feature and a handful of additions; the table packs
/// key, first entry and entry count into one word, and each entry packs class
/// and weight, so a known feature costs two memory reads and an unknown one one.
public struct LinearModel: Sendable {
    public let classCount: Int
    /// Feature keys, and `entryStarts[i]..<entryStarts[i + 1]` feature i's
    /// entries: read back from the table when a model is written or pruned
    /// (the table alone is kept, to keep the model small in memory).
    var keys: [UInt32] { features.map(\.key) }
    var entryStarts: [UInt32] { [0] + features.map(\.end) }
    public let featureCount: Int
    /// Each entry's class and weight (kept packed in `entries`; these are for writing the file).
    var entryClasses: [UInt8] { entries.map { UInt8(truncatingIfNeeded: $0 >> 16) } }
    var entryWeights: [Int16] { entries.map { Int16(bitPattern: UInt16(truncatingIfNeeded: $0)) } }
    /// Open-addressing table: key << 32 | first entry << 8 | entry count; 0 = empty.
    private let slots: [UInt64]
    private let slotMask: Int
    /// Class << 16 | weight bits, for each entry.
    private let entries: [UInt32]
    /// Entries a model may have: the table keeps 24 bits for where a feature's entries start.
    public static let maximumEntries = 1 << 24

    public init(classCount: Int, keys: [UInt32], entryStarts: [UInt32], entryClasses: [UInt8], entryWeights: [Int16]) {
        precondition(entryStarts.count == keys.count + 1, "one start per feature and one past the end")
        precondition(entryClasses.count < LinearModel.maximumEntries, "too many weights for the look-up table")
        self.classCount = classCount
        featureCount = keys.count
        let size = LinearModel.tableSize(featureCount: keys.count)
        var table = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for (index, key) in keys.enumerated() {
            var slot = LinearModel.slot(of: key) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            let count = min(255, Int(entryStarts[index + 1] - entryStarts[index]))
            table[slot] = UInt64(key) << 32 | UInt64(entryStarts[index]) << 8 | UInt64(count)
        }
        slots = table
        slotMask = mask
        entries = zip(entryClasses, entryWeights).map { UInt32($0) << 16 | UInt32(UInt16(bitPattern: $1)) }
    }

    /// Slots in the look-up table: a power of two, at least 1.5 per feature.
    static func tableSize(featureCount: Int) -> Int {
        var size = 16
        while size < featureCount + featureCount / 2 { size <<= 1 }
        return size
    }

    /// Feature indices in the order of their home slots in the table: a model
    /// file written in this order builds its table with writes in sequence,
    /// not scattered over megabytes (which is most of the load time otherwise).
    func tableOrder(_ keys: [UInt32]) -> [Int] {
        let mask = LinearModel.tableSize(featureCount: keys.count) - 1
        return keys.indices.sorted { a, b in
            let (slotA, slotB) = (LinearModel.slot(of: keys[a]) & mask, LinearModel.slot(of: keys[b]) & mask)
            return slotA != slotB ? slotA < slotB : keys[a] < keys[b]
        }
    }

    @inline(__always)
    static func slot(of key: UInt32) -> Int { Int(key.multipliedFullWidth(by: 0x9E37_79B9).low) }

    /// Every feature in the table: key and where its entries end, in entry order.
    private var features: [(key: UInt32, end: UInt32)] {
        slots.filter { $0 != 0 }
            .map { (start: UInt32(($0 >> 8) & 0xFF_FFFF), key: UInt32(truncatingIfNeeded: $0 >> 32), count: UInt32($0 & 0xFF)) }
            .sorted { $0.start < $1.start }
            .map { ($0.key, $0.start + $0.count) }
    }
    public var entryCount: Int { entries.count }

    /// Adds each known feature's weights to `scores` (one Int32 per class).
    /// The tables are far larger than the processor's caches, so almost every
    /// look-up is a cache miss: the first pass reads every feature's slot with
    /// no dependency between the reads, so the processor overlaps the misses,
    /// and only then are the entries read and added.
    @inline(__always)
    func addScores(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: features.count) { firstEntries in
        slots.withUnsafeBufferPointer { slots in
        entries.withUnsafeBufferPointer { entries in
            // 1. Every home slot, with no read depending on another.
            for (index, key) in features.enumerated() { found[index] = slots[LinearModel.slot(of: key) & slotMask] }
            // 2. Collisions resolved; each known feature's first entry read (again independent reads).
            for (index, key) in features.enumerated() {
                var packed = found[index]
                if packed != 0, UInt32(truncatingIfNeeded: packed >> 32) != key {
                    var slot = LinearModel.slot(of: key) & slotMask
                    repeat {
                        slot = (slot + 1) & slotMask
                        packed = slots[slot]
                    } while packed != 0 && UInt32(truncatingIfNeeded: packed >> 32) != key
                }
                found[index] = packed
                firstEntries[index] = packed == 0 ? 0 : entries[Int(truncatingIfNeeded: (packed >> 8) & 0xFF_FFFF)]
            }
            // 3. The weights added up, from memory the reads above brought in.
            for index in 0..<features.count {
                let packed = found[index]
                guard packed != 0 else { continue }
                let first = Int(truncatingIfNeeded: (packed >> 8) & 0xFF_FFFF)
                let value = firstEntries[index]
                scores[Int(value >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: value)))
                for entry in (first + 1)..<(first + Int(packed & 0xFF)) {
                    let value = entries[entry]
                    scores[Int(value >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: value)))
                }
            }
        }}}}
    }
}

extension LinearModel {
    /// The model without weights smaller than `minimum` (in quantized units),
    /// and without features left with none: a smaller file for a little accuracy.
    public func pruned(below minimum: Int16) -> LinearModel {
        var keptKeys: [UInt32] = []
        var starts: [UInt32] = [0]
        var classes: [UInt8] = []
        var weights: [Int16] = []
        let keys = self.keys, entryStarts = self.entryStarts
        for index in keys.indices {
            for entry in Int(entryStarts[index])..<Int(entryStarts[index + 1]) {
                let weight = Int16(bitPattern: UInt16(truncatingIfNeeded: entries[entry]))
                guard abs(Int(weight)) >= Int(minimum) else { continue }
                classes.append(UInt8(truncatingIfNeeded: entries[entry] >> 16))
                weights.append(weight)
            }
            if classes.count > Int(starts[starts.count - 1]) {
                keptKeys.append(keys[index])
                starts.append(UInt32(classes.count))
            }
        }
        return LinearModel(classCount: classCount, keys: keptKeys, entryStarts: starts, entryClasses: classes, entryWeights: weights)
    }
}

extension SyntaxModel {
    /// The same model with both classifiers pruned (see `LinearModel.pruned`).
    public func pruned(tagger taggerMinimum: Int16, parser parserMinimum: Int16) throws -> SyntaxModel {
        var fields = header.fields
        fields.append(("pruned", "tagger<\(taggerMinimum) parser<\(parserMinimum)"))
        return try SyntaxModel(header: ModelHeader(fields: fields), tagger: tagger.pruned(below: taggerMinimum),
                               parser: parser.pruned(below: parserMinimum), lemmatizer: lemmatizer, file: "(pruned model)")
    }

    /// Features and weights in the tagger and the parser.
    public var sizes: (taggerFeatures: Int, taggerWeights: Int, parserFeatures: Int, parserWeights: Int) {
        (tagger.featureCount, tagger.entryCount, parser.featureCount, parser.entryCount)
    }
}
