import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension ArchiveRules {
    /// The checks that need whole tables, made once every file is read: those the schema
    /// states (rows per root, row counts), one primary address per customer, the sum of each
    /// invoice's line totals, and the skew of popularity.
    package func finish() {
        schema.finish()
        checkPrimaryAddresses()
        checkInvoiceSums()
        checkSkew()
    }

    private func checkPrimaryAddresses() {
        guard schema.readable.contains(.customerAddresses), let file = schema.files[.customers]
        else { return }
        for customer in customers.values.sorted(by: { $0.line < $1.line })
        where !customer.uncheckedAddresses && customer.addresses > 0 && customer.primaries != 1 {
            log.add(
                file, Int(customer.line), nil,
                "the customer has \(customer.primaries) primary addresses; it must have "
                    + "exactly one")
        }
    }

    private func checkInvoiceSums() {
        guard schema.readable.contains(.invoiceLineItems), let file = schema.files[.invoices]
        else { return }
        for invoice in invoices.values.sorted(by: { $0.line < $1.line })
        where !invoice.uncheckedLines {
            if invoice.subtotalCents >= 0, invoice.subtotalCents != invoice.lineTotalCents {
                log.add(
                    file, Int(invoice.line), "subtotal",
                    "\(money(invoice.subtotalCents)) is not the sum of the invoice's line "
                        + "totals, " + money(invoice.lineTotalCents))
            }
            if invoice.taxCents >= 0, invoice.taxCents != invoice.lineTaxCents {
                log.add(
                    file, Int(invoice.line), "tax_amount",
                    "\(money(invoice.taxCents)) is not the sum of the invoice's line taxes, "
                        + money(invoice.lineTaxCents))
            }
        }
    }

    private func checkSkew() {
        guard !partial else {
            log.note(
                "shard \(parameters.shard?.description ?? ""): the skew of product and "
                    + "customer popularity is checked on whole archives only")
            return
        }
        if schema.readable.contains(.invoiceLineItems),
            let file = schema.files[.invoiceLineItems],
            let problem = SkewCheck.problem(
                counts: products.values.map { Int($0.lineItems) }, entities: parameters.products,
                entityName: "products", itemName: "line items")
        {
            log.add(file, 0, "product_id", problem)
        }
        if schema.readable.contains(.invoices), let file = schema.files[.invoices],
            let problem = SkewCheck.problem(
                counts: customers.values.map { Int($0.invoices) }, entities: parameters.customers,
                entityName: "customers", itemName: "invoices")
        {
            log.add(file, 0, "customer_id", problem)
        }
    }
}
