import DemoDataCore
import DemoDataEngine

/// The sums over a manifest's tables, added with overflow checked.
extension Manifest {
    /// The rows, file bytes and uncompressed bytes of all the tables together; nil when a sum
    /// does not fit in 64 bits, which no manifest of ours comes near (see `maximumFileBytes`).
    public var totals: (rows: Int, bytes: UInt64, uncompressedBytes: UInt64)? {
        var rows = 0
        var bytes: UInt64 = 0
        var uncompressed: UInt64 = 0
        for entry in tables {
            let (newRows, rowsOverflow) = rows.addingReportingOverflow(entry.rows)
            let (newBytes, bytesOverflow) = bytes.addingReportingOverflow(entry.bytes)
            let (newUncompressed, uncompressedOverflow) = uncompressed.addingReportingOverflow(
                entry.uncompressedBytes)
            guard !rowsOverflow, !bytesOverflow, !uncompressedOverflow else { return nil }
            (rows, bytes, uncompressed) = (newRows, newBytes, newUncompressed)
        }
        return (rows, bytes, uncompressed)
    }
}
