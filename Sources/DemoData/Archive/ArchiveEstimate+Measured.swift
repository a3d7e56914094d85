/// The constants behind the estimates, measured with `demodata generate --volume huge
/// --as-of 2026-06-30 --threads 1` (451,032 rows) in both formats at gzip level 6, and from the
/// benchmark in the README (2 vCPUs, Intel Xeon): uncompressed bytes per row, gzip bytes per
/// 10,000 uncompressed bytes, and throughput. Another level, seed or scale changes the real
/// figures by a few percent.
extension ArchiveEstimate {
    struct Measured {
        /// Uncompressed bytes per row, in tenths.
        let bytesPerRowTenths: Int
        /// Compressed bytes per 10,000 uncompressed bytes at level 6.
        let gzipPerTenThousand: Int
    }

    static func measured(_ table: Table, _ format: OutputFormat) -> Measured {
        switch (table, format) {
        case (.customerTypes, .ndjson): Measured(bytesPerRowTenths: 2965, gzipPerTenThousand: 4570)
        case (.productCategories, .ndjson):
            Measured(bytesPerRowTenths: 2352, gzipPerTenThousand: 5085)
        case (.customers, .ndjson): Measured(bytesPerRowTenths: 3534, gzipPerTenThousand: 2606)
        case (.customerAddresses, .ndjson):
            Measured(bytesPerRowTenths: 3120, gzipPerTenThousand: 2405)
        case (.products, .ndjson): Measured(bytesPerRowTenths: 4819, gzipPerTenThousand: 2474)
        case (.inventory, .ndjson): Measured(bytesPerRowTenths: 3533, gzipPerTenThousand: 2522)
        case (.invoices, .ndjson): Measured(bytesPerRowTenths: 4093, gzipPerTenThousand: 2694)
        case (.invoiceLineItems, .ndjson):
            Measured(bytesPerRowTenths: 3470, gzipPerTenThousand: 2412)
        case (.customerTypes, .csv): Measured(bytesPerRowTenths: 1948, gzipPerTenThousand: 6444)
        case (.productCategories, .csv):
            Measured(bytesPerRowTenths: 1760, gzipPerTenThousand: 6398)
        case (.customers, .csv): Measured(bytesPerRowTenths: 2253, gzipPerTenThousand: 3719)
        case (.customerAddresses, .csv):
            Measured(bytesPerRowTenths: 1644, gzipPerTenThousand: 4030)
        case (.products, .csv): Measured(bytesPerRowTenths: 3564, gzipPerTenThousand: 2855)
        case (.inventory, .csv): Measured(bytesPerRowTenths: 1703, gzipPerTenThousand: 4595)
        case (.invoices, .csv): Measured(bytesPerRowTenths: 2218, gzipPerTenThousand: 4388)
        case (.invoiceLineItems, .csv): Measured(bytesPerRowTenths: 1894, gzipPerTenThousand: 3894)
        }
    }

    /// Uncompressed bytes per second that one thread generates and deflates at level 6 (the
    /// benchmark's huge run: 62 MB/s on 2 threads).
    static let gzipBytesPerSecondPerThread = 31_000_000.0

    /// Uncompressed bytes per second written without compression (the benchmark: 340 MB/s).
    static let uncompressedBytesPerSecond = 340_000_000.0

    /// zstd level 3's size as a share of gzip level 6's, per ten thousand, measured on huge
    /// (NDJSON 39.4 MB against 39.8 MB; CSV 34.3 MB against 35.0 MB).
    static func zstdPerTenThousandOfGzip(_ format: OutputFormat) -> UInt64 {
        format == .ndjson ? 9_890 : 9_790
    }

    /// Uncompressed bytes per second that one thread generates and compresses with zstd at
    /// level 3 (huge: 161.6 MB in 1.44 s on 2 threads).
    static let zstdBytesPerSecondPerThread = 56_000_000.0
}
