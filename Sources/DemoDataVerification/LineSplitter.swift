import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits content fed in pieces into lines ending in `\n`, numbering them from 1. A line that
/// lies wholly inside a piece is handed on in place; only a line cut by a piece boundary is
/// copied, and never more than `limit` bytes of it: the first line longer than that is not
/// handed on, its number is kept in `overLongLine`, and nothing after it is read, so content
/// without line ends costs bounded memory.
package struct LineSplitter {
    /// The most bytes a line may have, its `\n` not counted.
    package let limit: Int
    private var pending: [UInt8] = []
    package private(set) var line = 0
    /// The first line longer than `limit`, once one is met.
    package private(set) var overLongLine: Int?

    package init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Passes each complete line of `piece` (and of what earlier pieces left over), without its
    /// `\n`, to `body` with its line number.
    package mutating func feed(
        _ piece: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
    ) {
        guard overLongLine == nil, let raw = piece.baseAddress, piece.count > 0 else { return }
        let base = raw.assumingMemoryBound(to: UInt8.self)
        var start = 0
        while start < piece.count,
            let found = memchr(base + start, 0x0a, piece.count - start)
        {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard pending.count + (end - start) <= limit else {
                stop()
                return
            }
            line += 1
            if pending.isEmpty {
                body(UnsafeBufferPointer(start: base + start, count: end - start), line)
            } else {
                pending.append(
                    contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
                pending.withUnsafeBufferPointer { body($0, line) }
                pending.removeAll(keepingCapacity: true)
            }
            start = end + 1
        }
        guard start < piece.count else { return }
        guard pending.count + (piece.count - start) <= limit else {
            stop()
            return
        }
        pending.append(
            contentsOf: UnsafeBufferPointer(start: base + start, count: piece.count - start))
    }

    /// Passes the last line if the content did not end with `\n`; returns whether there was
    /// such an unterminated line.
    package mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> Bool {
        guard overLongLine == nil, !pending.isEmpty else { return false }
        line += 1
        pending.withUnsafeBufferPointer { body($0, line) }
        pending.removeAll()
        return true
    }

    /// Notes that the next line is too long and lets go of what was kept of it.
    private mutating func stop() {
        overLongLine = line + 1
        pending = []
    }
}
