/// Customer addresses: the first of each customer is its one primary billing address; the rest
/// are shipping, mailing or secondary billing addresses.
struct CustomerAddressRows: TableRows {
    let context: DataContext

    private typealias Field = CustomerFacts.AddressField

    /// The types of the addresses after the first (`Domain.addressTypeChoices`).
    static let secondaryTypeWeights = WeightTable(Domain.addressTypeChoices.map(\.share))

    func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for customer in roots {
            let facts = CustomerFacts(context, customer)
            let customerID = facts.random.uuid(0)
            let customerCreated = facts.createdAt
            for ordinal in 0..<facts.addressCount {
                let random = facts.addressRandom(ordinal)
                let primary = ordinal == 0
                encoder.beginRow()
                encoder.uuid(random.uuid(0))
                encoder.uuid(customerID)
                let type = primary ? 0 : random.weighted(Self.secondaryTypeWeights, Field.type)
                encoder.string(lexicon.addressTypes[type])
                encoder.beginString()
                encoder.piece(number: 1 + random.skewed(9999, power: 2, Field.number), width: 1)
                encoder.piece(ascii: UInt8(ascii: " "))
                encoder.piece(
                    lexicon.streetNames[random.below(lexicon.streetNames.count, Field.streetName)])
                encoder.piece(ascii: UInt8(ascii: " "))
                encoder.piece(
                    lexicon.streetSuffixes[random.below(lexicon.streetSuffixes.count, Field.suffix)]
                )
                encoder.endString()
                if random.percent(20, Field.hasStreet2) {
                    encoder.beginString()
                    encoder.piece(
                        lexicon.secondaryUnits[
                            random.below(lexicon.secondaryUnits.count, Field.unit)])
                    encoder.piece(ascii: UInt8(ascii: " "))
                    encoder.piece(number: random.int(1...999, Field.unitNumber), width: 1)
                    encoder.endString()
                } else {
                    encoder.null()
                }
                let city = facts.addressCity(random)
                encoder.string(lexicon.cityNames[city])
                encoder.string(lexicon.cityStates[city])
                let zips = lexicon.cityZIPs[city]
                encoder.beginString()
                encoder.piece(
                    number: zips.lowerBound + random.below(zips.count, Field.zip), width: 5)
                encoder.endString()
                encoder.string(lexicon.country)
                encoder.boolean(primary)
                encoder.boolean(primary || random.percent(90, Field.active))
                encoder.timestamp(
                    primary
                        ? customerCreated
                        : DataContext.moment(
                            from: customerCreated, to: context.asOfEnd, random, Field.created))
                encoder.endRow()
            }
        }
    }
}
