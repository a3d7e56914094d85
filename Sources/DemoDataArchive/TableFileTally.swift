import DemoDataCore
import DemoDataEngine

/// The running checksums, rows and sizes of a table file being written. Each file has its own,
/// except when `verify` regenerates a file merged from shards: then every shard's writer adds
/// to one tally, which ends up describing the merged file.
package final class TableFileTally {
    /// The SHA-256 of the file's bytes as written.
    package var file = SHA256Hasher()
    /// The SHA-256 of the content: the uncompressed text, or the row groups' content digests.
    package var content = SHA256Hasher()
    package var rows = 0
    package var uncompressedBytes: UInt64 = 0

    package init() {}
}
