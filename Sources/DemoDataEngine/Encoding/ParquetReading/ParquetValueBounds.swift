import DemoDataCore
import DemoDataVocabulary

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The statistics of a column chunk recomputed from its values, as the writer computes them:
/// the null count, and the least and greatest value in the order of the column's type —
/// signed for INT32 and INT64, false before true for BOOLEAN, unsigned bytes (a prefix first)
/// for BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY.
package struct ParquetValueBounds {
    private let physicalType: ParquetFormat.PhysicalType
    private var nulls = 0
    private var values = 0
    private var least = Int64.max
    private var greatest = Int64.min
    private var leastBytes = UnsafeRawBufferPointer(start: nil, count: 0)
    private var greatestBytes = UnsafeRawBufferPointer(start: nil, count: 0)
    private var sawFalse = false
    private var sawTrue = false

    package init(physicalType: ParquetFormat.PhysicalType) {
        self.physicalType = physicalType
    }

    /// Counts `value` in; its bytes must stay valid until `statistics` is read.
    package mutating func add(_ value: ParquetValue) {
        switch value {
        case .null:
            nulls += 1
        case .boolean(let bit):
            values += 1
            if bit { sawTrue = true } else { sawFalse = true }
        case .bytes(let bytes):
            values += 1
            switch physicalType {
            case .int32, .int64:
                let number =
                    bytes.count == 4
                    ? Int64(Int32(littleEndian: bytes.loadUnaligned(as: Int32.self)))
                    : Int64(littleEndian: bytes.loadUnaligned(as: Int64.self))
                least = Swift.min(least, number)
                greatest = Swift.max(greatest, number)
            case .boolean, .byteArray, .fixedLenByteArray:
                if values == 1 || Self.compare(bytes, leastBytes) < 0 {
                    leastBytes = bytes
                }
                if values == 1 || Self.compare(bytes, greatestBytes) > 0 {
                    greatestBytes = bytes
                }
            }
        }
    }

    /// Compares as unsigned bytes, a prefix first.
    private static func compare(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer)
        -> Int
    {
        let common = Swift.min(first.count, second.count)
        if common > 0, let left = first.baseAddress, let right = second.baseAddress {
            let order = memcmp(left, right, common)
            if order != 0 {
                return Int(order)
            }
        }
        return first.count - second.count
    }

    /// The statistics, min and max PLAIN-encoded as the footer holds them.
    package var statistics: ParquetStatistics {
        var statistics = ParquetStatistics(nullCount: Int64(nulls))
        guard values > 0 else { return statistics }
        switch physicalType {
        case .boolean:
            statistics.min = [sawFalse ? 0 : 1]
            statistics.max = [sawTrue ? 1 : 0]
        case .int32:
            statistics.min = Self.littleEndian(Int32(truncatingIfNeeded: least))
            statistics.max = Self.littleEndian(Int32(truncatingIfNeeded: greatest))
        case .int64:
            statistics.min = Self.littleEndian(least)
            statistics.max = Self.littleEndian(greatest)
        case .byteArray, .fixedLenByteArray:
            statistics.min = Array(leastBytes)
            statistics.max = Array(greatestBytes)
        }
        return statistics
    }

    private static func littleEndian<Value: FixedWidthInteger>(_ value: Value) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
