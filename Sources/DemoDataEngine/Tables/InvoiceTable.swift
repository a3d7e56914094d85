import DemoDataCore
import DemoDataVocabulary

// The invoices table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let invoiceColumns: [Column] = [
        Column("id", .uuid),
        Column("customer_id", .uuid, references: .customers),
        Column("shipping_address_id", .uuid, references: .customerAddresses),
        Column("invoice_number", .string, unique: true, maximumLength: 40),
        Column("date", .date),
        Column("due_date", .date),
        Column("status", .string, check: .oneOf(Domain.invoiceStatuses)),
        Column("subtotal", .money, check: .between("0.00", "9999999999.99")),
        Column(
            "tax_rate", .decimal(precision: 6, scale: 3), check: .between("0.000", "100.000")),
        Column("tax_amount", .money, check: .between("0.00", "9999999999.99")),
        Column("total", .money, check: .between("0.00", "9999999999.99")),
        Column("payment_terms", .string, check: .oneOf(Domain.paymentTermNames)),
        Column("paid_at", .timestamp, nullable: true),
        Column("payment_method", .string, nullable: true, check: .oneOf(Domain.paymentMethods)),
        Column("notes", .string, nullable: true, maximumLength: 400),
        Column("created_at", .timestamp),
        Column("updated_at", .timestamp),
    ]
}

extension RandomStream {
    /// The invoices' own random values: id 7, never reused.
    package static var invoices: RandomStream { RandomStream(7) }
}

/// `InvoiceFacts` (2–49, 65–68) and `InvoiceRows` (50–64).
package enum InvoiceField: UInt64, RandomFieldSet {
    case uuid = 0
    /// Class, customer and acceptance of up to twelve candidate customers, four ids each.
    case customer = 2
    case status = 50
    case overdue = 51
    case paidDay = 52
    case paidTime = 53
    case updated = 55
    case notes = 56
    case lineCount = 65
    case segment = 66
    /// The address shipped to: whether another than the billing one, and which.
    case shipTo = 67

    package var width: UInt64 {
        switch self {
        case .uuid, .paidTime, .shipTo: 2
        case .customer: 48
        case .notes: 9
        default: 1
        }
    }
}

extension TableSpec {
    package static let invoices = TableSpec(
        table: .invoices, noun: RowNoun("invoice", "invoices"),
        columns: Table.invoiceColumns, root: .invoices, isFoundation: false,
        randomStream: .invoices, randomFields: InvoiceField.allocations, rootsPerChunk: 256,
        bytesPerRoot: 450,
        rootCount: .perVolume(small: 75, medium: 300, large: 5000, huge: 50000),
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 5367, gzipPerTenThousand: 2069),
        csvSize: MeasuredSize(bytesPerRowTenths: 2951, gzipPerTenThousand: 3169),
        encodeNDJSON: { InvoiceRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { InvoiceRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { InvoiceRows(context: $0).encode(roots: $1, into: &$2) })
}

/// Invoices: customer and the address shipped to, a number in the order invoices were made,
/// dates, the customer's terms, a status consistent with the dates and as-of, totals that add
/// up from the lines and their sales tax (that of the city shipped to on the invoice's day,
/// none for a tax-exempt customer), and notes that agree with all of it.
package struct InvoiceRows: TableRows {
    package let context: DataContext

    private typealias Field = InvoiceField

    private typealias Status = Domain.InvoiceStatus

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        var lines: [InvoiceFacts.Line] = []
        lines.reserveCapacity(DataContext.childSlots)
        var taxes: [Int] = []
        taxes.reserveCapacity(DataContext.childSlots)
        for index in roots {
            let facts = InvoiceFacts(context, index)
            let random = facts.random
            let customer = facts.customer
            let shipTo = facts.shipTo
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.uuid(customer.random.uuid(RandomFields.uuid))
            encoder.uuid(customer.addressRandom(shipTo.ordinal).uuid(RandomFields.uuid))
            encoder.beginString()
            encoder.piece(lexicon.invoicePrefix)
            encoder.piece(number: index + 1, width: 8)
            encoder.endString()
            encoder.date(facts.day)
            let terms = customer.terms
            let due = facts.day + Domain.paymentTerms[terms].days
            encoder.date(due)
            let created = facts.createdAt
            let (status, paid) = settlement(facts, created: created, due: due)
            encoder.string(lexicon.invoiceStatuses[status])
            facts.lines(into: &lines)
            let discount = facts.discountHundredths
            var subtotal = 0
            for line in lines {
                subtotal +=
                    line.quantity * line.unitPriceCents
                    - InvoiceFacts.discountCents(line, discountHundredths: discount)
            }
            let taxRate =
                customer.isTaxExempt
                ? 0 : SalesTax.shared.rateThousandths(city: shipTo.city, day: facts.day)
            let tax = facts.lineTaxes(
                lines, city: shipTo.city, discountHundredths: discount, into: &taxes)
            encoder.decimal(subtotal, scale: 2)
            encoder.decimal(taxRate, scale: 3)
            encoder.decimal(tax, scale: 2)
            encoder.decimal(subtotal + tax, scale: 2)
            encoder.string(lexicon.paymentTerms[terms])
            if let paid {
                encoder.timestamp(paid)
                encoder.string(lexicon.paymentMethods[customer.paymentMethod])
            } else {
                encoder.null()
                encoder.null()
            }
            writeNotes(facts, status: status, due: due, paid: paid, into: &encoder)
            encoder.timestamp(created)
            if let paid {
                encoder.timestamp(paid)
            } else {
                let latest = min(created + 60 * DataContext.microsPerDay, context.asOfEnd)
                encoder.timestamp(
                    DataContext.moment(from: created, to: latest, random, Field.updated.id))
            }
            encoder.endRow()
        }
    }

    /// The invoice's status and when it was paid. Two in a hundred are cancelled. A customer
    /// who pays at checkout (by card or PayPal, due on receipt) paid within minutes; others
    /// pay around their usual delay after the due date (a week either way), on a working day,
    /// unless they were put on hold, which left the invoices of their last weeks unpaid. Unpaid
    /// by as-of: overdue once past due, else sent (or, within the last 30 days, sometimes
    /// still a draft).
    private func settlement(_ facts: InvoiceFacts, created: Int64, due: Int) -> (Int, Int64?) {
        let random = facts.random
        let customer = facts.customer
        if random.percent(2, Field.status.id) {
            return (Status.cancelled, nil)
        }
        if customer.paysAtCheckout {
            let paid =
                created + Int64(random.int(5...900, Field.paidDay.id)) * DataContext.microsPerSecond
            return paid <= context.asOfEnd ? (Status.paid, paid) : (Status.sent, nil)
        }
        let account = customer.account
        let onHold =
            account.status == Domain.CustomerStatus.suspended && facts.day > account.lastDay - 45
        let delay = customer.usualDelayDays + random.int(-7...7, Field.paidDay.id)
        var day = max(facts.day, due + delay)
        // Paid on a working day: a weekend payment waits for Monday.
        let weekday = CivilDate.weekday(daysSinceEpoch: day)
        day += weekday == 6 ? 2 : weekday == 0 ? 1 : 0
        if !onHold, day <= context.asOfDay {
            let moment =
                DataContext.startOfDay(day) + DataContext.businessTime(random, Field.paidTime.id)
            let paid = min(max(moment, created + 60 * DataContext.microsPerSecond), context.asOfEnd)
            return (Status.paid, paid)
        }
        if due < context.asOfDay {
            return (Status.overdue, nil)
        }
        let draft =
            facts.day > context.asOfDay - BusinessRules.draftWindowDays
            && random.percent(12, Field.overdue.id)
        return (draft ? Status.draft : Status.sent, nil)
    }

    /// Notes composed from the invoice's facts (a PO number, its tax exemption, how and when it
    /// was paid, a reminder for an overdue one) and a general sentence, or none.
    private func writeNotes<Encoder: RowEncoder>(
        _ facts: InvoiceFacts, status: Int, due: Int, paid: Int64?, into encoder: inout Encoder
    ) {
        let random = facts.random
        let lexicon = context.lexicon
        let customer = facts.customer
        let business = customer.isBusiness
        let purchaseOrder = business && random.percent(40, Field.notes.id)
        let exempt = customer.isTaxExempt && random.percent(50, Field.notes[1])
        let paidNote = paid != nil && random.percent(25, Field.notes[2])
        let reminder = status == Status.overdue && random.percent(50, Field.notes[3])
        let general = random.percent(12, Field.notes[4])
        guard purchaseOrder || exempt || paidNote || reminder || general else {
            encoder.null()
            return
        }
        var first = true
        encoder.beginString()
        if purchaseOrder {
            encoder.beginSentence(first: &first)
            encoder.piece("PO ")
            encoder.piece(number: random.int(10_000...999_999, Field.notes[5]), width: 6)
            encoder.piece(ascii: UInt8(ascii: "."))
        }
        if exempt {
            encoder.beginSentence(first: &first)
            encoder.piece("Tax-exempt sale; certificate on file.")
        }
        if paidNote, let paid {
            encoder.beginSentence(first: &first)
            encoder.piece("Paid by ")
            encoder.piece(lexicon.paymentMethods[customer.paymentMethod])
            encoder.piece(" on ")
            encoder.piece(
                day: Int(paid / DataContext.microsPerDay), months: lexicon.monthAbbreviations)
            encoder.piece(ascii: UInt8(ascii: "."))
        }
        if reminder {
            encoder.beginSentence(first: &first)
            encoder.piece("Payment reminder sent ")
            let day = due + 1 + random.below(max(1, context.asOfDay - due), Field.notes[7])
            encoder.piece(day: min(day, context.asOfDay), months: lexicon.monthAbbreviations)
            encoder.piece(ascii: UInt8(ascii: "."))
        }
        if general {
            let notes = business ? lexicon.invoiceNotes : lexicon.householdInvoiceNotes
            encoder.sentence(notes[random.below(notes.count, Field.notes[8])], first: &first)
        }
        encoder.endString()
    }
}
