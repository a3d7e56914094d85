import DemoDataCore
import DemoDataEngine
import Foundation

/// Hands pieces of a file's content from the thread that reads, hashes and decompresses the
/// file to the thread that parses the rows, through a few reused buffers, so that the two
/// halves of the work overlap. When the producer is done it leaves the sizes, digests and any
/// problem in `outcome`. The consumer may `cancel` when it wants no more: the producer then
/// stops reading.
package final class ContentChannel: @unchecked Sendable {
    /// What the producer found: the file's size, the bytes of it read and the content
    /// decompressed, their SHA-256 when they were read to their end, and why the content
    /// stopped early, if it did.
    package struct Outcome: Sendable {
        package var fileBytes: UInt64 = 0
        package var bytesRead: UInt64 = 0
        package var fileSHA256: String?
        package var contentBytes: UInt64 = 0
        package var contentSHA256: String?
        package var problem: String?
        package var members = 0
        /// The error the observer of the file's bytes threw, which stopped the scan.
        package var failure: (any Error)?
    }

    /// The size of each piece handed over.
    package static let pieceSize = 1 << 20

    private let condition = NSCondition()
    private var full: [[UInt8]] = []
    private var empty: [[UInt8]]
    private var done = false
    private var cancelled = false
    private var finalOutcome = Outcome()

    package init(buffers: Int) {
        empty = (0..<max(1, buffers)).map { _ in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(Self.pieceSize)
            return buffer
        }
    }

    /// An empty buffer to fill (producer); waits while every buffer is in use.
    package func emptyBuffer() -> [UInt8] {
        condition.lock()
        defer { condition.unlock() }
        while empty.isEmpty {
            condition.wait()
        }
        return empty.removeLast()
    }

    /// Hands over a filled buffer (producer).
    package func send(_ buffer: [UInt8]) {
        condition.lock()
        full.append(buffer)
        condition.broadcast()
        condition.unlock()
    }

    /// Ends the content (producer).
    package func finish(_ outcome: Outcome) {
        condition.lock()
        finalOutcome = outcome
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next filled buffer in order, or nil once the producer is done (consumer).
    package func receive() -> [UInt8]? {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !done {
            condition.wait()
        }
        return full.isEmpty ? nil : full.removeFirst()
    }

    /// Returns a buffer for reuse (consumer).
    package func recycle(_ buffer: [UInt8]) {
        var buffer = buffer
        buffer.removeAll(keepingCapacity: true)
        condition.lock()
        empty.append(buffer)
        condition.broadcast()
        condition.unlock()
    }

    /// Asks the producer to stop (consumer); the pieces it already sent are still received.
    package func cancel() {
        condition.lock()
        cancelled = true
        condition.unlock()
    }

    /// Whether the consumer wants no more (producer).
    package var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// The producer's outcome, once `receive` has returned nil.
    package var outcome: Outcome {
        condition.lock()
        defer { condition.unlock() }
        return finalOutcome
    }
}
