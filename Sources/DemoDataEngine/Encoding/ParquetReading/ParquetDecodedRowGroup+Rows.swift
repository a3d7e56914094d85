import DemoDataCore
import DemoDataVocabulary

extension ParquetDecodedRowGroup {
    /// Writes the row group's rows, in order, through `encoder`: `beginRow`, one call per
    /// column (`null` for a null, a string's bytes as one piece), `endRow`. With an
    /// `NDJSONEncoder` this is the NDJSON text the NDJSON format writes for the same rows.
    package func writeRows<Encoder: RowEncoder>(to encoder: inout Encoder) throws {
        let bytes = bodies.bytes
        var cursors = columns.map { ParquetValueCursor(column: $0, bodies: bytes) }
        let types = table.columns.map(\.type)
        guard cursors.count == types.count else { return }
        for _ in 0..<rows {
            encoder.beginRow()
            for index in cursors.indices {
                switch try cursors[index].next() {
                case .null:
                    encoder.null()
                case .boolean(let value):
                    encoder.boolean(value)
                case .bytes(let value):
                    try Self.write(value, as: types[index], to: &encoder)
                }
            }
            encoder.endRow()
        }
    }

    /// Writes a PLAIN value of a column of `type` (its page checked its length).
    @inline(__always)
    private static func write<Encoder: RowEncoder>(
        _ value: UnsafeRawBufferPointer, as type: ColumnType, to encoder: inout Encoder
    ) throws {
        switch type {
        case .uuid:
            encoder.uuid(UUIDBits(storedBytes: value))
        case .string:
            encoder.beginString()
            encoder.piece(bytes: value)
            encoder.endString()
        case .integer:
            encoder.integer(Int(Int64(littleEndian: value.loadUnaligned(as: Int64.self))))
        case .boolean:
            encoder.boolean(value.first == 1)
        case .decimal(_, let scale):
            let units =
                value.count == 4
                ? Int(Int32(littleEndian: value.loadUnaligned(as: Int32.self)))
                : Int(Int64(littleEndian: value.loadUnaligned(as: Int64.self)))
            encoder.decimal(units, scale: scale)
        case .date, .timestamp:
            // Checked when the row group was decoded; checked again, as writing a date
            // outside the years 1 to 9999 as text would trap.
            if let problem = rangeProblem(value, type) {
                throw ParquetReadError("a value " + problem)
            }
            if case .date = type {
                encoder.date(Int(Int32(littleEndian: value.loadUnaligned(as: Int32.self))))
            } else {
                encoder.timestamp(Int64(littleEndian: value.loadUnaligned(as: Int64.self)))
            }
        }
    }
}
