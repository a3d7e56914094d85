import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// Figures about a generation: what it wrote, how long it took, and the process's peak memory.
public struct GenerationMetrics: Sendable, Equatable {
    public var rows: Int
    /// Bytes of the table files as written.
    public var bytes: UInt64
    public var uncompressedBytes: UInt64
    public var elapsed: Duration
    /// The peak resident memory of the process so far, in bytes (0 where unknown).
    public var peakMemoryBytes: UInt64

    public init(
        rows: Int, bytes: UInt64, uncompressedBytes: UInt64, elapsed: Duration,
        peakMemoryBytes: UInt64
    ) {
        self.rows = rows
        self.bytes = bytes
        self.uncompressedBytes = uncompressedBytes
        self.elapsed = elapsed
        self.peakMemoryBytes = peakMemoryBytes
    }

    /// The totals of a manifest, with the elapsed time and peak memory. (A manifest's counts
    /// are in range once decoded and its tables few, so the sums fit; were one not to, the
    /// figures would read as the largest numbers rather than wrap or trap.)
    package init(manifest: Manifest, elapsed: Duration) {
        let totals = manifest.totals ?? (.max, .max, .max)
        self.init(
            rows: totals.rows, bytes: totals.bytes, uncompressedBytes: totals.uncompressedBytes,
            elapsed: elapsed, peakMemoryBytes: ProcessMemory.peakResidentBytes())
    }
}
