import DemoDataCore
import DemoDataVocabulary

/// Invoice line items: distinct products per invoice at the product's price, with the
/// customer's tier discount; a description that is the product's name, a short note, or none.
package struct InvoiceLineItemRows: TableRows {
    package let context: DataContext

    private typealias Field = InvoiceLineField

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        var lines: [InvoiceFacts.Line] = []
        lines.reserveCapacity(DataContext.childSlots)
        for index in roots {
            let facts = InvoiceFacts(context, index)
            let invoiceID = facts.random.uuid(RandomFields.uuid)
            let discount = facts.discountHundredths
            let created = facts.createdAt
            facts.lines(into: &lines)
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
                encoder.timestamp(created)
                encoder.endRow()
            }
        }
    }
}
