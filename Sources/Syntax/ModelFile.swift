import Foundation
/// The model file: a versioned header, then the tagger, the parser and the
/// lemmatizer, then a checksum of everything before it. All numbers are
/// little-endian.
///
///     "BRIEFSYN"                 8 bytes
///     format version             UInt32 (modelFormatVersion)
///     header length, header      UInt32, UTF-8 "key=value" lines
///     tagger, parser             LinearModel each: class count, feature count,
///                                entry count, then keys (UInt32, in the order
///                                of their slots in the look-up table),
///                                entries per feature (UInt8), entry classes
///                                (UInt8) and weights (Int16)
///     lemma exceptions, rules    UInt32 count, then length-prefixed strings
///     checksum                   UInt64, FNV-1a of all bytes before it, by 8-byte words
public let modelFormatVersion: UInt32 = 1
private let magic = Array("BRIEFSYN".utf8)

/// A model file that cannot be used, and why.
public struct SyntaxModelError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}

/// What the header says: where the model came from and how it was made.
public struct ModelHeader: Sendable, Equatable {
    /// Every key of the header, in the order written.
    public var fields: [(key: String, value: String)]

    public init(fields: [(key: String, value: String)]) { self.fields = fields }

    public subscript(key: String) -> String? { fields.first { $0.key == key }?.value }

    public static func == (a: ModelHeader, b: ModelHeader) -> Bool {
        a.fields.map { $0.key + "=" + $0.value } == b.fields.map { $0.key + "=" + $0.value }
    }
}

struct ModelWriter {
    var bytes: [UInt8] = []

    mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func string(_ value: String) {
        u32(UInt32(value.utf8.count))
        bytes += value.utf8
    }
    mutating func array<T: FixedWidthInteger>(_ values: [T]) {
        for value in values { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    }
    mutating func model(_ model: LinearModel) {
        u32(UInt32(model.classCount))
        let (keys, starts, classes, weights) = model.contents
        u32(UInt32(keys.count))
        u32(UInt32(model.entryCount))
        let order = model.tableOrder(keys)
        let ranges = order.map { Int(starts[$0])..<Int(starts[$0 + 1]) }
        array(order.map { keys[$0] })
        // How many entries each feature has (at most one per class, so a byte).
        array(ranges.map { UInt8(truncatingIfNeeded: $0.count) })
        array(ranges.flatMap { classes[$0] })
        array(ranges.flatMap { weights[$0] })
    }
}

struct ModelReader {
    let bytes: [UInt8]
    let file: String
    var position = 0

    func fail(_ message: String) -> SyntaxModelError { SyntaxModelError(file: file, message: message) }

    mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, position + count <= bytes.count else {
            throw fail("the file is truncated or damaged (needed \(count) bytes at offset \(position) of \(bytes.count))")
        }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func u32() throws -> UInt32 {
        let slice = try take(4)
        return slice.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func u64() throws -> UInt64 {
        let slice = try take(8)
        return slice.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    mutating func string() throws -> String {
        let length = Int(try u32())
        guard let string = String(validating: try take(length), as: UTF8.self) else { throw fail("a string in the file is not UTF-8") }
        return string
    }

    /// A run of fixed-width integers, copied in one go (the file is little-endian, as is every machine we run on).
    mutating func array<T: FixedWidthInteger>(_ count: Int, of type: T.Type) throws -> [T] {
        let slice = try take(count * MemoryLayout<T>.size)
        var values = [T](repeating: 0, count: count)
        values.withUnsafeMutableBytes { target in
            slice.withUnsafeBytes { source in target.copyMemory(from: source) }
        }
        #if _endian(big)
        return values.map { T(littleEndian: $0) }
        #else
        return values
        #endif
    }

    /// Where a classifier's tables lie in the file, checked to fit together.
    mutating func modelTables(_ name: String) throws -> TableRegions {
        let classCount = Int(try u32()), featureCount = Int(try u32()), entryCount = Int(try u32())
        guard entryCount < LinearModel.maximumEntries else { throw fail("the \(name) has \(entryCount) weights, more than a model may have") }
        guard classCount > 0, classCount < 256 else { throw fail("the \(name) has \(classCount) classes; the file is damaged") }
        let keys = try take(featureCount * 4), counts = try take(featureCount)
        let classes = try take(entryCount), weights = try take(entryCount * 2)
        guard counts.reduce(0, { $0 + Int($1) }) == entryCount, !classes.contains(where: { Int($0) >= classCount }) else {
            throw fail("the \(name)'s tables do not fit together; the file is damaged")
        }
        return TableRegions(classCount: classCount, keys: keys.indices, counts: counts.indices, classes: classes.indices, weights: weights.indices)
    }
}

/// A classifier's tables as byte ranges of a model file.
struct TableRegions: Sendable {
    var classCount: Int
    var keys, counts, classes, weights: Range<Int>

    /// The classifier, built straight from the file's bytes: no copy of megabytes on the way to the look-up table.
    func model(in bytes: [UInt8]) -> LinearModel {
        bytes.withUnsafeBytes { raw in
            func region(_ range: Range<Int>) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: raw[range]) }
            return LinearModel(classCount: classCount, tables: PackedTables(keys: region(keys), counts: region(counts),
                                                                            classes: region(classes), weights: region(weights)))
        }
    }
}

/// The file's checksum: FNV-1a taken over 8-byte little-endian words (then
/// the last few bytes one by one), eight times fewer steps than over bytes.
func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBytes { buffer in
        let words = buffer.count / 8
        for index in 0..<words {
            hash ^= UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for index in (words * 8)..<buffer.count {
            hash ^= UInt64(buffer[index])
            hash = hash &* 0x0000_0100_0000_01B3
        }
    }
    return hash
}

extension SyntaxModel {
    /// The model as the bytes of a model file.
    public func serialized() -> [UInt8] {
        var writer = ModelWriter()
        writer.bytes += magic
        writer.u32(modelFormatVersion)
        writer.string(header.fields.map { $0.key + "=" + $0.value }.joined(separator: "\n"))
        writer.model(tagger)
        writer.model(parser)
        let exceptions = lemmatizer.exceptions.sorted { $0.key < $1.key }
        writer.u32(UInt32(exceptions.count))
        for (key, lemma) in exceptions { writer.string(key); writer.string(lemma) }
        let rules = lemmatizer.rules.sorted { $0.key < $1.key }
        writer.u32(UInt32(rules.count))
        for (key, rule) in rules { writer.string(key); writer.u32(UInt32(rule.strip)); writer.string(rule.append) }
        writer.u64(checksum(writer.bytes[...]))
        return writer.bytes
    }

    /// Reads a model file's bytes; `file` names it in errors.
    public convenience init(bytes: [UInt8], file: String) throws {
        var reader = ModelReader(bytes: bytes, file: file)
        guard bytes.count >= 8, Array(bytes[0..<8]) == magic else { throw reader.fail("not a briefing syntax model (wrong magic bytes)") }
        reader.position = 8
        let version = try reader.u32()
        guard version == modelFormatVersion else {
            throw reader.fail("model format version \(version), but this briefing reads version \(modelFormatVersion); retrain with briefing-train")
        }
        @Sendable func checksumMatches() -> Bool {
            bytes.count >= 20 && checksum(bytes[0..<(bytes.count - 8)]) == ModelReader(bytes: Array(bytes.suffix(8)), file: file).peekU64()
        }
        let damaged = reader.fail("checksum mismatch: the file is damaged or truncated")
        // The checksum is taken while the tables are built (below); a file that does not even
        // parse is reported as damaged when its checksum says so.
        let header: ModelHeader, taggerTables: TableRegions, parserTables: TableRegions
        do {
            (header, taggerTables, parserTables) = try reader.headerAndTables()
        } catch {
            throw checksumMatches() ? error : damaged
        }
        let parser = LoadResult<LinearModel>()
        let rest = LoadResult<(tagger: LinearModel, checksumMatches: Bool, lemmatizer: Result<Lemmatizer, Error>)>()
        let lemmaReader = reader
        // Building the look-up tables is most of the load: the parser's on one core, the
        // checksum, the tagger's and the lemmatizer on the other.
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                parser.value = parserTables.model(in: bytes)
            } else {
                var reader = lemmaReader
                rest.value = (taggerTables.model(in: bytes), checksumMatches(), Result { try reader.lemmatizer() })
            }
        }
        guard let (tagger, matches, lemmatizer) = rest.value, matches else { throw damaged }
        try self.init(header: header, tagger: tagger, parser: parser.value!, lemmatizer: lemmatizer.get(), file: file)
    }
}

extension ModelReader {
    /// The header (checked against this build's feature set) and where the two classifiers' tables lie.
    mutating func headerAndTables() throws -> (ModelHeader, TableRegions, TableRegions) {
        let headerText = try string()
        let fields = headerText.split(separator: "\n").map { line -> (key: String, value: String) in
            let parts = line.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        let header = ModelHeader(fields: fields)
        let expected = String(featureSetID, radix: 16)
        guard header["feature_set"] == expected else {
            throw fail("trained with feature set \(header["feature_set"] ?? "?"), but this briefing's templates are \(expected) (Sources/Syntax/FeatureTemplates.swift changed); retrain with briefing-train")
        }
        return (header, try modelTables("tagger"), try modelTables("parser"))
    }

    /// The lemma exceptions and suffix rules, the file's last part.
    mutating func lemmatizer() throws -> Lemmatizer {
        var exceptions: [String: String] = [:]
        var rules: [String: Lemmatizer.SuffixRule] = [:]
        for _ in 0..<Int(try u32()) { exceptions[try string()] = try string() }
        for _ in 0..<Int(try u32()) {
            let key = try string()
            rules[key] = Lemmatizer.SuffixRule(strip: Int(try u32()), append: try string())
        }
        return Lemmatizer(exceptions: exceptions, rules: rules)
    }

    func peekU64() -> UInt64 { bytes.prefix(8).reversed().reduce(0) { $0 << 8 | UInt64($1) } }
}

/// One part of a model load, filled in by the thread that builds it.
private final class LoadResult<Value>: @unchecked Sendable {
    var value: Value?
}
