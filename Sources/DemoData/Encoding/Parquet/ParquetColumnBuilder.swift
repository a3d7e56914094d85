/// The values of one column of the row group being built, stored as its pages will hold them:
/// PLAIN values (little-endian numbers, big-endian UUID bytes, length-prefixed strings, one
/// byte per boolean until the page packs them), a definition level per row when the column is
/// nullable, and — while a string column's values fit a dictionary — the dictionary's entries
/// and one index per value instead.
///
/// The buffers are cleared, not freed, between row groups, so a table of any size is written
/// in the memory of its largest row group.
final class ParquetColumnBuilder {
    let layout: ParquetColumnLayout
    /// PLAIN values, or the dictionary's entries while `usesDictionary`.
    private(set) var values = ByteBuffer(capacity: 1 << 16)
    /// Where plain values are rebuilt when the dictionary overflows.
    private var spare = ByteBuffer(capacity: 1 << 10)
    /// Definition levels, one byte per row: 0 for null, 1 for a value (nullable columns).
    let levels = ByteBuffer(capacity: 1 << 10)
    /// The entry number of each value, four bytes little endian, while `usesDictionary`.
    let indices = ByteBuffer(capacity: 1 << 10)
    let dictionary: ParquetDictionary?
    private(set) var usesDictionary: Bool
    private(set) var nullCount = 0
    /// Non-null values.
    private(set) var valueCount = 0
    private var stringStart = 0

    init(layout: ParquetColumnLayout) {
        self.layout = layout
        dictionary = layout.triesDictionary ? ParquetDictionary() : nil
        usesDictionary = layout.triesDictionary
    }

    /// Empties the column for the next row group.
    func reset() {
        values.removeAll()
        levels.removeAll()
        indices.removeAll()
        dictionary?.removeAll()
        usesDictionary = dictionary != nil
        nullCount = 0
        valueCount = 0
    }

    @inline(__always)
    func appendNull() {
        levels.append(0)
        nullCount += 1
    }

    @inline(__always)
    private func present() {
        if layout.nullable {
            levels.append(1)
        }
        valueCount += 1
    }

    @inline(__always)
    func append(int32 value: Int32) {
        present()
        values.appendLittleEndian(value)
    }

    @inline(__always)
    func append(int64 value: Int64) {
        present()
        values.appendLittleEndian(value)
    }

    @inline(__always)
    func append(uuid value: UUIDBits) {
        present()
        values.appendBigEndian(value.high)
        values.appendBigEndian(value.low)
    }

    @inline(__always)
    func append(boolean value: Bool) {
        present()
        values.append(value ? 1 : 0)
    }

    /// Starts a string value; its bytes are appended to `values`, then `endString` ends it.
    @inline(__always)
    func beginString() {
        present()
        stringStart = values.count
        values.appendLittleEndian(UInt32(0))
    }

    @inline(__always)
    func endString() {
        values.storeLittleEndian(UInt32(values.count - stringStart - 4), at: stringStart)
        guard usesDictionary, let dictionary else { return }
        if let (index, inserted) = dictionary.entry(forValueAt: stringStart, in: values) {
            if !inserted {
                values.count = stringStart
            }
            indices.appendLittleEndian(UInt32(index))
        } else {
            abandonDictionary()
        }
    }

    /// Rewrites the values so far as plain values, the one just written included, once the
    /// chunk has more distinct values than a dictionary takes.
    private func abandonDictionary() {
        guard let dictionary else { return }
        let offsets = dictionary.entryOffsets
        spare.removeAll()
        for position in stride(from: 0, to: indices.count, by: 4) {
            let entry = offsets[Int(indices.loadLittleEndian(UInt32.self, at: position))]
            let length = Int(values.loadLittleEndian(UInt32.self, at: entry))
            spare.append(values.base + entry, count: length + 4)
        }
        spare.append(contentsOf: values.bytes(from: stringStart))
        swap(&values, &spare)
        indices.removeAll()
        usesDictionary = false
    }
}
