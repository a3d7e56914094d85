/// A table's rows as a lazy sequence over its roots: the rows of root `i` are computed from
/// (seed, table, i) alone, so any range of roots can be encoded on its own.
protocol TableRows {
    /// Encodes the rows of the roots in `roots`, in order.
    func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder)
}

extension DataContext {
    /// Encodes the rows of `roots` of `table` into `buffer` and returns how many rows it wrote.
    func encode(
        _ table: Table, roots: Range<Int>, format: OutputFormat, into buffer: ByteBuffer
    ) -> Int {
        switch format {
        case .ndjson:
            var encoder = NDJSONEncoder(table: table, buffer: buffer)
            #if DEBUG
                encoder.conformance = SchemaConformance(table: table)
            #endif
            table.spec.encodeNDJSON(self, roots, &encoder)
            return encoder.rows
        case .csv:
            var encoder = CSVEncoder(buffer: buffer)
            #if DEBUG
                encoder.conformance = SchemaConformance(table: table)
            #endif
            table.spec.encodeCSV(self, roots, &encoder)
            return encoder.rows
        }
    }
}
