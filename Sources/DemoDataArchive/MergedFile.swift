import DemoDataCore
import DemoDataEngine

/// The file a merge writes, fed by the scans of the shards' files on their reading threads:
/// each piece is checked against cancellation, appended and hashed. One scan runs at a time,
/// so the state is never touched by two threads at once.
package final class MergedFile: @unchecked Sendable {
    package let output: OutputFile
    package private(set) var hasher = SHA256Hasher()
    private let shouldStop: @Sendable () -> Bool

    package init(_ output: OutputFile, _ shouldStop: @escaping @Sendable () -> Bool) {
        self.output = output
        self.shouldStop = shouldStop
    }

    /// Appends a piece of a shard's file; throws `CancellationError` when the merge is to stop.
    @Sendable package func append(_ bytes: UnsafeRawBufferPointer) throws {
        if shouldStop() { throw CancellationError() }
        hasher.update(bytes)
        try output.append(bytes)
    }
}
