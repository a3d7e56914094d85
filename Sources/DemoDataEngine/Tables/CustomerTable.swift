import DemoDataCore
import DemoDataVocabulary

// The customers table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let customerColumns: [Column] = [
        Column("id", .uuid),
        Column("customer_type_id", .uuid, references: .customerTypes),
        Column("segment", .string, check: .oneOf(Domain.customerSegments)),
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

/// `CustomerFacts` (2–12, 140), `CustomerRows` and `CustomerNotes` (20–39, 123).
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
    /// A business's legal form.
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
    /// The products a business usually orders: four draws of three ids for each of six.
    case usualProducts = 50
    case partnerSurname = 123
    /// A person's age at as-of, which picks the decade of their given name.
    case age = 140

    package var width: UInt64 {
        switch self {
        case .uuid: 2
        case .notes: 9
        case .usualProducts: 72
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
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 4002, gzipPerTenThousand: 2255),
        csvSize: MeasuredSize(bytesPerRowTenths: 2617, gzipPerTenThousand: 3197),
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
            encoder.string(lexicon.customerSegments[facts.segment])
            var surname = random.weighted(lexicon.surnames.weights, Field.surname.id)
            encoder.beginString()
            if business {
                writeCompanyName(facts.company, random, &encoder)
                encoder.endString()
                writeEmail(
                    facts, given: nil, surname: lexicon.surnames.emailForms[surname], &encoder)
            } else {
                let decade = lexicon.givenNames[facts.givenNameDecade]
                let female = random.percent(50, Field.gender.id)
                let given = female ? decade.female : decade.male
                let first = random.weighted(given.weights, Field.givenName.id)
                // Nobody is named "James James": such a surname gives way to the next one.
                if (female ? decade.femaleSurnames[first] : decade.maleSurnames[first])
                    == Int32(surname)
                {
                    surname = (surname + 1) % lexicon.surnames.texts.count
                }
                encoder.piece(given.texts[first])
                encoder.piece(ascii: UInt8(ascii: " "))
                encoder.piece(lexicon.surnames.texts[surname])
                encoder.endString()
                writeEmail(
                    facts, given: given.emailForms[first],
                    surname: lexicon.surnames.emailForms[surname], &encoder)
            }
            writePhone(facts, &encoder)
            let account = facts.account
            encoder.string(lexicon.customerStatuses[account.status])
            encoder.decimal(facts.creditLimitCents, scale: 2)
            CustomerNotes(facts: facts).write(into: &encoder)
            let created = facts.createdAt
            encoder.timestamp(created)
            // Updated no earlier than the account was closed or put on hold.
            let changed =
                account.status == Domain.CustomerStatus.active
                ? created : max(created, DataContext.startOfDay(account.lastDay))
            encoder.timestamp(
                DataContext.moment(from: changed, to: context.asOfEnd, random, Field.updated.id))
            encoder.endRow()
        }
    }

    /// "Hartman Landscaping LLC", "Ortiz & Chen Dental Group", "Kwan Brewing Company": a
    /// surname (sometimes two), an industry and a legal form by its share of US businesses.
    /// No word comes twice: a partner with the same surname is left out, an industry with the
    /// surname as a word gives way to the next, and an industry that names the kind of firm
    /// ("Company", "Group") takes no legal form.
    private func writeCompanyName<Encoder: RowEncoder>(
        _ company: CustomerFacts.Company, _ random: RowRandom, _ encoder: inout Encoder
    ) {
        let lexicon = context.lexicon
        encoder.piece(lexicon.surnames.texts[company.surname])
        if let partner = company.partner {
            encoder.piece(" & ")
            encoder.piece(lexicon.surnames.texts[partner])
        }
        let industry = company.industry
        encoder.piece(ascii: UInt8(ascii: " "))
        encoder.piece(lexicon.industries[industry])
        guard !lexicon.industryNamesFirm[industry] else { return }
        var form = random.weighted(lexicon.legalFormWeights, Field.suffix.id)
        // "Ortiz & Chen Plumbing & Sons" would name two families: partners are an LLC.
        if company.partner != nil && form == lexicon.familyLegalForm {
            form = 0
        }
        if form < lexicon.legalForms.count {
            encoder.piece(ascii: UInt8(ascii: " "))
            encoder.piece(lexicon.legalForms[form])
        }
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

    /// `(AAA) 555-01NN`: an area code of the billing ZIP (or, when its lines are all taken, of
    /// the billing state) and a line in the range reserved for fiction, no other customer's
    /// while the state has lines free (`CustomerPhones`).
    private func writePhone<Encoder: RowEncoder>(_ facts: CustomerFacts, _ encoder: inout Encoder) {
        let number = context.customerPhones.number(of: facts)
        encoder.beginString()
        encoder.piece(ascii: UInt8(ascii: "("))
        encoder.piece(number: number.area, width: 3)
        encoder.piece(") 555-")
        encoder.piece(number: 100 + number.line, width: 4)
        encoder.endString()
    }
}
