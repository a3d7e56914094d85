import DemoDataCore
import DemoDataVocabulary

/// The format of an archive's table files.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    case ndjson
    case csv
    case parquet

    /// The file name extension before any compression suffix.
    public var fileExtension: String { rawValue }

    /// Whether the archive's compression applies to whole files (the text formats: `.gz` or
    /// `.zst` files) rather than to the pages inside them (Parquet, a file format with its own
    /// framing, whose files are never compressed as a whole).
    public var compressesFiles: Bool { self != .parquet }

    /// The text form in which the verifier reads and regenerates the rows: the format itself,
    /// or NDJSON for Parquet, whose rows the verifier renders as the NDJSON lines they are.
    public var rowText: OutputFormat {
        compressesFiles ? self : .ndjson
    }

    /// The compression used when none is given: gzip for the text formats, which every tool
    /// reads; zstd for Parquet, whose readers all read zstd pages.
    public var defaultCompression: Compression {
        compressesFiles ? .gzip : .zstd
    }

    /// The file name of `table` in this format: `<table>.<format>`, with the compression's
    /// suffix (`.gz`, `.zst`) when the compression applies to the whole file.
    public func fileName(of table: Table, compression: Compression) -> String {
        table.name + "." + fileExtension + (compressesFiles ? compression.fileSuffix : "")
    }
}
