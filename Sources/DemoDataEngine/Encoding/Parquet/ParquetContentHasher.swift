import DemoDataCore
import DemoDataVocabulary

/// The content of a row group, as the manifest's `content_sha256` counts it: the SHA-256 of
/// its pages' uncompressed bodies (page headers left out), column by column in file order,
/// each column's dictionary page before its data page, and their total size.
///
/// It depends on the values alone — not on the compression, its level, the library version or
/// the threads — and the file's `content_sha256` is the SHA-256 of its row groups' digests in
/// order, so row-group-aligned shards, concatenated, give the whole table's.
package struct ParquetContentHasher {
    private var hasher = SHA256Hasher()
    /// The uncompressed page bytes hashed so far.
    package private(set) var bytes = 0

    package mutating func update(_ body: UnsafeRawBufferPointer) {
        hasher.update(body)
        bytes += body.count
    }

    package func finalize() -> [UInt8] {
        hasher.finalize()
    }
}
