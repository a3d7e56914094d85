import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits CSV content fed in pieces into records (RFC 4180): a `\n` ends a record unless it is
/// inside a quoted field. Records are numbered by the line they start on, counting from 1.
/// Never more than `limit` bytes of a record are kept: the first record longer than that is
/// not handed on, the line it starts on is kept in `overLongLine`, and nothing after it is
/// read, so a quote that never closes costs bounded memory.
///
/// Only quotes and line ends matter here: each quote toggles "inside quotes" (a doubled quote
/// toggles twice), so the fields themselves are left to `CSVRecordParser`.
package struct CSVRecordSplitter {
    /// The most bytes a record may have, its final `\n` not counted.
    package let limit: Int
    private var pending: [UInt8] = []
    private var inQuotes = false
    /// Line ends inside quotes in the record being assembled.
    private var innerLines = 0
    /// The line the next record starts on.
    package private(set) var nextLine = 1
    /// The line the first record longer than `limit` starts on, once one is met.
    package private(set) var overLongLine: Int?
    /// Whether that record was inside a quoted field when it grew too long: a quote that
    /// never closes makes the rest of the file one record.
    package private(set) var overLongInQuotes = false

    package init(limit: Int) {
        self.limit = max(0, limit)
    }

    /// Passes each complete record of `piece` (and of what earlier pieces left over), without
    /// its final `\n`, to `body` with the line it starts on.
    package mutating func feed(
        _ piece: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
    ) {
        guard overLongLine == nil, let raw = piece.baseAddress, piece.count > 0 else { return }
        let base = raw.assumingMemoryBound(to: UInt8.self)
        let count = piece.count
        var start = 0
        var position = 0
        while position < count {
            guard let found = memchr(base + position, 0x0a, count - position) else { break }
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            guard pending.count + (end - start) <= limit else {
                stop()
                return
            }
            if memchr(base + position, 0x22, end - position) != nil {
                for offset in position..<end where base[offset] == 0x22 {
                    inQuotes.toggle()
                }
            }
            position = end + 1
            if inQuotes {
                innerLines += 1
                continue
            }
            let record = UnsafeBufferPointer(start: base + start, count: end - start)
            if pending.isEmpty {
                body(record, nextLine)
            } else {
                pending.append(contentsOf: record)
                pending.withUnsafeBufferPointer { body($0, nextLine) }
                pending.removeAll(keepingCapacity: true)
            }
            nextLine += 1 + innerLines
            innerLines = 0
            start = position
        }
        guard start < count else { return }
        guard pending.count + (count - start) <= limit else {
            stop()
            return
        }
        for offset in position..<count where base[offset] == 0x22 {
            inQuotes.toggle()
        }
        pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Passes the last record if the content did not end with a record's `\n` (it has no line
    /// end, or a quoted field is never closed); returns whether there was such a record.
    package mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> Bool {
        guard overLongLine == nil, !pending.isEmpty else { return false }
        pending.withUnsafeBufferPointer { body($0, nextLine) }
        pending.removeAll()
        nextLine += 1 + innerLines
        innerLines = 0
        inQuotes = false
        return true
    }

    /// Notes that the record being assembled is too long and lets go of what was kept of it.
    private mutating func stop() {
        overLongLine = nextLine
        overLongInQuotes = inQuotes
        pending = []
    }
}
