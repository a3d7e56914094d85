import DemoDataCore
import DemoDataVocabulary

extension ParquetStatistics {
    /// Reads a `Statistics` struct: `null_count`, `min_value` and `max_value`. The deprecated
    /// signed-only `min` and `max`, `distinct_count` and the exactness flags are skipped (the
    /// writer's flags always say exact).
    package init(decoding field: ThriftCompactReader.Field, from reader: inout ThriftCompactReader)
        throws
    {
        var nullCount: Int64?
        var min: [UInt8]?
        var max: [UInt8]?
        try reader.readStruct(field) { reader, field in
            switch field.id {
            case 3: nullCount = try reader.readI64(field)
            case 5: max = try reader.readBytes(field)
            case 6: min = try reader.readBytes(field)
            default: return false
            }
            return true
        }
        guard let nullCount else {
            throw ParquetReadError("its statistics have no null count")
        }
        guard nullCount >= 0 else {
            throw ParquetReadError("its statistics say \(nullCount) nulls")
        }
        self.init(nullCount: nullCount, min: min, max: max)
    }
}
