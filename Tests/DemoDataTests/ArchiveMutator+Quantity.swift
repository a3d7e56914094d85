@testable import DemoData
@testable import DemoDataArchive
@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataService
@testable import DemoDataVerification
@testable import DemoDataVocabulary

extension ArchiveMutator {
    /// Changes a line item's quantity and recomputes its discount, total and sales tax and its
    /// invoice's subtotal, tax and total the way the business rules say: a change every rule
    /// accepts. A line taxed in full or not at all is taken (a line of clothing taxed in part
    /// would need its state's rule).
    mutating func changeQuantityConsistently() throws -> AppliedMutation {
        let lines = Table.invoiceLineItems
        let lineRows = try tampering.rows(lines)
        let invoices = Table.invoices
        let invoiceRows = try tampering.rows(invoices)
        let column = { (name: String) in lines.columnIndex(name) }
        let field = { (name: String) in invoices.columnIndex(name) }
        for _ in 0..<100 {
            let row = random.below(lineRows.count)
            var line = lineRows[row]
            let cell = { (name: String) in
                Cell(table: lines, row: row, column: column(name), value: line[column(name)])
            }
            let quantity = try Self.cents(line[column("quantity")], cell("quantity")) / 100
            let price = try Self.cents(line[column("unit_price")], cell("unit_price"))
            let discount = try Self.cents(
                line[column("discount_percentage")], cell("discount_percentage"))
            let oldTotal = try Self.cents(line[column("line_total")], cell("line_total"))
            let oldLineTax = try Self.cents(line[column("tax_amount")], cell("tax_amount"))
            // The rule, checked on the row as generated: the recomputation below is the real one.
            let oldDiscount = Self.percentOf(quantity * price, hundredths: discount)
            guard quantity * price - oldDiscount == oldTotal else {
                throw TestFailure("line item row \(row) does not follow the line total rule")
            }
            guard
                let invoiceRow = invoiceRows.firstIndex(where: {
                    $0[field("id")] == line[column("invoice_id")]
                })
            else {
                throw TestFailure("line item row \(row) names no invoice of the archive")
            }
            var invoice = invoiceRows[invoiceRow]
            let rate = try TestDecimal.units(invoice[field("tax_rate")] ?? "", scale: 3)
            let taxOf = { (amount: Int) in (amount * rate + 50_000) / 100_000 }
            let taxedInFull = oldLineTax == taxOf(oldTotal)
            guard taxedInFull || oldLineTax == 0 else { continue }
            let newQuantity = (quantity + random.number(in: 1...19) - 1) % 20 + 1
            let newDiscount = Self.percentOf(newQuantity * price, hundredths: discount)
            let newTotal = newQuantity * price - newDiscount
            let newLineTax = taxedInFull ? taxOf(newTotal) : 0
            line[column("quantity")] = TestDecimal.text(cents: newQuantity * 100)
            line[column("discount_amount")] = TestDecimal.text(cents: newDiscount)
            line[column("line_total")] = TestDecimal.text(cents: newTotal)
            line[column("tax_amount")] = TestDecimal.text(cents: newLineTax)

            let invoiceCell = { (name: String) in
                Cell(
                    table: invoices, row: invoiceRow, column: field(name),
                    value: invoice[field(name)])
            }
            let oldSubtotal = try Self.cents(invoice[field("subtotal")], invoiceCell("subtotal"))
            let oldTax = try Self.cents(invoice[field("tax_amount")], invoiceCell("tax_amount"))
            let subtotal = oldSubtotal - oldTotal + newTotal
            let tax = oldTax - oldLineTax + newLineTax
            invoice[field("subtotal")] = TestDecimal.text(cents: subtotal)
            invoice[field("tax_amount")] = TestDecimal.text(cents: tax)
            invoice[field("total")] = TestDecimal.text(cents: subtotal + tax)

            try tampering.editLines(lines) { text in
                text[tampering.lineIndex(row)] = VerifyTampering.line(line, lines, format, raw: [:])
            }
            try tampering.editLines(invoices) { text in
                text[tampering.lineIndex(invoiceRow)] = VerifyTampering.line(
                    invoice, invoices, format, raw: [:])
            }
            return AppliedMutation(
                kind: .consistentQuantity, target: lines.name + " and " + invoices.name,
                detail: "line item row \(row) quantity \(quantity) → \(newQuantity), line total "
                    + "\(TestDecimal.text(cents: oldTotal)) → \(TestDecimal.text(cents: newTotal)); "
                    + "invoice row \(invoiceRow) total "
                    + "\(Self.describe(invoiceRows[invoiceRow][field("total")])) "
                    + "→ '\(TestDecimal.text(cents: subtotal + tax))'")
        }
        throw TestFailure("no line item is taxed in full or not at all")
    }
}
