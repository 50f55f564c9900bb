/// What the parser knows of each word: its lower-case form and its tags.
struct ParserWords {
    var lower: [UInt64]
    /// Tag id of the combined UPOS and Penn tag.
    var tag: [Int]
    var upos: [Int]
}

enum ParserPosition: Int, Equatable {
    case s0, s1, s2, b0, b1, b2
}

enum ParserChild {
    case none, leftmost, secondLeftmost, rightmost, secondRightmost
}

enum ParserAttribute {
    case word, tag, upos, label, leftValency, rightValency, leftLabels, rightLabels, distance
}

struct ParserAtom: Equatable {
    var position: ParserPosition
    var child: ParserChild
    var attribute: ParserAttribute
}

/// The parser's templates, parsed once. Many templates share atoms ("s0.t"
/// is in twenty), so each distinct atom is computed once per state and the
/// templates refer to atoms by number.
struct ParserTemplates {
    let templates: [[ParserAtom]]
    private let atoms: [ParserAtom]
    /// Each template's atoms by number, all templates in one flat array, and
    /// where each template ends in it.
    private let atomNumbers: [Int]
    private let templateEnds: [Int]

    init(_ names: [String]) throws {
        let positions: [Substring: ParserPosition] = ["s0": .s0, "s1": .s1, "s2": .s2, "b0": .b0, "b1": .b1, "b2": .b2]
        let children: [Substring: ParserChild] = ["lc1": .leftmost, "lc2": .secondLeftmost, "rc1": .rightmost, "rc2": .secondRightmost]
        let attributes: [Substring: ParserAttribute] = [
            "w": .word, "t": .tag, "u": .upos, "l": .label, "vl": .leftValency, "vr": .rightValency, "ls": .leftLabels, "rs": .rightLabels,
        ]
        templates = try names.map { name in
            try name.split(separator: " ").map { atom -> ParserAtom in
                if atom == "dist" { return ParserAtom(position: .s0, child: .none, attribute: .distance) }
                let parts = atom.split(separator: ".")
                guard parts.count == 2 || parts.count == 3, let position = positions[parts[0]] else {
                    throw TemplateError(template: name, message: "'\(atom)' is not position[.child].attribute")
                }
                var child = ParserChild.none
                if parts.count == 3 {
                    guard let found = children[parts[1]] else { throw TemplateError(template: name, message: "unknown dependent '\(parts[1])'") }
                    child = found
                }
                guard let attribute = attributes[parts[parts.count - 1]] else {
                    throw TemplateError(template: name, message: "unknown attribute '\(parts[parts.count - 1])'")
                }
                return ParserAtom(position: position, child: child, attribute: attribute)
            }
        }
        var distinct: [ParserAtom] = []
        atomNumbers = templates.flatMap { template in
            template.map { atom in
                if let known = distinct.firstIndex(where: { $0 == atom }) { return known }
                distinct.append(atom)
                return distinct.count - 1
            }
        }
        var end = 0
        templateEnds = templates.map { end += $0.count; return end }
        atoms = distinct
    }

    /// The feature keys of the current state.
    func features(_ state: ParseState, _ words: ParserWords, into keys: inout [UInt32]) {
        keys.removeAll(keepingCapacity: true)
        let items = StateItems(state)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: atoms.count) { values in
            atoms.withUnsafeBufferPointer { atoms in
                for index in atoms.indices { values[index] = value(atoms[index], items, state, words) }
            }
            atomNumbers.withUnsafeBufferPointer { atomNumbers in
                var start = 0
                for (number, end) in templateEnds.enumerated() {
                    var hash: UInt64 = 0
                    for atom in atomNumbers[start..<end] { hash = mix(hash, values[atom]) }
                    keys.append(featureKey(number, hash))
                    start = end
                }
            }
        }
    }

    @inline(__always)
    private func value(_ atom: ParserAtom, _ items: StateItems, _ state: ParseState, _ words: ParserWords) -> UInt64 {
        if atom.attribute == .distance {
            let s0 = items.s0, b0 = items.b0
            guard s0 >= 0, b0 >= 0 else { return 0xD0 }
            let distance = b0 - s0
            return UInt64(distance < 5 ? distance : distance < 10 ? 5 : 6)
        }
        var index = items[atom.position]
        if index >= 0 {
            switch atom.child {
            case .none: break
            case .leftmost: index = state.leftmost[index]
            case .secondLeftmost: index = state.secondLeftmost[index]
            case .rightmost: index = state.rightmost[index]
            case .secondRightmost: index = state.secondRightmost[index]
            }
        }
        if index < 0 { return 0xA0 }  // no such word
        if index == state.count {  // the root
            return 0xB0 &+ UInt64(atom.attribute == .leftValency ? state.leftCount[index] : 0)
        }
        switch atom.attribute {
        case .word: return words.lower[index]
        case .tag: return UInt64(words.tag[index]) &+ 0x100
        case .upos: return UInt64(words.upos[index]) &+ 0x200
        case .label: return UInt64(state.labels[index] &+ 0x300)
        case .leftValency: return UInt64(min(state.leftCount[index], 6))
        case .rightValency: return UInt64(min(state.rightCount[index], 6))
        case .leftLabels: return state.leftLabels[index] ^ 0x5555
        case .rightLabels: return state.rightLabels[index] ^ 0xAAAA
        case .distance: return 0
        }
    }
}

/// The six words the templates start from (-1 where there is none), without
/// allocating: this runs twice per word parsed.
struct StateItems {
    let s0, s1, s2, b0, b1, b2: Int

    init(_ state: ParseState) {
        let stack = state.stack
        s0 = stack.count > 0 ? stack[stack.count - 1] : -1
        s1 = stack.count > 1 ? stack[stack.count - 2] : -1
        s2 = stack.count > 2 ? stack[stack.count - 3] : -1
        b0 = state.front <= state.count ? state.front : -1
        b1 = state.front + 1 <= state.count ? state.front + 1 : -1
        b2 = state.front + 2 <= state.count ? state.front + 2 : -1
    }

    @inline(__always)
    subscript(position: ParserPosition) -> Int {
        switch position {
        case .s0: return s0
        case .s1: return s1
        case .s2: return s2
        case .b0: return b0
        case .b1: return b1
        case .b2: return b2
        }
    }
}
