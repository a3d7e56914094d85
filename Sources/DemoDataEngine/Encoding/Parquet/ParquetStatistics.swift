import DemoDataCore
import DemoDataVocabulary

/// A column chunk's `Statistics`: its null count and, when it has values, its least and
/// greatest value in the column's order, PLAIN-encoded (byte arrays without their length).
package struct ParquetStatistics: Equatable {
    package var nullCount: Int64
    package var min: [UInt8]?
    package var max: [UInt8]?

    /// Writes the struct as field `id`: `max_value` and `min_value` (exact, as the flags say)
    /// and `null_count`; the deprecated signed-only `max` and `min` are left out.
    package func write(field id: Int, to writer: inout ThriftCompactWriter) {
        writer.beginStruct(field: id)
        writer.field(3, i64: nullCount)
        if let min, let max {
            writer.field(5, binary: max)
            writer.field(6, binary: min)
            writer.field(7, bool: true)
            writer.field(8, bool: true)
        }
        writer.endStruct()
    }
}
