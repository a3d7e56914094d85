import DemoDataCore
import DemoDataVocabulary

// The invoice line items table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let invoiceLineItemColumns: [Column] = [
        Column("id", .uuid),
        Column("invoice_id", .uuid, references: .invoices),
        Column("product_id", .uuid, references: .products),
        Column("description", .string, nullable: true, maximumLength: 200),
        Column("quantity", .decimal(precision: 10, scale: 2), check: .between("1.00", "20.00")),
        Column("unit_price", .money, check: .between("0.01", "9999999999.99")),
        Column("discount_percentage", .percent, check: .between("0.00", "100.00")),
        Column("discount_amount", .money, check: .between("0.00", "9999999999.99")),
        Column("line_total", .money, check: .between("0.00", "9999999999.99")),
        Column("tax_amount", .money, check: .between("0.00", "9999999999.99")),
        Column("created_at", .timestamp),
    ]
}

extension RandomStream {
    /// The invoice line items' own random values: id 8, never reused.
    package static var invoiceLineItems: RandomStream { RandomStream(8) }
}

/// `InvoiceFacts`' lines and `InvoiceLineItemRows`, drawn from each line's own row.
package enum InvoiceLineField: UInt64, RandomFieldSet {
    case uuid = 0
    /// The quantity, and a second draw for the larger quantities.
    case quantity = 2
    case description = 4
    case note = 5
    case founding = 6
    /// Whether a business's line reorders one of its usual products, and which.
    case usual = 7
    /// Rank, spare, season and the buyer's industry of up to 24 candidate products, four ids
    /// each.
    case product = 10

    package var width: UInt64 {
        switch self {
        case .uuid, .quantity, .usual: 2
        case .product: 96
        default: 1
        }
    }
}

extension TableSpec {
    package static let invoiceLineItems = TableSpec(
        table: .invoiceLineItems, noun: RowNoun("line item", "line items"),
        columns: Table.invoiceLineItemColumns, root: .invoices,
        isFoundation: false, randomStream: .invoiceLineItems,
        randomFields: InvoiceLineField.allocations, rootsPerChunk: 64,
        bytesPerRoot: 2500, rootCount: nil,
        rowsPerRoot: { $0.lineItemsPerInvoice },
        meanRowsPerRootHundredths: { $0 == .small ? 223 : $0 == .medium ? 328 : 320 },
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3806, gzipPerTenThousand: 2365),
        csvSize: MeasuredSize(bytesPerRowTenths: 2091, gzipPerTenThousand: 3639),
        encodeNDJSON: { InvoiceLineItemRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InvoiceLineItemRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { InvoiceLineItemRows(context: $0).encode(roots: $1, into: &$2) })
}

/// Invoice line items: distinct products per invoice at the product's price, with the
/// customer's tier discount and the sales tax of the city shipped to; a description that is
/// the product's name, a short note, or none.
package struct InvoiceLineItemRows: TableRows {
    package let context: DataContext

    private typealias Field = InvoiceLineField

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        var lines: [InvoiceFacts.Line] = []
        lines.reserveCapacity(DataContext.childSlots)
        var taxes: [Int] = []
        taxes.reserveCapacity(DataContext.childSlots)
        for index in roots {
            let facts = InvoiceFacts(context, index)
            let invoiceID = facts.random.uuid(RandomFields.uuid)
            let discount = facts.discountHundredths
            let created = facts.createdAt
            facts.lines(into: &lines)
            _ = facts.lineTaxes(
                lines, city: facts.shipTo.city, discountHundredths: discount, into: &taxes)
            for (ordinal, line) in lines.enumerated() {
                let random = facts.lineRandom(ordinal)
                let product = line.product
                encoder.beginRow()
                encoder.uuid(random.uuid(RandomFields.uuid))
                encoder.uuid(invoiceID)
                encoder.uuid(product.random.uuid(RandomFields.uuid))
                switch random.below(20, Field.description.id) {
                case 0..<12:
                    product.writeName(into: &encoder)
                case 12:
                    encoder.string(
                        lexicon.lineItemNotes[
                            random.below(lexicon.lineItemNotes.count, Field.note.id)]
                    )
                default:
                    encoder.null()
                }
                encoder.decimal(line.quantity * 100, scale: 2)
                encoder.decimal(line.unitPriceCents, scale: 2)
                encoder.decimal(discount, scale: 2)
                let discountCents = InvoiceFacts.discountCents(line, discountHundredths: discount)
                encoder.decimal(discountCents, scale: 2)
                encoder.decimal(line.quantity * line.unitPriceCents - discountCents, scale: 2)
                encoder.decimal(taxes[ordinal], scale: 2)
                encoder.timestamp(created)
                encoder.endRow()
            }
        }
    }
}
