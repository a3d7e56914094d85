import DemoDataCore
import DemoDataVocabulary

/// A growable, reusable byte buffer for the hot path: rows are encoded straight into it and it
/// is cleared, not freed, between chunks.
package final class ByteBuffer: @unchecked Sendable {
    /// Where the bytes are, how many fit, and how many are written. Kept in memory of its own
    /// rather than in stored properties: every value of every row changes `count`, and a
    /// class's mutable property pays a run-time exclusivity check on each access wherever the
    /// compiler cannot see the buffer whole (a Parquet column's buffer, reached through its
    /// builder, cost a fifth of the writer's time).
    private struct Storage {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count: Int
    }

    private let storage: UnsafeMutablePointer<Storage>

    @usableFromInline package var base: UnsafeMutablePointer<UInt8> {
        @inline(__always) get { storage.pointee.base }
    }

    @usableFromInline package var capacity: Int {
        @inline(__always) get { storage.pointee.capacity }
    }

    /// The number of bytes written.
    package var count: Int {
        @inline(__always) get { storage.pointee.count }
        @inline(__always) set { storage.pointee.count = newValue }
    }

    package init(capacity: Int = 1 << 16) {
        let capacity = max(capacity, 64)
        storage = .allocate(capacity: 1)
        storage.initialize(
            to: Storage(base: .allocate(capacity: capacity), capacity: capacity, count: 0))
    }

    deinit {
        storage.pointee.base.deallocate()
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// The written bytes; valid until the next write.
    package var bytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: base, count: count)
    }

    /// A copy of the written bytes.
    package var array: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Forgets the contents and keeps the memory.
    @inline(__always)
    package func removeAll() {
        count = 0
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    package func reserve(_ extra: Int) {
        if count + extra > capacity {
            grow(to: count + extra)
        }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed {
            newCapacity *= 2
        }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        storage.pointee.base = newBase
        storage.pointee.capacity = newCapacity
    }

    @inline(__always)
    package func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    package func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        reserve(length)
        (base + count).update(from: start, count: length)
        count += length
    }

    /// Appends raw bytes.
    package func append(contentsOf bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        append(start.assumingMemoryBound(to: UInt8.self), count: bytes.count)
    }

    /// Appends raw bytes.
    package func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBytes { append(contentsOf: $0) }
    }

    /// Appends the UTF-8 bytes of a string as they are.
    package func append(_ string: String) {
        var string = string
        string.withUTF8 { append(contentsOf: UnsafeRawBufferPointer($0)) }
    }

    /// Inserts `byte` at `offset`, shifting what follows by one.
    package func insert(_ byte: UInt8, at offset: Int) {
        reserve(1)
        (base + offset + 1).update(from: base + offset, count: count - offset)
        base[offset] = byte
        count += 1
    }

    /// The byte at `offset` (which must be below `count`).
    @inline(__always)
    package subscript(offset: Int) -> UInt8 {
        base[offset]
    }
}
