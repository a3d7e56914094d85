import DemoDataCore
import DemoDataEngine

/// What an archive will hold before it is generated, for `generate --dry-run` and the check of
/// free space: rows per table generated (exact for root tables, the volume's mean children per parent
/// for child tables), and bytes and time from constants measured on a huge archive (see
/// `ArchiveEstimate+Measured.swift`).
public struct ArchiveEstimate: Sendable {
    public let parameters: GenerationParameters
    public let tables: [TableEstimate]

    /// The estimate for one table.
    public struct TableEstimate: Sendable {
        public let table: Table
        public let rows: Int
        public let uncompressedBytes: UInt64
        /// The bytes of the file: the uncompressed bytes without compression.
        public let bytes: UInt64
    }

    public init(parameters: GenerationParameters) {
        self.parameters = parameters
        tables = parameters.tables.map { table in
            let rows = Self.rows(of: table, parameters)
            let measured = table.spec.size(parameters.format.rowText)
            let text =
                UInt64(rows).multipliedReportingOverflow(
                    by: UInt64(measured.bytesPerRowTenths)
                ).partialValue / 10
            if !parameters.format.compressesFiles {
                return TableEstimate(
                    table: table, rows: rows,
                    uncompressedBytes: PerTenThousand.share(
                        text, Self.parquetPagesPerTenThousandOfNDJSON),
                    bytes: PerTenThousand.share(
                        text, parameters.compression.codec.parquetPerTenThousandOfNDJSON))
            }
            let gzip = PerTenThousand.share(text, UInt64(measured.gzipPerTenThousand))
            let bytes = parameters.compression.codec.estimatedBytes(
                text: text, gzip: gzip, format: parameters.format)
            return TableEstimate(table: table, rows: rows, uncompressedBytes: text, bytes: bytes)
        }
    }

    /// The rows of all tables.
    public var rows: Int { tables.reduce(0) { $0 + $1.rows } }
    /// The uncompressed bytes of all tables.
    public var uncompressedBytes: UInt64 { tables.reduce(0) { $0 + $1.uncompressedBytes } }
    /// The bytes the archive takes on disk (its table files; the manifest is a few KB).
    public var bytes: UInt64 { tables.reduce(0) { $0 + $1.bytes } }

    /// The seconds a run takes with `threads` threads on a machine like the one the constants
    /// were measured on: deflate at level 6 is the limit, per thread; without compression,
    /// writing is.
    public func seconds(threads: Int, cores: Int) -> Double {
        let workers = Double(max(1, min(threads, cores)))
        if !parameters.format.compressesFiles {
            return Double(uncompressedBytes) / (Self.parquetPageBytesPerSecondPerThread * workers)
        }
        return Double(uncompressedBytes)
            / parameters.compression.codec.bytesPerSecond(workers: workers)
    }

    /// The rows of `table` that the parameters write (the shard's slice for a shard).
    package static func rows(of table: Table, _ parameters: GenerationParameters) -> Int {
        let roots = parameters.roots(of: table).count
        // Every child table has its measured mean (TableRegistryTests).
        guard let hundredths = table.spec.meanRowsPerRootHundredths?(parameters.volume) else {
            return roots
        }
        let (product, overflow) = roots.multipliedReportingOverflow(by: hundredths)
        return overflow ? roots / 100 * hundredths : product / 100
    }

    /// The free space the archive at `path` needs, when the file system holding it has less:
    /// (needed, available). Nil when there is room, or when the free space cannot be asked.
    public func shortfall(at path: String) -> (needed: UInt64, available: UInt64)? {
        guard let available = FileSystem.availableBytes(at: FileSystem.parentDirectory(of: path)),
            bytes > available
        else { return nil }
        return (bytes, available)
    }

    /// `12.3 GB`: a size in decimal units with one decimal.
    public static func sizeText(_ bytes: UInt64) -> String {
        let units = ["bytes", "kB", "MB", "GB", "TB", "PB", "EB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }
}
