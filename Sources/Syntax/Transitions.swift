/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011)
/// with the root as the last item of the buffer. Three moves:
/// - shift: the front of the buffer b0 goes onto the stack;
/// - left(l): s0 becomes a dependent of b0 with relation l and leaves the stack;
/// - right(l): s0 becomes a dependent of s1 with relation l and leaves the stack.
/// Only the last word left on the stack may attach to the root, so every parse
/// has exactly one root. Words on the stack never have a head yet.
struct ParseState {
    /// Words in the sentence; index `count` is the root.
    let count: Int
    var stack: [Int] = []
    var front = 0
    var heads: [Int]
    var labels: [Int]
    var leftmost: [Int]
    var secondLeftmost: [Int]
    var rightmost: [Int]
    var secondRightmost: [Int]
    var leftCount: [Int]
    var rightCount: [Int]
    /// The relations of each word's left and right dependents, one bit each.
    var leftLabels: [UInt64]
    var rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        let none = [Int](repeating: -1, count: count + 1)
        heads = none
        labels = none
        leftmost = none
        secondLeftmost = none
        rightmost = none
        secondRightmost = none
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(count)
    }

    var isTerminal: Bool { stack.isEmpty && front == count }
    var root: Int { count }

    mutating func addArc(head: Int, dependent: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = label < 64 ? 1 << UInt64(label) : 0
        if dependent < head {
            leftCount[head] += 1
            leftLabels[head] |= bit
            if leftmost[head] == -1 || dependent < leftmost[head] {
                secondLeftmost[head] = leftmost[head]
                leftmost[head] = dependent
            } else if secondLeftmost[head] == -1 || dependent < secondLeftmost[head] {
                secondLeftmost[head] = dependent
            }
        } else {
            rightCount[head] += 1
            rightLabels[head] |= bit
            if rightmost[head] == -1 || dependent > rightmost[head] {
                secondRightmost[head] = rightmost[head]
                rightmost[head] = dependent
            } else if secondRightmost[head] == -1 || dependent > secondRightmost[head] {
                secondRightmost[head] = dependent
            }
        }
    }
}

/// Moves are numbered 0 (shift), 1 + 2l (left with relation l), 2 + 2l (right with l).
enum Move {
    static let shift = 0
    static func left(_ label: Int) -> Int { 1 + 2 * label }
    static func right(_ label: Int) -> Int { 2 + 2 * label }
    static func count(labels: Int) -> Int { 1 + 2 * labels }
    static func isLeft(_ move: Int) -> Bool { move > 0 && move % 2 == 1 }
    static func label(_ move: Int) -> Int { (move - 1) / 2 }
}

extension ParseState {
    /// Whether `move` may be made now; `rootLabel` is the only relation to the root.
    func isValid(_ move: Int, rootLabel: Int) -> Bool {
        if move == Move.shift { return front < count }
        let label = Move.label(move)
        if Move.isLeft(move) {
            guard !stack.isEmpty else { return false }
            return front == count ? (stack.count == 1 && label == rootLabel) : label != rootLabel
        }
        return stack.count >= 2 && label != rootLabel
    }

    mutating func apply(_ move: Int) {
        if move == Move.shift {
            stack.append(front)
            front += 1
        } else if Move.isLeft(move) {
            let dependent = stack.removeLast()
            addArc(head: front, dependent: dependent, label: Move.label(move))
        } else {
            let dependent = stack.removeLast()
            addArc(head: stack[stack.count - 1], dependent: dependent, label: Move.label(move))
        }
    }

    /// How many gold arcs each kind of move makes unreachable now (Goldberg and
    /// Nivre's dynamic oracle for arc-hybrid), before relations are counted.
    /// `goldHeads` uses `count` for the root. Moves that are not valid get a cost too; check validity apart.
    func arcCosts(goldHeads: [Int]) -> (shift: Int, left: Int, right: Int) {
        let s0 = stack.last ?? -1
        let s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
        var shift = 0
        if front < count {
            for item in stack where goldHeads[item] == front { shift += 1 }
            let head = goldHeads[front]
            if head != s0, head < front, stack.contains(head) { shift += 1 }
        }
        guard s0 >= 0 else { return (shift, 0, 0) }
        // s0's own dependents still in the buffer lose their head either way.
        var dependentsLost = 0
        for item in front..<count where goldHeads[item] == s0 { dependentsLost += 1 }
        let goldHead = goldHeads[s0]
        let left = dependentsLost + (goldHead != front && (goldHead > front || goldHead == s1) ? 1 : 0)
        let right = dependentsLost + (goldHead >= front ? 1 : 0)
        return (shift, left, right)
    }

    /// The full cost of `move`: lost arcs, plus one for the right head with the wrong relation.
    func cost(_ move: Int, arcCosts: (shift: Int, left: Int, right: Int), goldHeads: [Int], goldLabels: [Int]) -> Int {
        if move == Move.shift { return arcCosts.shift }
        let s0 = stack[stack.count - 1]
        let head = Move.isLeft(move) ? front : stack[stack.count - 2]
        let base = Move.isLeft(move) ? arcCosts.left : arcCosts.right
        return base + (goldHeads[s0] == head && goldLabels[s0] != Move.label(move) ? 1 : 0)
    }
}

/// True when no two arcs of the tree cross (heads 0-based, the root as `count`).
func isProjective(_ heads: [Int]) -> Bool {
    let arcs = heads.enumerated().map { (min($0.offset, $0.element), max($0.offset, $0.element)) }
    for (a, b) in arcs {
        for (c, d) in arcs where a < c && c < b && b < d { return false }
    }
    return true
}
