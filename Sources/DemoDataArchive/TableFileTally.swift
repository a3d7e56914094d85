import DemoDataCore
import DemoDataEngine

/// The running checksums, rows and sizes of a table file being written. Each file has its own,
/// except when `verify` regenerates a file merged from shards: then every shard's writer adds
/// to one tally, which ends up describing the merged file.
final class TableFileTally {
    /// The SHA-256 of the file's bytes as written.
    var file = SHA256Hasher()
    /// The SHA-256 of the content: the uncompressed text, or the row groups' content digests.
    var content = SHA256Hasher()
    var rows = 0
    var uncompressedBytes: UInt64 = 0
}
