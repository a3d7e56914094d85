import DemoDataCore
import DemoDataEngine

/// The Parquet constants behind the estimates, from the benchmark in docs/performance.md
/// (2 vCPUs, Intel Xeon); each codec's are in its `CompressionCodec`, each table's measured
/// sizes in its registry entry (`TableSpec`).
/// Another level, seed or scale changes the real figures by a few percent.
extension ArchiveEstimate {
    /// Uncompressed Parquet page bytes per second that one thread generates, encodes and
    /// compresses with zstd at level 3 (huge ×10: 504 MB of pages in 3.5 s on 2 threads).
    package static let parquetPageBytesPerSecondPerThread = 71_000_000.0

    /// A Parquet archive's uncompressed pages as a share of the NDJSON text of the same rows,
    /// per ten thousand: between large's 2,875 and huge's 3,133 (huge has more row groups,
    /// whose dictionaries cover fewer rows each).
    package static let parquetPagesPerTenThousandOfNDJSON: UInt64 = 3_000
}
