import DemoDataCore
import DemoDataVocabulary

/// The bounds the Parquet reader puts on what a file may ask of it, so that a hostile or
/// damaged file is refused with a message before it makes the reader allocate or work without
/// limit. Every length and count is also checked against the bytes that hold it.
///
/// demodata's own files are far inside them: footers of kilobytes to a few megabytes, row
/// groups of about 8 MiB of values, every row at least a 16-byte random UUID.
package enum ParquetReadLimits {
    /// The largest footer read (`FileMetaData`).
    package static let footerBytes = 256 << 20

    /// The most bytes of one row group's column chunks read into memory at once.
    package static let rowGroupBytes = 1 << 30

    /// The most bytes one row group's pages may decompress to, all columns together.
    package static let rowGroupBodyBytes = 1 << 29

    /// How many times its stored size a row group may decompress to (plus `expansionSlack`):
    /// compression of real pages stays well under this, while a page crafted to expand
    /// without limit is refused before it is decompressed.
    package static let expansion = 1024
    package static let expansionSlack = 1 << 20

    /// The most rows a row group may have per byte of its column chunks: run-length encoding
    /// can make a few bytes say millions of values, and this keeps the work of decoding a file
    /// proportional to its size.
    package static let rowsPerByte = 64
}
