/// Features are 32-bit keys made by hashing a template number with the values it
/// looks at. The hash is our own (FNV-1a over bytes, then a 64-bit mix), so the
/// keys are the same in every process and on every machine: Swift's `Hasher` is
/// seeded per process and would make training and models differ run to run.
@inline(__always)
func hashBytes<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
}

@inline(__always)
func hashString(_ string: String) -> UInt64 { hashBytes(string.utf8) }

/// Mixes a value into a running hash (a multiply-xorshift step).
@inline(__always)
func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
    var x = (hash ^ value) &* 0x9E37_79B9_7F4A_7C15
    x ^= x >> 29
    x = x &* 0xBF58_476D_1CE4_E5B9
    return x ^ (x >> 32)
}

/// The final 32-bit key of a feature; never 0, which marks an empty table slot.
@inline(__always)
func featureKey(_ template: Int, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt32 {
    let hash = mix(mix(mix(UInt64(template) &+ 0x51ED_270B, a), b), c)
    let key = UInt32(truncatingIfNeeded: hash >> 32)
    return key == 0 ? 1 : key
}
