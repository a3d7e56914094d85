extension ArchiveRules {
    /// The checks that need whole tables, made once every file is read: addresses per
    /// customer, inventory per product, line items and their sum per invoice, repeated line
    /// item ids, the row counts of the volume, and the skew of popularity.
    func finish(lineItemRepeats: [RepeatedIDCheck.Repeat]) {
        checkCustomerAddresses()
        checkProductInventory()
        checkInvoiceLines()
        if let lineFile = files[.invoiceLineItems] {
            for repeated in lineItemRepeats {
                log.add(
                    lineFile, repeated.line, "id",
                    repeatedID(repeated.key, firstLine: repeated.firstLine))
            }
        }
        checkRowCounts()
        checkSkew()
    }

    private var volumeText: String {
        "a \(parameters.volume.rawValue) archive"
            + (parameters.scale > 1 ? " (scale \(parameters.scale))" : "")
    }

    private func checkCustomerAddresses() {
        guard readable.contains(.customerAddresses), let file = files[.customers] else { return }
        let range = parameters.volume.addressesPerCustomer
        for customer in customers.values.sorted(by: { $0.line < $1.line })
        where !customer.uncheckedAddresses {
            if !range.contains(Int(customer.addresses)) {
                log.add(
                    file, Int(customer.line), nil,
                    "the customer has \(customer.addresses) addresses; \(volumeText) has "
                        + "\(range.lowerBound)...\(range.upperBound) per customer")
            } else if customer.primaries != 1 {
                log.add(
                    file, Int(customer.line), nil,
                    "the customer has \(customer.primaries) primary addresses; it must have "
                        + "exactly one")
            }
        }
    }

    private func checkProductInventory() {
        guard readable.contains(.inventory), let file = files[.products] else { return }
        for product in products.values.sorted(by: { $0.line < $1.line })
        where product.inventoryLine == 0 {
            log.add(file, Int(product.line), nil, "the product has no inventory row")
        }
    }

    private func checkInvoiceLines() {
        guard readable.contains(.invoiceLineItems), let file = files[.invoices] else { return }
        let range = parameters.volume.lineItemsPerInvoice
        for invoice in invoices.values.sorted(by: { $0.line < $1.line }) {
            if !range.contains(Int(invoice.lines)) {
                log.add(
                    file, Int(invoice.line), nil,
                    "the invoice has \(invoice.lines) line items; \(volumeText) has "
                        + "\(range.lowerBound)...\(range.upperBound) per invoice")
            }
            if invoice.subtotalCents >= 0, !invoice.uncheckedLines,
                invoice.subtotalCents != invoice.lineTotalCents
            {
                log.add(
                    file, Int(invoice.line), "subtotal",
                    "\(money(invoice.subtotalCents)) is not the sum of the invoice's line totals, "
                        + money(invoice.lineTotalCents))
            }
        }
    }

    /// Root tables have exactly the rows of the volume, scale and shard.
    private func checkRowCounts() {
        for table in Table.allCases where table.root == table || table == .inventory {
            guard readable.contains(table), let file = files[table] else { continue }
            let expected = parameters.roots(of: table).count
            let rows = rowCounts[table, default: 0]
            if rows != expected {
                let shardText = parameters.shard.map { ", shard \($0)" } ?? ""
                log.add(
                    file, 0, nil,
                    "the table has \(rows) rows; \(volumeText)\(shardText) has \(expected)")
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
        if readable.contains(.invoiceLineItems), let file = files[.invoiceLineItems],
            let problem = SkewCheck.problem(
                counts: products.values.map { Int($0.lineItems) }, entities: parameters.products,
                entityName: "products", itemName: "line items")
        {
            log.add(file, 0, "product_id", problem)
        }
        if readable.contains(.invoices), let file = files[.invoices],
            let problem = SkewCheck.problem(
                counts: customers.values.map { Int($0.invoices) }, entities: parameters.customers,
                entityName: "customers", itemName: "invoices")
        {
            log.add(file, 0, "customer_id", problem)
        }
    }
}
