import Crypto

/// SHA-256, for the manifest's and facts' file hashes: swift-crypto's, which
/// uses the processor's SHA instructions where it has them (a 9 MB model file
/// hashes in milliseconds instead of the ~70 ms our own loop took).
public enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        digest(bytes).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
        }.joined()
    }

    public static func digest<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        if let contiguous = bytes as? [UInt8] {
            return Array(Crypto.SHA256.hash(data: contiguous))
        }
        return Array(Crypto.SHA256.hash(data: Array(bytes)))
    }
}
