import DemoDataCore
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ParquetColumnBuilder {
    /// The chunk's statistics: its null count and its least and greatest value in the order
    /// of the column's type — signed for integers, decimals, dates and timestamps, false before
    /// true for booleans, unsigned bytes for strings and UUIDs. A dictionary chunk's values
    /// are its entries, so only those are compared.
    package func statistics(rows: Int) -> ParquetStatistics {
        let nonNull = valueCount(rows: rows)
        var statistics = ParquetStatistics(nullCount: Int64(rows - nonNull))
        guard nonNull > 0 else { return statistics }
        let count = values.count
        switch layout.physicalType {
        case .boolean:
            let bytes = values.bytes
            statistics.min = [bytes.contains(0) ? 0 : 1]
            statistics.max = [bytes.contains(1) ? 1 : 0]
        case .int32:
            (statistics.min, statistics.max) = signedBounds(Int32.self)
        case .int64:
            (statistics.min, statistics.max) = signedBounds(Int64.self)
        case .fixedLenByteArray:
            let width = layout.typeLength
            var least = 0
            var greatest = 0
            for offset in stride(from: width, to: count, by: width) {
                if memcmp(values.base + offset, values.base + least, width) < 0 {
                    least = offset
                }
                if memcmp(values.base + offset, values.base + greatest, width) > 0 {
                    greatest = offset
                }
            }
            statistics.min = Array(values.bytes(from: least, count: width))
            statistics.max = Array(values.bytes(from: greatest, count: width))
        case .byteArray:
            var least = 0
            var greatest = 0
            var offset = 0
            while offset < count {
                if Self.compare(values, offset, least) < 0 {
                    least = offset
                }
                if Self.compare(values, offset, greatest) > 0 {
                    greatest = offset
                }
                offset += 4 + Int(values.loadLittleEndian(UInt32.self, at: offset))
            }
            statistics.min = Self.value(values, at: least)
            statistics.max = Self.value(values, at: greatest)
        }
        return statistics
    }

    /// The least and greatest of the chunk's integers, PLAIN-encoded.
    private func signedBounds<Value: FixedWidthInteger & SignedInteger>(_ type: Value.Type)
        -> ([UInt8], [UInt8])
    {
        var least = Value.max
        var greatest = Value.min
        for offset in stride(from: 0, to: values.count, by: MemoryLayout<Value>.size) {
            let value = values.loadLittleEndian(Value.self, at: offset)
            least = Swift.min(least, value)
            greatest = Swift.max(greatest, value)
        }
        return (
            withUnsafeBytes(of: least.littleEndian) { Array($0) },
            withUnsafeBytes(of: greatest.littleEndian) { Array($0) }
        )
    }

    /// The bytes of the length-prefixed value at `offset`.
    private static func value(_ buffer: ByteBuffer, at offset: Int) -> [UInt8] {
        Array(
            buffer.bytes(
                from: offset + 4, count: Int(buffer.loadLittleEndian(UInt32.self, at: offset))))
    }

    /// Compares the length-prefixed values at two offsets as unsigned bytes, a prefix first.
    private static func compare(_ buffer: ByteBuffer, _ first: Int, _ second: Int) -> Int {
        let firstLength = Int(buffer.loadLittleEndian(UInt32.self, at: first))
        let secondLength = Int(buffer.loadLittleEndian(UInt32.self, at: second))
        let order = memcmp(
            buffer.base + first + 4, buffer.base + second + 4, Swift.min(firstLength, secondLength))
        if order != 0 {
            return Int(order)
        }
        return firstLength - secondLength
    }
}
