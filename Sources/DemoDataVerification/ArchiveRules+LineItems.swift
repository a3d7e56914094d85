import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension ArchiveRules {
    package enum LineColumn {
        package static let invoice = Table.invoiceLineItems.columnIndex("invoice_id")
        package static let product = Table.invoiceLineItems.columnIndex("product_id")
        package static let quantity = Table.invoiceLineItems.columnIndex("quantity")
        package static let unitPrice = Table.invoiceLineItems.columnIndex("unit_price")
        package static let discount = Table.invoiceLineItems.columnIndex("discount_percentage")
        package static let discountAmount = Table.invoiceLineItems.columnIndex("discount_amount")
        package static let lineTotal = Table.invoiceLineItems.columnIndex("line_total")
        package static let tax = Table.invoiceLineItems.columnIndex("tax_amount")
        package static let createdAt = Table.invoiceLineItems.columnIndex("created_at")
    }

    /// A line item: a whole quantity; the product's price; the
    /// customer's tier discount; discount and total in integer cents, rounded half up; each
    /// product at most once per invoice; sold after the product was created and before it went
    /// inactive. Adds the line's total to its invoice's sum.
    /// The sales tax of a line: none for a tax-exempt invoice; else the line total less the
    /// exempt part of each unit (clothing in some states), at the unit's rate.
    package static func lineTax(
        lineTotal: Int, quantity: Int, priceCents: Int, invoice: SeenInvoice, isClothing: Bool
    ) -> Int {
        guard !invoice.taxExempt else { return 0 }
        let charge = SalesTax.shared.charge(
            city: Int(invoice.city), day: Int(invoice.day), isClothing: isClothing,
            unitPriceCents: priceCents)
        let taxable = max(0, lineTotal - (priceCents - charge.taxableCents) * quantity)
        return SalesTax.cents(of: taxable, rateThousandths: charge.rateThousandths)
    }

    package func checkInvoiceLineItem(_ row: RowFields, line: Int) {
        guard row.valid(LineColumn.invoice) else { return }
        let invoiceID = row.keys[LineColumn.invoice]
        var invoice = invoices[invoiceID]
        // An invoice that is not there (a broken reference, which the schema checks report)
        // does not end the run of the invoice being read.
        if let known = invoice, invoiceID != lineGroup {
            if known.lines > 0 {
                finding(
                    line, "invoice_id",
                    "the line items of invoice \(invoiceID.uuidText) are not next to each "
                        + "other: an earlier run of them ended before this line")
            }
            lineGroup = invoiceID
            lineGroupProducts.removeAll(keepingCapacity: true)
        }
        guard row.allValid else {
            if invoice != nil {
                invoices[invoiceID]?.lines &+= 1
                invoices[invoiceID]?.uncheckedLines = true
            }
            return
        }
        let productID = row.keys[LineColumn.product]
        let price = row.numbers[LineColumn.unitPrice]
        if let product = products[productID] {
            products[productID]?.lineItems &+= 1
            if product.priceCents >= 0, price != product.priceCents {
                finding(
                    line, "unit_price",
                    "\(money(price)) is not the product's price \(money(product.priceCents))")
            }
            let sold = row.numbers[LineColumn.createdAt]
            if sold <= product.createdMicros {
                finding(
                    line, "created_at",
                    ValueText.timestampText(sold) + " is not after the product was created, "
                        + ValueText.timestampText(product.createdMicros))
            } else if sold >= product.inactiveMicros {
                finding(
                    line, "created_at",
                    ValueText.timestampText(sold) + " is not before the inactive product's last "
                        + "update, " + ValueText.timestampText(product.inactiveMicros)
                        + ", when it stopped selling")
            }
        }
        if invoice != nil, !lineGroupProducts.insert(productID).inserted {
            finding(
                line, "product_id",
                "product \(productID.uuidText) appears more than once on invoice "
                    + invoiceID.uuidText)
        }
        let quantityUnits = row.numbers[LineColumn.quantity]
        let quantity = quantityUnits / 100
        if quantityUnits % 100 != 0 {
            finding(line, "quantity", "\(money(quantityUnits)) is not a whole number")
        }
        let discount = row.numbers[LineColumn.discount]
        if let expected = invoice?.discount, expected >= 0, discount != Int(expected) {
            finding(
                line, "discount_percentage",
                "\(money(discount)) is not the customer's tier discount \(money(Int(expected)))")
        }
        let discountAmount = row.numbers[LineColumn.discountAmount]
        let expectedDiscount = (quantity * price * discount + 5000) / 10000
        if discountAmount != expectedDiscount {
            finding(
                line, "discount_amount",
                "\(money(discountAmount)) is not \(quantity) × \(money(price)) × "
                    + "\(money(discount))% rounded half up to cents, \(money(expectedDiscount))")
        }
        let lineTotal = row.numbers[LineColumn.lineTotal]
        if lineTotal != quantity * price - discountAmount {
            finding(
                line, "line_total",
                "\(money(lineTotal)) is not \(quantity) × \(money(price)) − the "
                    + "discount_amount \(money(discountAmount))")
        }
        let tax = row.numbers[LineColumn.tax]
        // A line whose price is not its product's is reported for that, not again for its tax.
        if let known = invoice, known.city >= 0, let product = products[productID],
            let isClothing = product.isClothing, product.priceCents == price
        {
            let expected = Self.lineTax(
                lineTotal: lineTotal, quantity: quantity, priceCents: price, invoice: known,
                isClothing: isClothing)
            if tax != expected {
                finding(
                    line, "tax_amount",
                    "\(money(tax)) is not the sales tax of the line, \(money(expected)) "
                        + (known.taxExempt
                            ? "(the customer is tax-exempt)"
                            : "(the line total, less what the state exempts of "
                                + "clothing, at the rate of the city shipped to)"))
            }
        }
        if invoice != nil {
            invoice?.lines &+= 1
            invoice?.lineTotalCents &+= lineTotal
            invoice?.lineTaxCents &+= tax
            invoices[invoiceID] = invoice
        }
    }
}
