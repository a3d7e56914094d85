import DemoDataCore
import DemoDataEngine

/// The throughput constants behind the estimates, from the benchmark in docs/performance.md
/// (2 vCPUs, Intel Xeon); each table's measured sizes are in its registry entry (`TableSpec`).
/// Another level, seed or scale changes the real figures by a few percent.
extension ArchiveEstimate {
    /// Uncompressed bytes per second that one thread generates and deflates at level 6 (the
    /// benchmark's huge run: 62 MB/s on 2 threads).
    package static let gzipBytesPerSecondPerThread = 31_000_000.0

    /// Uncompressed bytes per second written without compression (the benchmark: 340 MB/s).
    package static let uncompressedBytesPerSecond = 340_000_000.0

    /// zstd level 3's size as a share of gzip level 6's, per ten thousand: between large's and
    /// huge's (NDJSON 8,055 and 8,627, huge 34.3 MB against 39.8 MB; CSV 8,247 and 8,722, huge
    /// 30.5 MB against 35.0 MB).
    package static func zstdPerTenThousandOfGzip(_ format: OutputFormat) -> UInt64 {
        format == .csv ? 8_480 : 8_340
    }

    /// Uncompressed bytes per second that one thread generates and compresses with zstd at
    /// level 3 (huge ×10: 1,616 MB in 8.2 s on 2 threads).
    package static let zstdBytesPerSecondPerThread = 98_000_000.0

    /// Uncompressed Parquet page bytes per second that one thread generates, encodes and
    /// compresses with zstd at level 3 (huge ×10: 504 MB of pages in 3.5 s on 2 threads).
    package static let parquetPageBytesPerSecondPerThread = 71_000_000.0

    /// A Parquet archive's uncompressed pages as a share of the NDJSON text of the same rows,
    /// per ten thousand: between large's 2,875 and huge's 3,133 (huge has more row groups,
    /// whose dictionaries cover fewer rows each).
    package static let parquetPagesPerTenThousandOfNDJSON: UInt64 = 3_000

    /// A Parquet archive's files as a share of the NDJSON text of the same rows, per ten
    /// thousand, at the codecs' default levels: between large's and huge's (zstd 1,085 and
    /// 1,223; gzip 1,159 and 1,325; uncompressed pages 2,883 and 3,135).
    package static func parquetPerTenThousandOfNDJSON(_ compression: Compression) -> UInt64 {
        switch compression {
        case .zstd: 1_150
        case .gzip: 1_240
        case .none: 3_000
        }
    }
}
