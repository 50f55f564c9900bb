/// A model's tables as a model file lays them out (little-endian): per
/// feature its key (UInt32) and entry count (UInt8); per entry its class
/// (UInt8) and weight (Int16). The counts must add up to the entries.
struct PackedTables {
    let keys: UnsafeRawBufferPointer
    let counts: UnsafeRawBufferPointer
    let classes: UnsafeRawBufferPointer
    let weights: UnsafeRawBufferPointer
}

/// A trained linear classifier, pruned and quantized: for each feature key the
/// few classes it votes for, with 16-bit weights. Scoring a set of features is
/// one table look-up per feature and a handful of additions. The table packs
/// key, first entry and entry count into one word; a feature with a single
/// entry (most of them) keeps that entry's class and weight in the word itself,
/// so it costs one memory read, and a feature with more costs two.
public struct LinearModel: Sendable {
    public let classCount: Int
    public let featureCount: Int
    /// Weights in all, those kept in the table's words included.
    public let entryCount: Int
    /// Open-addressing table: key << 32 | payload << 8 | entry count; 0 = empty.
    /// The payload is the first entry's index in `entries`, or for a feature
    /// with one entry, that entry (class << 16 | weight bits).
    private let slots: [UInt64]
    private let slotMask: Int
    /// Class << 16 | weight bits, for each entry of the features with two or more.
    private let entries: [UInt32]
    /// Entries a model may have: the table keeps 24 bits for where a feature's entries start.
    public static let maximumEntries = 1 << 24

    public init(classCount: Int, keys: [UInt32], entryStarts: [UInt32], entryClasses: [UInt8], entryWeights: [Int16]) {
        precondition(entryStarts.count == keys.count + 1, "one start per feature and one past the end")
        precondition(entryClasses.count == entryWeights.count && Int(entryStarts[keys.count]) == entryClasses.count, "one weight per entry")
        let counts = (0..<keys.count).map { UInt8(truncatingIfNeeded: entryStarts[$0 + 1] - entryStarts[$0]) }
        let littleEndianKeys = keys.map(\.littleEndian), littleEndianWeights = entryWeights.map(\.littleEndian)
        self = littleEndianKeys.withUnsafeBytes { keys in
            counts.withUnsafeBytes { counts in
                entryClasses.withUnsafeBytes { classes in
                    littleEndianWeights.withUnsafeBytes { weights in
                        LinearModel(classCount: classCount, tables: PackedTables(keys: keys, counts: counts, classes: classes, weights: weights))
                    }
                }
            }
        }
    }

    /// A model built straight from the tables as a model file lays them out.
    init(classCount: Int, tables: PackedTables) {
        precondition(tables.classes.count < LinearModel.maximumEntries, "too many weights for the look-up table")
        self.classCount = classCount
        featureCount = tables.counts.count
        entryCount = tables.classes.count
        let size = LinearModel.tableSize(featureCount: featureCount)
        let mask = size - 1, featureCount = featureCount
        // Loading a model is mostly this loop, so it runs on raw buffers (the reader checked the tables fit).
        var table: [UInt64] = []
        let shared = [UInt32](unsafeUninitializedCapacity: entryCount) { shared, sharedCount in
            var used = 0
            table = [UInt64](unsafeUninitializedCapacity: size) { table, initialized in
                table.initialize(repeating: 0)
                initialized = size
                var entry = 0
                for index in 0..<featureCount {
                    let key = UInt32(littleEndian: tables.keys.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
                    var slot = LinearModel.slot(of: key) & mask
                    while table[slot] != 0 { slot = (slot + 1) & mask }
                    let count = Int(tables.counts[index])
                    var payload = UInt32(used)
                    for _ in 0..<count {
                        let weight = UInt16(littleEndian: tables.weights.loadUnaligned(fromByteOffset: entry * 2, as: UInt16.self))
                        let packed = UInt32(tables.classes[entry]) << 16 | UInt32(weight)
                        if count == 1 { payload = packed } else { shared[used] = packed; used += 1 }
                        entry += 1
                    }
                    table[slot] = UInt64(key) << 32 | UInt64(payload) << 8 | UInt64(count)
                }
            }
            sharedCount = used
        }
        slots = table
        slotMask = mask
        entries = shared
    }

    /// Slots in the look-up table: a power of two, at least 1.5 per feature.
    public static func tableSize(featureCount: Int) -> Int {
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

    /// Every feature and its entries, in table order, read back from the table
    /// (for writing a model file or pruning; only the table is kept in memory).
    var contents: (keys: [UInt32], entryStarts: [UInt32], entryClasses: [UInt8], entryWeights: [Int16]) {
        var keys: [UInt32] = [], starts: [UInt32] = [0], classes: [UInt8] = [], weights: [Int16] = []
        func add(_ value: UInt32) {
            classes.append(UInt8(truncatingIfNeeded: value >> 16))
            weights.append(Int16(bitPattern: UInt16(truncatingIfNeeded: value)))
        }
        for packed in slots where packed != 0 {
            keys.append(UInt32(truncatingIfNeeded: packed >> 32))
            let payload = UInt32((packed >> 8) & 0xFF_FFFF), count = Int(packed & 0xFF)
            if count == 1 {
                add(payload)
            } else {
                for entry in Int(payload)..<(Int(payload) + count) { add(entries[entry]) }
            }
            starts.append(UInt32(classes.count))
        }
        return (keys, starts, classes, weights)
    }

    /// Adds each known feature's weights to `scores` (one Int32 per class).
    /// The tables are far larger than the processor's caches, so almost every
    /// look-up is a cache miss: the first pass reads every feature's slot with
    /// no dependency between the reads, so the processor overlaps the misses,
    /// and only then are the entries of features with several read and added.
    @inline(__always)
    func addScores(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Int32>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
        slots.withUnsafeBufferPointer { slots in
        entries.withUnsafeBufferPointer { entries in
            @inline(__always) func add(_ value: UInt32) {
                scores[Int(value >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: value)))
            }
            // 1. Every home slot, with no read depending on another.
            for (index, key) in features.enumerated() { found[index] = slots[LinearModel.slot(of: key) & slotMask] }
            // 2. Collisions resolved; single entries added from the slot itself.
            var several = 0
            for (index, key) in features.enumerated() {
                var packed = found[index]
                if packed != 0, UInt32(truncatingIfNeeded: packed >> 32) != key {
                    var slot = LinearModel.slot(of: key) & slotMask
                    repeat {
                        slot = (slot + 1) & slotMask
                        packed = slots[slot]
                    } while packed != 0 && UInt32(truncatingIfNeeded: packed >> 32) != key
                }
                guard packed != 0 else { continue }
                if packed & 0xFF == 1 {
                    add(UInt32(truncatingIfNeeded: (packed >> 8) & 0xFF_FFFF))
                } else {
                    found[several] = packed
                    several += 1
                }
            }
            // 3. The features with several entries.
            for index in 0..<several {
                let packed = found[index]
                let first = Int(truncatingIfNeeded: (packed >> 8) & 0xFF_FFFF)
                for entry in first..<(first + Int(packed & 0xFF)) { add(entries[entry]) }
            }
        }}}
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
        let (keys, entryStarts, allClasses, allWeights) = contents
        for index in keys.indices {
            for entry in Int(entryStarts[index])..<Int(entryStarts[index + 1]) {
                guard abs(Int(allWeights[entry])) >= Int(minimum) else { continue }
                classes.append(allClasses[entry])
                weights.append(allWeights[entry])
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
