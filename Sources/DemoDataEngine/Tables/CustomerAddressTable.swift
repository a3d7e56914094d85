import DemoDataCore
import DemoDataVocabulary

// The customer addresses table: its columns, random stream and fields, registry entry and generator.

extension Table {
    package static let customerAddressColumns: [Column] = [
        Column("id", .uuid),
        Column("customer_id", .uuid, references: .customers),
        Column("address_type", .string, check: .oneOf(Domain.addressTypes)),
        Column("street", .string, maximumLength: 100),
        Column("street2", .string, nullable: true, maximumLength: 40),
        Column("city", .string, maximumLength: 60),
        Column("state", .string, maximumLength: 2),
        Column("postal_code", .string, maximumLength: 10),
        Column("country", .string, maximumLength: 2),
        Column("primary", .boolean),
        Column("active", .boolean),
        Column("created_at", .timestamp),
    ]
}

extension RandomStream {
    /// The customer addresses' own random values: id 4, never reused.
    package static var customerAddresses: RandomStream { RandomStream(4) }
}

/// `CustomerAddressRows`, drawn from each address's own row.
package enum CustomerAddressField: UInt64, RandomFieldSet {
    case uuid = 0
    case type = 2
    case number = 3
    case streetName = 4
    case suffix = 5
    case hasStreet2 = 6
    case unit = 7
    case unitNumber = 8
    case nearness = 9
    case zip = 10
    case active = 11
    case created = 12
    /// The ZIP within a nearby city.
    case cityZIP = 110
    /// The letter of an apartment ("Apt 4B").
    case unitLetter = 140

    package var width: UInt64 { self == .uuid ? 2 : 1 }
}

extension TableSpec {
    package static let customerAddresses = TableSpec(
        table: .customerAddresses, noun: RowNoun("address", "addresses"),
        columns: Table.customerAddressColumns, root: .customers,
        isFoundation: false, randomStream: .customerAddresses,
        randomFields: CustomerAddressField.allocations, rootsPerChunk: 128,
        bytesPerRoot: 800, rootCount: nil,
        rowsPerRoot: { $0.addressesPerCustomer },
        meanRowsPerRootHundredths: { $0 == .small ? 148 : $0 == .medium ? 166 : 164 },
        ndjsonSize: MeasuredSize(bytesPerRowTenths: 3118, gzipPerTenThousand: 2469),
        csvSize: MeasuredSize(bytesPerRowTenths: 1645, gzipPerTenThousand: 4245),
        encodeNDJSON: { CustomerAddressRows(context: $0).encode(roots: $1, into: &$2) },
        encodeCSV: { CustomerAddressRows(context: $0).encode(roots: $1, into: &$2) },
        encodeParquet: { CustomerAddressRows(context: $0).encode(roots: $1, into: &$2) })
}

/// Customer addresses: the first of each customer is its one billing address (its primary);
/// the rest are shipping or mailing addresses, mostly in the same ZIP or city. Every address
/// is a real street-delivery ZIP of its city and state.
package struct CustomerAddressRows: TableRows {
    package let context: DataContext

    private typealias Field = CustomerAddressField

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for customer in roots {
            let facts = CustomerFacts(context, customer)
            let customerID = facts.random.uuid(RandomFields.uuid)
            let customerCreated = facts.createdAt
            let billingZIP = facts.billingZIP
            let business = facts.isBusiness
            for ordinal in 0..<facts.addressCount {
                let random = facts.addressRandom(ordinal)
                let primary = ordinal == 0
                encoder.beginRow()
                encoder.uuid(random.uuid(RandomFields.uuid))
                encoder.uuid(customerID)
                let type = facts.addressType(ordinal, random)
                encoder.string(lexicon.addressTypes[type])
                encoder.beginString()
                encoder.piece(number: 1 + random.skewed(9999, power: 2, Field.number.id), width: 1)
                encoder.piece(ascii: UInt8(ascii: " "))
                encoder.piece(
                    lexicon.streetNames[
                        random.below(lexicon.streetNames.count, Field.streetName.id)])
                encoder.piece(ascii: UInt8(ascii: " "))
                encoder.piece(
                    lexicon.streetSuffixes[
                        random.weighted(lexicon.streetSuffixWeights, Field.suffix.id)])
                encoder.endString()
                writeSecondLine(business: business, random, &encoder)
                let zip = facts.addressZIP(ordinal, random, billingZIP: billingZIP)
                let city = lexicon.zipCities[zip]
                encoder.string(lexicon.cityNames[city])
                encoder.string(lexicon.stateCodes[lexicon.cityStates[city]])
                encoder.beginString()
                encoder.piece(number: lexicon.zipCodes[zip], width: 5)
                encoder.endString()
                encoder.string(lexicon.country)
                encoder.boolean(primary)
                encoder.boolean(primary || random.percent(90, Field.active.id))
                encoder.timestamp(
                    primary
                        ? customerCreated
                        : DataContext.moment(
                            from: customerCreated, to: context.asOfEnd, random, Field.created.id))
                encoder.endRow()
            }
        }
    }

    /// The second line of an address as real ones have it: most households have none, some
    /// an apartment ("Apt 4B", "Apt 12", "Apt 305") or a unit ("Unit 12"); a business is often
    /// in a suite numbered by its floor ("Suite 200", "Ste 110"), on a floor ("Floor 3"), or
    /// in a unit or building of a business park.
    private func writeSecondLine<Encoder: RowEncoder>(
        business: Bool, _ random: RowRandom, _ encoder: inout Encoder
    ) {
        let lexicon = context.lexicon
        let draw = random.below(100, Field.hasStreet2.id)
        // Households: 76% none, 17% Apt, 7% Unit. Businesses: 45% none, 30% Suite, 12% Ste,
        // 8% Floor, 3% Unit, 2% Building.
        let unit: Int
        if business {
            guard draw >= 45 else { return encoder.null() }
            unit = draw < 75 ? 0 : draw < 87 ? 1 : draw < 95 ? 2 : draw < 98 ? 3 : 4
        } else {
            guard draw >= 76 else { return encoder.null() }
            unit = draw < 93 ? 0 : 1
        }
        encoder.beginString()
        if business {
            encoder.piece(lexicon.businessUnits[unit])
            encoder.piece(ascii: UInt8(ascii: " "))
            switch unit {
            case 0, 1:
                // "Suite 200", "Ste 110": the floor, mostly low, and a door in tens.
                let floor = 1 + random.skewed(9, power: 2, Field.unitNumber.id)
                encoder.piece(
                    number: floor * 100 + 10 * random.below(6, Field.unitLetter.id), width: 1)
            case 2:
                encoder.piece(
                    number: 2 + random.skewed(14, power: 2, Field.unitNumber.id), width: 1)
            default:
                encoder.piece(
                    number: 1 + random.skewed(20, power: 2, Field.unitNumber.id), width: 1)
            }
        } else {
            encoder.piece(lexicon.householdUnits[unit])
            encoder.piece(ascii: UInt8(ascii: " "))
            switch random.below(3, Field.unit.id) {
            case 0:
                // "Apt 4B": a floor and a letter.
                encoder.piece(number: 1 + random.below(9, Field.unitNumber.id), width: 1)
                encoder.piece(
                    ascii: UInt8(ascii: "A") + UInt8(random.below(6, Field.unitLetter.id)))
            case 1:
                // "Apt 12": a small building.
                encoder.piece(
                    number: 1 + random.skewed(40, power: 2, Field.unitNumber.id), width: 1)
            default:
                // "Apt 305": a floor and a door.
                let floor = 1 + random.skewed(9, power: 2, Field.unitNumber.id)
                encoder.piece(
                    number: floor * 100 + 1 + random.below(20, Field.unitLetter.id), width: 1)
            }
        }
        encoder.endString()
    }
}
