/// A trained linear classifier, pruned and quantized: for each feature key the
/// few classes it votes for, with 16-bit weights. Scoring a set of features is
/// one table look-up per feature and a handful of additions.
public struct LinearModel: Sendable {
    public let classCount: Int
    /// Feature keys in ascending order.
    let keys: [UInt32]
    /// `entryStarts[i]..<entryStarts[i + 1]` are feature i's entries.
    let entryStarts: [UInt32]
    let entryClasses: [UInt8]
    let entryWeights: [Int16]
    /// Open-addressing table: slot → feature index + 1 (0 = empty).
    private let slots: [UInt32]
    private let slotMask: Int

    public init(classCount: Int, keys: [UInt32], entryStarts: [UInt32], entryClasses: [UInt8], entryWeights: [Int16]) {
        precondition(entryStarts.count == keys.count + 1, "one start per feature and one past the end")
        self.classCount = classCount
        self.keys = keys
        self.entryStarts = entryStarts
        self.entryClasses = entryClasses
        self.entryWeights = entryWeights
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var table = [UInt32](repeating: 0, count: size)
        let mask = size - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(key.multipliedFullWidth(by: 0x9E37_79B9).low) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = UInt32(index + 1)
        }
        self.slots = table
        self.slotMask = mask
    }

    public var featureCount: Int { keys.count }
    public var entryCount: Int { entryClasses.count }

    /// Adds each known feature's weights to `scores` (one Int32 per class).
    @inline(__always)
    func addScores(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Int32>) {
        keys.withUnsafeBufferPointer { keys in
        slots.withUnsafeBufferPointer { slots in
        entryStarts.withUnsafeBufferPointer { starts in
        entryClasses.withUnsafeBufferPointer { classes in
        entryWeights.withUnsafeBufferPointer { weights in
            for key in features {
                var slot = Int(key.multipliedFullWidth(by: 0x9E37_79B9).low) & slotMask
                while true {
                    let found = Int(slots[slot])
                    if found == 0 { break }
                    if keys[found - 1] == key {
                        for entry in Int(starts[found - 1])..<Int(starts[found]) {
                            scores[Int(classes[entry])] &+= Int32(weights[entry])
                        }
                        break
                    }
                    slot = (slot + 1) & slotMask
                }
            }
        }}}}}
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
        for index in keys.indices {
            for entry in Int(entryStarts[index])..<Int(entryStarts[index + 1]) where abs(Int(entryWeights[entry])) >= Int(minimum) {
                classes.append(entryClasses[entry])
                weights.append(entryWeights[entry])
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
