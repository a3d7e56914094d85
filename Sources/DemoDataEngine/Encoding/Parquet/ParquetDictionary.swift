import DemoDataCore
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The distinct values of one column chunk while it is dictionary-encoded: an open-addressing
/// hash table from a value's bytes to its entry number. The entries themselves live in the
/// column's value buffer, PLAIN-encoded (a four-byte length, then the bytes), which is exactly
/// what the dictionary page holds; the table keeps only their offsets.
///
/// The memory is allocated once and reused for every row group.
package final class ParquetDictionary {
    /// The most entries a chunk's dictionary takes; a chunk with more distinct values is
    /// written with plain values. 4096 keeps indices at 12 bits or fewer and the table small.
    package static let maximumEntries = 4096
    private static let slotCount = 2 * maximumEntries

    // Fixed-size memory rather than arrays and stored properties: the table is read for
    // every value of the column, and a class's mutable property would pay an exclusivity
    // check on each access.
    /// Entry number + 1 of each slot; 0 when the slot is empty.
    private let slots: UnsafeMutablePointer<Int32>
    /// The offset of each entry's length prefix in the value buffer.
    private let offsets: UnsafeMutablePointer<Int>
    /// The number of entries, and whether the chunk still uses the dictionary.
    private let state: UnsafeMutablePointer<(count: Int, active: Bool)>

    package init() {
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: 0, count: Self.slotCount)
        offsets = .allocate(capacity: Self.maximumEntries)
        state = .allocate(capacity: 1)
        state.initialize(to: (0, true))
    }

    deinit {
        slots.deallocate()
        offsets.deallocate()
        state.deallocate()
    }

    /// The number of entries.
    package var count: Int { state.pointee.count }

    /// Whether the chunk's values are still dictionary-encoded.
    package var isActive: Bool {
        @inline(__always) get { state.pointee.active }
    }

    /// Stops dictionary encoding for the rest of the chunk.
    package func deactivate() {
        state.pointee.active = false
    }

    /// Forgets every entry, keeps the memory, and starts dictionary encoding again.
    package func removeAll() {
        if state.pointee.count > 0 {
            slots.update(repeating: 0, count: Self.slotCount)
        }
        state.pointee = (0, true)
    }

    /// The offset of entry `index`'s length prefix.
    @inline(__always)
    package func entryOffset(_ index: Int) -> Int {
        offsets[index]
    }

    /// The entry number of the value whose bytes follow the length prefix at `offset` in
    /// `values` (the last thing written there). A new value becomes an entry; `inserted` says
    /// so. Nil when the value is new and the dictionary is full.
    @inline(__always)
    package func entry(forValueAt offset: Int, in values: ByteBuffer) -> (
        index: Int, inserted: Bool
    )? {
        let length = values.count - offset - 4
        let start = values.base + offset + 4
        let mask = Self.slotCount - 1
        var slot = Int(truncatingIfNeeded: Self.hash(start, length)) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 {
                let index = state.pointee.count
                guard index < Self.maximumEntries else { return nil }
                offsets[index] = offset
                state.pointee.count = index + 1
                slots[slot] = Int32(index + 1)
                return (index, true)
            }
            let entryOffset = offsets[stored - 1]
            if Int(values.loadLittleEndian(UInt32.self, at: entryOffset)) == length
                && memcmp(values.base + entryOffset + 4, start, length) == 0
            {
                return (stored - 1, false)
            }
            slot = (slot + 1) & mask
        }
    }

    /// A fast 64-bit hash of short byte strings: eight bytes at a time, multiplied and folded.
    @inline(__always)
    package static func hash(_ start: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(start)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var position = 0
        while position + 8 <= length {
            let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            position += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while position < length {
            tail |= UInt64(start[position]) << shift
            shift += 8
            position += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }
}
