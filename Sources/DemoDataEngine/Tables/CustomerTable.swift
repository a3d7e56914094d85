import DemoDataCore
import DemoDataVocabulary

// The customers table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let customerColumns: [Column] = [
        Column("id", .uuid),
        Column("customer_type_id", .uuid, references: .customerTypes),
        Column("name", .string, maximumLength: 120),
        Column("email", .string, unique: true, maximumLength: 120),
        Column("phone", .string, maximumLength: 20),
        Column("status", .string, check: .oneOf(Domain.customerStatuses)),
        Column("credit_limit", .money, check: .between("2500.00", "900000.00")),
        Column("notes", .string, nullable: true, maximumLength: 500),
        Column("created_at", .timestamp),
        Column("updated_at", .timestamp),
    ]
}

extension RandomStream {
    /// The customers' own random values: id 3, never reused.
    package static var customers: RandomStream { RandomStream(3) }
}

/// `CustomerFacts` (2–12), `CustomerRows` and `CustomerNotes` (20–39, 123).
package enum CustomerField: UInt64, RandomFieldSet {
    case uuid = 0
    case standing = 2
    case business = 3
    case lifetime = 4
    case blur = 5
    case firstOrder = 6
    case status = 7
    case lastOrder = 8
    case terms = 9
    case taxExempt = 10
    case billingZIP = 11
    case addressCount = 12
    case gender = 20
    case givenName = 21
    case surname = 22
    case partner = 23
    case industry = 24
    case suffix = 25
    /// The style of a household's address, and the role of a business's.
    case emailStyle = 26
    case emailDomain = 27
    case areaCode = 28
    case phoneLine = 29
    case updated = 30
    case notes = 31
    case paymentMethod = 40
    case lateness = 41
    case partnerSurname = 123

    package var width: UInt64 {
        switch self {
        case .uuid: 2
        case .notes: 9
        default: 1
        }
    }
}

extension TableSpec {
    package static let customers = TableSpec(
        table: .customers, noun: RowNoun("customer", "customers"),
        columns: Table.customerColumns, root: .customers,
        isFoundation: false, randomStream: .customers, randomFields: CustomerField.allocations,
        rootsPerChunk: 256, bytesPerRoot: 450,
        rootCount: .perVolume(small: 25, medium: 100, large: 1000, huge: 10000),
        rowsPerRoot: nil,
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3680, gzipPerTenThousand: 2444),
        csvSize: MeasuredSize(bytesPerRowTenths: 2408, gzipPerTenThousand: 3448),
        encodeNDJSON: { CustomerRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { CustomerRows(context: $0).encode(roots: $1, into: &$2) })
}

/// Customers: households with a person's name and businesses with a company's, a unique email,
/// a phone of their region, a status, a credit limit that fits what they buy, and notes that
/// agree with all of it.
package struct CustomerRows: TableRows {
    package let context: DataContext

    package typealias Field = CustomerField

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for index in roots {
            let facts = CustomerFacts(context, index)
            let random = facts.random
            let business = facts.isBusiness
            encoder.beginRow()
            encoder.uuid(random.uuid(RandomFields.uuid))
            encoder.uuid(context.id(.customerTypes, facts.tier))
            let surname = random.weighted(lexicon.surnames.weights, Field.surname.id)
            let given: Lexicon.Names =
                random.percent(50, Field.gender.id)
                ? lexicon.femaleGivenNames : lexicon.maleGivenNames
            let first = random.weighted(given.weights, Field.givenName.id)
            encoder.beginString()
            if business {
                writeCompanyName(surname: surname, random, &encoder)
            } else {
                encoder.piece(given.texts[first])
                encoder.piece(ascii: UInt8(ascii: " "))
                encoder.piece(lexicon.surnames.texts[surname])
            }
            encoder.endString()
            writeEmail(
                facts, given: business ? nil : given.emailForms[first],
                surname: lexicon.surnames.emailForms[surname], &encoder)
            writePhone(facts, &encoder)
            encoder.string(lexicon.customerStatuses[facts.status])
            encoder.decimal(facts.creditLimitCents, scale: 2)
            CustomerNotes(facts: facts).write(into: &encoder)
            let created = facts.createdAt
            encoder.timestamp(created)
            // Updated no earlier than the account was closed or put on hold.
            let changed =
                facts.status == Domain.CustomerStatus.active
                ? created : max(created, DataContext.startOfDay(facts.lastOrderDay))
            encoder.timestamp(
                DataContext.moment(from: changed, to: context.asOfEnd, random, Field.updated.id))
            encoder.endRow()
        }
    }

    /// "Hartman Landscaping LLC", "Ortiz & Chen Dental Group".
    private func writeCompanyName<Encoder: RowEncoder>(
        surname: Int, _ random: RowRandom, _ encoder: inout Encoder
    ) {
        let lexicon = context.lexicon
        encoder.piece(lexicon.surnames.texts[surname])
        if random.percent(15, Field.partner.id) {
            encoder.piece(" & ")
            encoder.piece(
                lexicon.surnames.texts[
                    random.weighted(lexicon.surnames.weights, Field.partnerSurname.id)])
        }
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(lexicon.industries[random.below(lexicon.industries.count, Field.industry.id)])
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(
            lexicon.companySuffixes[random.below(lexicon.companySuffixes.count, Field.suffix.id)])
    }

    /// `jane.smith4821@example.com` in one of five shapes, or `ap.hartman4821@example.net` for
    /// a business. The number is the customer's place in a seeded shuffle, different for every
    /// customer, and names hold no digits: emails are unique by construction.
    private func writeEmail<Encoder: RowEncoder>(
        _ facts: CustomerFacts, given: StoredText?, surname: StoredText, _ encoder: inout Encoder
    ) {
        let lexicon = context.lexicon
        let random = facts.random
        encoder.beginString()
        if let given {
            switch random.below(5, Field.emailStyle.id) {
            case 0:
                encoder.piece(given)
                encoder.piece(ascii: UInt8(ascii: "."))
                encoder.piece(surname)
            case 1:
                encoder.piece(ascii: given.start[0])
                encoder.piece(surname)
            case 2:
                encoder.piece(given)
                encoder.piece(ascii: UInt8(ascii: "_"))
                encoder.piece(surname)
            case 3:
                encoder.piece(given)
                encoder.piece(surname)
            default:
                encoder.piece(surname)
                encoder.piece(ascii: UInt8(ascii: "."))
                encoder.piece(given)
            }
        } else {
            encoder.piece(
                lexicon.businessEmailRoles[
                    random.below(lexicon.businessEmailRoles.count, Field.emailStyle.id)])
            encoder.piece(ascii: UInt8(ascii: "."))
            encoder.piece(surname)
        }
        encoder.piece(number: context.emailNumbers.rank(of: facts.index), width: 1)
        encoder.piece(ascii: UInt8(ascii: "@"))
        encoder.piece(lexicon.emailDomains[random.below(3, Field.emailDomain.id)])
        encoder.endString()
    }

    /// `(AAA) 555-01NN`: an area code of the billing ZIP and a line in the range reserved for
    /// fiction.
    private func writePhone<Encoder: RowEncoder>(_ facts: CustomerFacts, _ encoder: inout Encoder) {
        let lexicon = context.lexicon
        let codes = lexicon.zipAreaCodes[facts.billingZIP]
        let area = lexicon.areaCodes[
            codes.lowerBound + facts.random.below(codes.count, Field.areaCode.id)]
        encoder.beginString()
        encoder.piece(ascii: UInt8(ascii: "("))
        encoder.piece(number: area, width: 3)
        encoder.piece(") 555-")
        encoder.piece(number: 100 + facts.random.below(100, Field.phoneLine.id), width: 4)
        encoder.endString()
    }
}
