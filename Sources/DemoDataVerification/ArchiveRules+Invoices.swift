import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

extension ArchiveRules {
    package enum InvoiceColumn {
        package static let id = Table.invoices.columnIndex("id")
        package static let customer = Table.invoices.columnIndex("customer_id")
        package static let shipTo = Table.invoices.columnIndex("shipping_address_id")
        package static let date = Table.invoices.columnIndex("date")
        package static let dueDate = Table.invoices.columnIndex("due_date")
        package static let status = Table.invoices.columnIndex("status")
        package static let subtotal = Table.invoices.columnIndex("subtotal")
        package static let taxRate = Table.invoices.columnIndex("tax_rate")
        package static let taxAmount = Table.invoices.columnIndex("tax_amount")
        package static let total = Table.invoices.columnIndex("total")
        package static let terms = Table.invoices.columnIndex("payment_terms")
        package static let paidAt = Table.invoices.columnIndex("paid_at")
        package static let method = Table.invoices.columnIndex("payment_method")
        package static let createdAt = Table.invoices.columnIndex("created_at")
    }

    package typealias Status = Domain.InvoiceStatus

    /// An invoice: dated from January 1 three years before the as-of year up to as-of
    /// and not before the customer; shipped to an address of the customer's that takes goods;
    /// due after its terms; a status that fits the dates; the sales tax rate of the city
    /// shipped to on its date (0 when tax-exempt); a total that adds up.
    package func checkInvoice(_ row: RowFields, line: Int) {
        guard row.valid(InvoiceColumn.id) else { return }
        let id = row.keys[InvoiceColumn.id]
        guard row.allValid else {
            invoices[id] = SeenInvoice(subtotalCents: -1, discount: -1, line: line)
            return
        }
        let customerID = row.keys[InvoiceColumn.customer]
        let customer = customers[customerID]
        let date = row.numbers[InvoiceColumn.date]
        if date < asOf.firstInvoiceDay || date > asOf.day {
            finding(
                line, "date",
                ValueText.dateText(date) + " is not between the history's first day "
                    + ValueText.dateText(asOf.firstInvoiceDay) + " and as-of " + asOf.text)
        }
        if let customer, customer.createdDay != Int32.min, date < Int(customer.createdDay) {
            finding(
                line, "date",
                ValueText.dateText(date) + " is before the customer was created on "
                    + ValueText.dateText(Int(customer.createdDay)))
        }
        let due = row.numbers[InvoiceColumn.dueDate]
        let terms = row.numbers[InvoiceColumn.terms]
        if due != date + Domain.paymentTerms[terms].days {
            finding(
                line, "due_date",
                ValueText.dateText(due) + " is not the date " + ValueText.dateText(date) + " + "
                    + "\(Domain.paymentTerms[terms].days) days (\(Domain.paymentTerms[terms].name))"
            )
        }
        checkStatus(row, line: line, date: date, due: due)
        let subtotal = row.numbers[InvoiceColumn.subtotal]
        let rate = row.numbers[InvoiceColumn.taxRate]
        let city = checkShipTo(row, line: line, customer: customerID)
        let exempt = customer?.taxExempt ?? false
        if customer != nil, city >= 0 {
            let expected = exempt ? 0 : SalesTax.shared.rateThousandths(city: Int(city), day: date)
            if rate != expected {
                finding(
                    line, "tax_rate",
                    "\(ValueText.decimalText(rate, scale: 3)) is not the sales tax "
                        + "\(ValueText.decimalText(expected, scale: 3)) of "
                        + (exempt
                            ? "a tax-exempt customer (its notes say Tax-exempt)"
                            : "the city shipped to on \(ValueText.dateText(date))"))
            }
        }
        let tax = row.numbers[InvoiceColumn.taxAmount]
        let total = row.numbers[InvoiceColumn.total]
        if total != subtotal + tax {
            finding(
                line, "total",
                "\(money(total)) is not the subtotal \(money(subtotal)) + the tax_amount "
                    + money(tax))
        }
        if customer != nil {
            customers[customerID]?.invoices &+= 1
        }
        var seen = SeenInvoice(
            subtotalCents: subtotal, discount: Int(customer?.discount ?? -1), line: line)
        seen.taxCents = customer == nil || city < 0 ? -1 : tax
        seen.city = city
        seen.day = Int32(clamping: date)
        seen.taxExempt = exempt
        invoices[id] = seen
    }

    /// The address shipped to is one of the customer's, where goods can go; returns its city
    /// (-1 when unknown).
    private func checkShipTo(_ row: RowFields, line: Int, customer: Key128) -> Int32 {
        guard let address = addresses[row.keys[InvoiceColumn.shipTo]] else { return -1 }
        if address.customer != customer {
            finding(
                line, "shipping_address_id",
                "\(row.keys[InvoiceColumn.shipTo].uuidText) is an address of another customer")
            return -1
        }
        if !address.receivesGoods {
            finding(
                line, "shipping_address_id",
                "\(row.keys[InvoiceColumn.shipTo].uuidText) is a mailing address; goods ship to "
                    + "a billing or shipping address")
        }
        return address.city
    }

    /// overdue exactly when neither paid nor cancelled and due before as-of; sent only while
    /// not yet due; draft only in the last 30 days; a payment time and method exactly when
    /// paid, paid between the invoice's creation and as-of.
    private func checkStatus(_ row: RowFields, line: Int, date: Int, due: Int) {
        let status = row.numbers[InvoiceColumn.status]
        let name = Domain.invoiceStatuses[status]
        let pastDue = due < asOf.day
        if status == Status.overdue, !pastDue {
            finding(
                line, "status",
                "overdue, but the due_date \(ValueText.dateText(due)) is not before as-of "
                    + asOf.text)
        } else if pastDue, status != Status.overdue, status != Status.paid,
            status != Status.cancelled
        {
            finding(
                line, "status",
                "\(name), but the due_date \(ValueText.dateText(due)) is before as-of "
                    + "\(asOf.text): an invoice past due that is neither paid nor cancelled is "
                    + "overdue")
        }
        let paid = status == Status.paid
        if (row.kind(InvoiceColumn.paidAt) == .null) == paid {
            finding(
                line, "paid_at",
                paid ? "is empty, but the invoice is paid" : "is set, but the invoice is \(name)")
        } else if paid {
            let paidAt = row.numbers[InvoiceColumn.paidAt]
            let created = row.numbers[InvoiceColumn.createdAt]
            if paidAt < created || paidAt > Int(asOf.end) {
                finding(
                    line, "paid_at",
                    ValueText.timestampText(paidAt) + " is not between the invoice's creation, "
                        + ValueText.timestampText(created) + ", and the end of as-of " + asOf.text)
            }
        }
        if (row.kind(InvoiceColumn.method) == .null) == paid {
            finding(
                line, "payment_method",
                paid ? "is empty, but the invoice is paid" : "is set, but the invoice is \(name)")
        }
        if status == Status.draft, date <= asOf.day - BusinessRules.draftWindowDays {
            finding(
                line, "status",
                "draft, but the date \(ValueText.dateText(date)) is not within the last \(BusinessRules.draftWindowDays) days "
                    + "before as-of " + asOf.text)
        }
    }
}
