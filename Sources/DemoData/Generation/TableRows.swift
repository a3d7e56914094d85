/// A table's rows as a lazy sequence over its roots: the rows of root `i` are computed from
/// (seed, table, i) alone, so any range of roots can be encoded on its own.
protocol TableRows {
    /// Encodes the rows of the roots in `roots`, in order.
    func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder)
}

extension DataContext {
    /// Encodes the rows of `roots` of `table` into `buffer` and returns how many rows it wrote.
    ///
    /// The switch picks concrete generator and encoder types, so every row loop is compiled
    /// specialised for its format.
    func encode(
        _ table: Table, roots: Range<Int>, format: OutputFormat, into buffer: ByteBuffer
    ) -> Int {
        switch format {
        case .ndjson:
            var encoder = NDJSONEncoder(table: table, buffer: buffer)
            encode(table, roots: roots, into: &encoder)
            return encoder.rows
        case .csv:
            var encoder = CSVEncoder(buffer: buffer)
            encode(table, roots: roots, into: &encoder)
            return encoder.rows
        }
    }

    private func encode<Encoder: RowEncoder>(
        _ table: Table, roots: Range<Int>, into encoder: inout Encoder
    ) {
        switch table {
        case .customerTypes: CustomerTypeRows(context: self).encode(roots: roots, into: &encoder)
        case .productCategories:
            ProductCategoryRows(context: self).encode(roots: roots, into: &encoder)
        case .customers: CustomerRows(context: self).encode(roots: roots, into: &encoder)
        case .customerAddresses:
            CustomerAddressRows(context: self).encode(roots: roots, into: &encoder)
        case .products: ProductRows(context: self).encode(roots: roots, into: &encoder)
        case .inventory: InventoryRows(context: self).encode(roots: roots, into: &encoder)
        case .invoices: InvoiceRows(context: self).encode(roots: roots, into: &encoder)
        case .invoiceLineItems:
            InvoiceLineItemRows(context: self).encode(roots: roots, into: &encoder)
        }
    }
}
