import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The fields of one row, reused from row to row: the bytes of each value (JSON escapes and
/// doubled CSV quotes already resolved) in one buffer, with its kind, and, once checked, its
/// value as a number (integer, decimal units, date day, timestamp microseconds, boolean, or
/// the index of a string in its column's value set) or as a key (UUIDs).
package final class RowFields {
    /// The number of columns a row should have.
    package let width: Int
    /// The fields parsed from the current row; more than `width` when the row has extra fields
    /// (only the first `width` are kept).
    package var count = 0
    /// The first column whose CSV field is quoted though nothing in it needs quotes.
    package var needlessQuote: Int?
    // Fixed-size buffers rather than arrays: they are written for every field of every row,
    // and a class's array property would pay an exclusivity check on each write.
    private let kinds: UnsafeMutablePointer<FieldKind>
    private let starts: UnsafeMutablePointer<Int>
    private let lengths: UnsafeMutablePointer<Int>
    /// The checked value of each column (see the type's summary).
    package let numbers: UnsafeMutablePointer<Int>
    /// The checked UUID of each uuid column.
    package let keys: UnsafeMutablePointer<Key128>
    /// Bit `i` is set when column `i` passed its checks (its number or key is then valid).
    package var validMask: UInt64 = 0
    /// The bytes of the row's values, one after another.
    private let values = ByteBuffer(capacity: 4096)
    /// The bytes appended so far.
    package var used: Int { values.count }

    /// The most columns a row may have: the validity of each is one bit of `validMask`.
    package static let maximumWidth = UInt64.bitWidth

    package init(width: Int) {
        precondition(
            (0...Self.maximumWidth).contains(width),
            "a table of \(width) columns; rows are checked for at most \(Self.maximumWidth)")
        self.width = width
        kinds = .allocate(capacity: max(1, width))
        kinds.initialize(repeating: .null, count: max(1, width))
        starts = .allocate(capacity: max(1, width))
        starts.initialize(repeating: 0, count: max(1, width))
        lengths = .allocate(capacity: max(1, width))
        lengths.initialize(repeating: 0, count: max(1, width))
        numbers = .allocate(capacity: max(1, width))
        numbers.initialize(repeating: 0, count: max(1, width))
        keys = .allocate(capacity: max(1, width))
        keys.initialize(repeating: Key128(high: 0, low: 0), count: max(1, width))
    }

    deinit {
        kinds.deallocate()
        starts.deallocate()
        lengths.deallocate()
        numbers.deallocate()
        keys.deallocate()
    }

    /// Forgets the current row.
    @inline(__always)
    package func reset() {
        count = 0
        values.removeAll()
        needlessQuote = nil
        validMask = 0
    }

    /// Starts a value: bytes appended from here on belong to it until `endField`.
    @inline(__always)
    package var valueStart: Int { used }

    /// Appends bytes to the value being read.
    @inline(__always)
    package func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        values.append(start, count: length)
    }

    @inline(__always)
    package func append(_ byte: UInt8) {
        values.append(byte)
    }

    /// Drops the bytes appended since `start` (a key that was only needed for a comparison).
    @inline(__always)
    package func truncate(to start: Int) {
        values.count = start
    }

    /// Ends a field whose bytes start at `start` (its value buffer offset).
    @inline(__always)
    package func endField(_ kind: FieldKind, start: Int) {
        if count < width {
            kinds[count] = kind
            starts[count] = start
            lengths[count] = used - start
        }
        count += 1
    }

    /// The bytes of field `index`.
    @inline(__always)
    package func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: values.base + starts[index], count: lengths[index])
    }

    /// The bytes appended from `start` to now.
    @inline(__always)
    package func bytes(from start: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: values.base + start, count: used - start)
    }

    /// Whether column `index` passed its checks.
    @inline(__always)
    package func valid(_ index: Int) -> Bool {
        validMask & (1 << UInt64(index)) != 0
    }

    /// Whether every column passed its checks.
    package var allValid: Bool {
        validMask == (width >= 64 ? UInt64.max : (1 << UInt64(width)) - 1)
    }

    @inline(__always)
    package func kind(_ index: Int) -> FieldKind {
        kinds[index]
    }

    /// The value of field `index` as text, for messages.
    package func text(_ index: Int) -> String {
        String(decoding: bytes(index), as: UTF8.self)
    }

    /// Whether field `index` holds exactly `literal`.
    @inline(__always)
    package func equals(_ index: Int, _ literal: [UInt8]) -> Bool {
        Self.same(bytes(index), literal)
    }

    /// Whether the bytes appended since `start` are exactly `literal`.
    @inline(__always)
    package func equals(from start: Int, _ literal: [UInt8]) -> Bool {
        Self.same(bytes(from: start), literal)
    }

    @inline(__always)
    package static func same(_ value: UnsafeBufferPointer<UInt8>, _ literal: [UInt8]) -> Bool {
        guard value.count == literal.count else { return false }
        return literal.withUnsafeBufferPointer { expected in
            guard let left = value.baseAddress, let right = expected.baseAddress else {
                return true
            }
            return memcmp(left, right, value.count) == 0
        }
    }
}
