#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits content fed in pieces into lines ending in `\n`, numbering them from 1. A line that
/// lies wholly inside a piece is handed on in place; only a line cut by a piece boundary is
/// copied.
struct LineSplitter {
    private var pending: [UInt8] = []
    private(set) var line = 0

    /// Passes each complete line of `piece` (and of what earlier pieces left over), without its
    /// `\n`, to `body` with its line number.
    mutating func feed(
        _ piece: UnsafeRawBufferPointer, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
    ) {
        guard let raw = piece.baseAddress, piece.count > 0 else { return }
        let base = raw.assumingMemoryBound(to: UInt8.self)
        var start = 0
        while start < piece.count,
            let found = memchr(base + start, 0x0a, piece.count - start)
        {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
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
        if start < piece.count {
            pending.append(
                contentsOf: UnsafeBufferPointer(start: base + start, count: piece.count - start))
        }
    }

    /// Passes the last line if the content did not end with `\n`; returns whether there was
    /// such an unterminated line.
    mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> Bool {
        guard !pending.isEmpty else { return false }
        line += 1
        pending.withUnsafeBufferPointer { body($0, line) }
        pending.removeAll()
        return true
    }
}
