import CLibcrypto

/// SHA-256 through the system's libcrypto, which uses the CPU's SHA instructions where it has
/// them. The state is a plain value: a copy hashes on independently, and `finalize()` leaves
/// the hasher as it was.
package struct SHA256Hasher: Sendable {
    private var context = SHA256_CTX()

    package init() {
        SHA256_Init(&context)
    }

    /// Adds `bytes` to the message.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        SHA256_Update(&context, base, bytes.count)
    }

    /// Adds `bytes` to the message.
    package mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The 32-byte digest of the message so far.
    package func finalize() -> [UInt8] {
        var copy = context
        return [UInt8](unsafeUninitializedCapacity: 32) { buffer, count in
            SHA256_Final(buffer.baseAddress, &copy)
            count = 32
        }
    }

    /// The digest of the message so far in lowercase hex, as manifests and `SHA256SUMS` write it.
    package func finalizeHex() -> String {
        Hex.string(finalize())
    }

    /// The digest of `bytes`.
    package static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of `bytes` in lowercase hex.
    package static func hex(_ bytes: [UInt8]) -> String {
        Hex.string(digest(bytes))
    }
}
