/// What the tagger knows of one word before it is tagged: hashes of its form,
/// affixes and shape.
struct WordAttributes {
    var form: UInt64
    var lower: UInt64
    var prefix1: UInt64
    var prefix2: UInt64
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var shape: UInt64

    init(_ word: String) {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            self.init(ascii: Array(word.utf8))
        } else {
            self.init(anyWord: word)
        }
    }

    /// Through `String`: right for every word (and the reference the ASCII path must match).
    init(anyWord word: String) {
        let lowered = word.lowercased()
        let characters = Array(lowered)
        form = hashString(word)
        lower = hashString(lowered)
        prefix1 = hashString("p" + String(characters.prefix(1)))
        prefix2 = hashString("p" + String(characters.prefix(2)))
        func suffix(_ n: Int) -> UInt64 { hashString("s" + String(characters.suffix(n))) }
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        shape = hashString(wordShape(word))
    }

    /// The same values as `init(_:)` computes through `String`, straight from
    /// the bytes of an ASCII word (most words), without allocating strings.
    private init(ascii bytes: [UInt8]) {
        let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        form = hashBytes(bytes)
        lower = hashBytes(lowered)
        // FNV-1a is sequential, so "p" + part hashes as "p" and then the part, with no new array.
        func tagged(_ tag: UInt8, _ part: ArraySlice<UInt8>) -> UInt64 {
            var hash = (0xcbf2_9ce4_8422_2325 ^ UInt64(tag)) &* 0x0000_0100_0000_01B3
            for byte in part {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        prefix1 = tagged(UInt8(ascii: "p"), lowered.prefix(1))
        prefix2 = tagged(UInt8(ascii: "p"), lowered.prefix(2))
        let s = UInt8(ascii: "s")
        suffixes = (tagged(s, lowered.suffix(1)), tagged(s, lowered.suffix(2)), tagged(s, lowered.suffix(3)), tagged(s, lowered.suffix(4)))
        var shape: [UInt8] = []
        shape.reserveCapacity(bytes.count + 1)
        var last: UInt8 = 0x20
        for byte in bytes {
            let kind: UInt8
            switch byte {
            case 0x41...0x5A: kind = UInt8(ascii: "X")
            case 0x61...0x7A: kind = UInt8(ascii: "x")
            case 0x30...0x39: kind = UInt8(ascii: "d")
            default: kind = byte
            }
            let isRun = kind == UInt8(ascii: "X") || kind == UInt8(ascii: "x") || kind == UInt8(ascii: "d")
            if kind != last || !isRun { shape.append(kind) }
            last = kind
        }
        if bytes.count > 12 { shape.append(UInt8(ascii: "+")) }
        self.shape = hashBytes(shape)
    }

    /// Stands for the words before the first and after the last.
    static let padding = WordAttributes(padding: ())
    private init(padding: ()) {
        let value = hashString("<pad>")
        form = value; lower = value; prefix1 = value; prefix2 = value
        suffixes = (value, value, value, value); shape = value
    }
}

/// "Kazakhstan" → "Xx", "1,000" → "d,d", "U.S." → "X.X.", "e-mail" → "x-x":
/// each run of capitals, lower-case letters or digits written once.
func wordShape(_ word: String) -> String {
    var shape = ""
    var last: Character = " "
    for character in word {
        let kind: Character
        if character.isUppercase { kind = "X" } else if character.isLetter { kind = "x" } else if character.isNumber { kind = "d" } else { kind = character }
        if kind != last || !(kind == "X" || kind == "x" || kind == "d") { shape.append(kind) }
        last = kind
    }
    if word.count > 12 { shape += "+" }  // long words behave differently from short ones
    return shape
}

enum TaggerAttribute {
    case form, lower, prefix1, prefix2, suffix1, suffix2, suffix3, suffix4, shape, first, tag, bias
}

struct TaggerAtom {
    var offset: Int
    var attribute: TaggerAttribute
}

/// The tagger's templates, parsed once.
struct TaggerTemplates {
    let templates: [[TaggerAtom]]
    /// The same atoms in one array, template after template, and where each
    /// template ends: one flat array to walk per word, not an array per template.
    private let atoms: [TaggerAtom]
    private let templateEnds: [Int]

    init(_ names: [String]) throws {
        templates = try names.map { name in
            try name.split(separator: " ").map { atom -> TaggerAtom in
                if atom == "bias" { return TaggerAtom(offset: 0, attribute: .bias) }
                let parts = atom.split(separator: ".")
                guard parts.count == 2, parts[0].hasPrefix("w"), let offset = Int(parts[0].dropFirst().replacingOccurrences(of: "+", with: "")) else {
                    throw TemplateError(template: name, message: "'\(atom)' is not position.attribute (w-2…w+2)")
                }
                let attributes: [Substring: TaggerAttribute] = [
                    "form": .form, "lower": .lower, "prefix1": .prefix1, "prefix2": .prefix2, "suffix1": .suffix1,
                    "suffix2": .suffix2, "suffix3": .suffix3, "suffix4": .suffix4, "shape": .shape, "first": .first, "tag": .tag,
                ]
                guard let attribute = attributes[parts[1]] else {
                    throw TemplateError(template: name, message: "unknown attribute '\(parts[1])'")
                }
                if attribute == .tag && offset >= 0 {
                    throw TemplateError(template: name, message: "only words before w0 have a tag yet")
                }
                return TaggerAtom(offset: offset, attribute: attribute)
            }
        }
        atoms = templates.flatMap { $0 }
        var end = 0
        templateEnds = templates.map { end += $0.count; return end }
    }

    /// The feature keys for word `index`, given the tags chosen so far.
    func features(at index: Int, words: [WordAttributes], tags: [Int], into keys: inout [UInt32]) {
        keys.removeAll(keepingCapacity: true)
        atoms.withUnsafeBufferPointer { atoms in
            var start = 0
            for (number, end) in templateEnds.enumerated() {
                var hash: UInt64 = 0
                for atom in atoms[start..<end] { hash = mix(hash, value(atom, index, words, tags)) }
                keys.append(featureKey(number, hash))
                start = end
            }
        }
    }

    @inline(__always)
    private func value(_ atom: TaggerAtom, _ index: Int, _ words: [WordAttributes], _ tags: [Int]) -> UInt64 {
        let position = index + atom.offset
        switch atom.attribute {
        case .bias: return 1
        case .first: return index == 0 ? 2 : 3
        case .tag: return position < 0 ? 0xFFFF : UInt64(tags[position] + 1)
        default: break
        }
        let word = position >= 0 && position < words.count ? words[position] : .padding
        switch atom.attribute {
        case .form: return word.form
        case .lower: return word.lower
        case .prefix1: return word.prefix1
        case .prefix2: return word.prefix2
        case .suffix1: return word.suffixes.0
        case .suffix2: return word.suffixes.1
        case .suffix3: return word.suffixes.2
        case .suffix4: return word.suffixes.3
        case .shape: return word.shape
        case .first, .tag, .bias: return 0
        }
    }
}
