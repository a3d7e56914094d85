/// Invoices: customer, unique number, dates, a status consistent with the dates and as-of, and
/// totals that add up from the lines with the billing state's sales tax.
struct InvoiceRows: TableRows {
    let context: DataContext

    private enum Field {
        static let terms: UInt64 = 40
        static let status: UInt64 = 41
        static let hasNotes: UInt64 = 42
        static let note: UInt64 = 43
        static let updated: UInt64 = 44
    }

    static let termWeights = WeightTable(Domain.paymentTerms.map(\.share))
    /// Statuses (draft, sent, paid, overdue, cancelled) of an invoice past its due date.
    static let pastDueWeights = WeightTable([0, 0, 82, 12, 6])
    /// Statuses of an invoice not yet due and dated within the last 30 days.
    static let recentWeights = WeightTable([15, 60, 20, 0, 5])
    /// Statuses of an invoice not yet due but older than 30 days: no longer a draft.
    static let openWeights = WeightTable([0, 75, 20, 0, 5])

    func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        var lines: [InvoiceFacts.Line] = []
        lines.reserveCapacity(DataContext.childSlots)
        for index in roots {
            let facts = InvoiceFacts(context, index)
            let random = facts.random
            encoder.beginRow()
            encoder.uuid(random.uuid(0))
            encoder.uuid(facts.customer.random.uuid(0))
            encoder.beginString()
            encoder.piece(lexicon.invoicePrefix)
            encoder.piece(number: index + 1, width: 8)
            encoder.endString()
            encoder.date(facts.day)
            let terms = random.weighted(Self.termWeights, Field.terms)
            let due = facts.day + Domain.paymentTerms[terms].days
            encoder.date(due)
            encoder.string(lexicon.invoiceStatuses[status(facts, due: due)])
            facts.lines(into: &lines)
            let discount = facts.discountHundredths
            var subtotal = 0
            for line in lines {
                subtotal +=
                    line.quantity * line.unitPriceCents
                    - InvoiceFacts.discountCents(line, discountHundredths: discount)
            }
            let taxRate = facts.customer.billingTaxHundredths
            let tax = (subtotal * taxRate + 5000) / 10000
            encoder.decimal(subtotal, scale: 2)
            encoder.decimal(taxRate, scale: 2)
            encoder.decimal(tax, scale: 2)
            encoder.decimal(subtotal + tax, scale: 2)
            encoder.string(lexicon.paymentTerms[terms])
            if random.percent(25, Field.hasNotes) {
                encoder.string(
                    lexicon.invoiceNotes[random.below(lexicon.invoiceNotes.count, Field.note)])
            } else {
                encoder.null()
            }
            let created = facts.createdAt
            encoder.timestamp(created)
            let latest = min(created + 60 * DataContext.microsPerDay, context.asOfEnd)
            encoder.timestamp(DataContext.moment(from: created, to: latest, random, Field.updated))
            encoder.endRow()
        }
    }

    /// overdue exactly when unpaid, not cancelled and past due; sent only while not yet due;
    /// draft only in the last 30 days.
    private func status(_ facts: InvoiceFacts, due: Int) -> Int {
        let weights: WeightTable
        if due < context.asOfDay {
            weights = Self.pastDueWeights
        } else if facts.day > context.asOfDay - BusinessRules.draftWindowDays {
            weights = Self.recentWeights
        } else {
            weights = Self.openWeights
        }
        return facts.random.weighted(weights, Field.status)
    }
}
