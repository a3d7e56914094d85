import DemoDataCore
import DemoDataVocabulary

/// The values of one column of the row group being built, stored as its pages will hold them:
/// PLAIN values (little-endian numbers, big-endian UUID bytes, length-prefixed strings, one
/// byte per boolean until the page packs them), a definition level per row when the column is
/// nullable, and — while a string column's values fit a dictionary — the dictionary's entries
/// and one index per value instead.
///
/// The buffers are cleared, not freed, between row groups, so a table of any size is written
/// in the memory of its largest row group.
package final class ParquetColumnBuilder {
    // Only constants: the hot path reaches its state through buffers and the dictionary, so
    // no value pays an exclusivity check on a class's mutable property.
    package let layout: ParquetColumnLayout
    /// PLAIN values, or the dictionary's entries while `usesDictionary`.
    package let values = ByteBuffer(capacity: 1 << 16)
    /// Where plain values are rebuilt when the dictionary overflows.
    private let spare = ByteBuffer(capacity: 1 << 10)
    /// Definition levels, one byte per row: 0 for null, 1 for a value (nullable columns).
    package let levels = ByteBuffer(capacity: 1 << 10)
    /// The entry number of each value, four bytes little endian, while `usesDictionary`.
    package let indices = ByteBuffer(capacity: 1 << 10)
    package let dictionary: ParquetDictionary?

    package init(layout: ParquetColumnLayout) {
        self.layout = layout
        dictionary = layout.triesDictionary ? ParquetDictionary() : nil
    }

    /// Whether the chunk's values are dictionary-encoded.
    package var usesDictionary: Bool { dictionary?.isActive ?? false }

    /// Empties the column for the next row group.
    package func reset() {
        values.removeAll()
        levels.removeAll()
        indices.removeAll()
        dictionary?.removeAll()
    }

    /// The chunk's non-null values among its `rows` values.
    package func valueCount(rows: Int) -> Int {
        layout.nullable ? levels.bytes.reduce(0) { $0 + Int($1) } : rows
    }

    @inline(__always)
    package func appendNull() {
        levels.append(0)
    }

    @inline(__always)
    private func present() {
        if layout.nullable {
            levels.append(1)
        }
    }

    @inline(__always)
    package func append(int32 value: Int32) {
        present()
        values.appendLittleEndian(value)
    }

    @inline(__always)
    package func append(int64 value: Int64) {
        present()
        values.appendLittleEndian(value)
    }

    @inline(__always)
    package func append(uuid value: UUIDBits) {
        present()
        values.appendBigEndian(value.high)
        values.appendBigEndian(value.low)
    }

    @inline(__always)
    package func append(boolean value: Bool) {
        present()
        values.append(value ? 1 : 0)
    }

    /// Starts a string value and returns where it starts; its bytes are appended to `values`,
    /// then `endString(startingAt:)` ends it.
    @inline(__always)
    package func beginString() -> Int {
        present()
        let start = values.count
        values.appendLittleEndian(UInt32(0))
        return start
    }

    @inline(__always)
    package func endString(startingAt start: Int) {
        values.storeLittleEndian(UInt32(values.count - start - 4), at: start)
        guard let dictionary, dictionary.isActive else { return }
        if let (index, inserted) = dictionary.entry(forValueAt: start, in: values) {
            if !inserted {
                values.count = start
            }
            indices.appendLittleEndian(UInt32(index))
        } else {
            abandonDictionary(from: start)
        }
    }

    /// Rewrites the values so far as plain values, the one just written included, once the
    /// chunk has more distinct values than a dictionary takes.
    private func abandonDictionary(from start: Int) {
        guard let dictionary else { return }
        spare.removeAll()
        for position in stride(from: 0, to: indices.count, by: 4) {
            let entry = dictionary.entryOffset(
                Int(indices.loadLittleEndian(UInt32.self, at: position)))
            let length = Int(values.loadLittleEndian(UInt32.self, at: entry))
            spare.append(values.base + entry, count: length + 4)
        }
        spare.append(contentsOf: values.bytes(from: start))
        values.removeAll()
        values.append(contentsOf: spare.bytes)
        indices.removeAll()
        dictionary.deactivate()
    }
}
