/// Collins' averaged perceptron, for training only. Each feature key that has
/// ever been updated owns a dense row of weights, one per class. Averaging uses
/// Daumé's trick: besides the weights we keep the sum of step × change, so the
/// average is `weights - accumulated / steps` without touching every weight at
/// every step.
final class AveragedPerceptron {
    let classCount: Int
    private var rowOf: [UInt32: Int] = [:]
    private var weights: [Float] = []
    private var accumulated: [Float] = []
    /// Examples seen so far, plus one.
    private(set) var steps = 1

    init(classCount: Int) { self.classCount = classCount }

    var rowCount: Int { rowOf.count }

    /// Adds each feature's current weights to `scores`.
    func score(_ keys: [UInt32], into scores: inout [Float]) {
        for i in scores.indices { scores[i] = 0 }
        weights.withUnsafeBufferPointer { weights in
            scores.withUnsafeMutableBufferPointer { scores in
                for key in keys {
                    guard let row = rowOf[key] else { continue }
                    let base = row * classCount
                    for c in 0..<classCount { scores[c] += weights[base + c] }
                }
            }
        }
    }

    /// Moves the weights towards `truth` and away from `guess`.
    func update(_ keys: [UInt32], truth: Int, guess: Int) {
        guard truth != guess else { return }
        let step = Float(steps)
        for key in keys {
            let row: Int
            if let found = rowOf[key] {
                row = found
            } else {
                row = rowOf.count
                rowOf[key] = row
                weights.append(contentsOf: repeatElement(0, count: classCount))
                accumulated.append(contentsOf: repeatElement(0, count: classCount))
            }
            let base = row * classCount
            weights[base + truth] += 1
            accumulated[base + truth] += step
            weights[base + guess] -= 1
            accumulated[base + guess] -= step
        }
    }

    /// Counts one example (call once per decision, updated or not).
    func tick() { steps += 1 }

    /// The averaged weights, quantized to 16 bits; weights smaller than
    /// `pruneBelow` (in units of the largest weight) are dropped, and features
    /// left with none.
    func compiled(pruneBelow: Float) -> LinearModel {
        let total = Float(steps)
        var largest: Float = 0
        for index in weights.indices { largest = max(largest, abs(weights[index] - accumulated[index] / total)) }
        let scale = largest > 0 ? 32000 / largest : 1
        var keys: [UInt32] = []
        var starts: [UInt32] = [0]
        var classes: [UInt8] = []
        var quantized: [Int16] = []
        for key in rowOf.keys.sorted() {
            let base = rowOf[key]! * classCount
            for c in 0..<classCount {
                let average = weights[base + c] - accumulated[base + c] / total
                guard abs(average) >= pruneBelow * largest else { continue }
                let value = (average * scale).rounded()
                guard value != 0 else { continue }
                classes.append(UInt8(c))
                quantized.append(Int16(max(-32767, min(32767, value))))
            }
            if classes.count > Int(starts[starts.count - 1]) {
                keys.append(key)
                starts.append(UInt32(classes.count))
            }
        }
        return LinearModel(classCount: classCount, keys: keys, entryStarts: starts, entryClasses: classes, entryWeights: quantized)
    }
}

/// A small deterministic random number generator (SplitMix64), so training
/// shuffles and explores the same way on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A value in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
