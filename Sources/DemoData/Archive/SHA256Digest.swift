import Crypto

/// SHA-256 of whole byte arrays (the streaming paths use `Crypto.SHA256` directly).
enum SHA256Digest {
    static func of(_ bytes: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(data: bytes))
    }
}
