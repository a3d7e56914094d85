import DemoDataCore
import DemoDataVocabulary

/// Customer addresses: the first of each customer is its one billing address (its primary);
/// the rest are shipping or mailing addresses, mostly in the same ZIP or city. Every address
/// is a real street-delivery ZIP of its city and state.
package struct CustomerAddressRows: TableRows {
    package let context: DataContext

    private typealias Field = CustomerAddressField

    /// The types of the addresses after the first (`Domain.addressTypeChoices`).
    package static let secondaryTypeWeights = WeightTable(Domain.addressTypeChoices.map(\.share))

    package func encode<Encoder: RowEncoder>(roots: Range<Int>, into encoder: inout Encoder) {
        let lexicon = context.lexicon
        for customer in roots {
            let facts = CustomerFacts(context, customer)
            let customerID = facts.random.uuid(RandomFields.uuid)
            let customerCreated = facts.createdAt
            let billingZIP = facts.billingZIP
            for ordinal in 0..<facts.addressCount {
                let random = facts.addressRandom(ordinal)
                let primary = ordinal == 0
                encoder.beginRow()
                encoder.uuid(random.uuid(RandomFields.uuid))
                encoder.uuid(customerID)
                let type = primary ? 0 : random.weighted(Self.secondaryTypeWeights, Field.type.id)
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
                        random.below(lexicon.streetSuffixes.count, Field.suffix.id)]
                )
                encoder.endString()
                if random.percent(20, Field.hasStreet2.id) {
                    encoder.beginString()
                    encoder.piece(
                        lexicon.secondaryUnits[
                            random.below(lexicon.secondaryUnits.count, Field.unit.id)])
                    encoder.piece(ascii: UInt8(ascii: " "))
                    encoder.piece(number: random.int(1...999, Field.unitNumber.id), width: 1)
                    encoder.endString()
                } else {
                    encoder.null()
                }
                let zip = primary ? billingZIP : nearbyZIP(billingZIP, random)
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

    /// Another address of a customer billed at `billingZIP`: the same ZIP (60%), another ZIP
    /// of the same city (25%), a city of the same state (10%), or anywhere (5%).
    private func nearbyZIP(_ billingZIP: Int, _ random: RowRandom) -> Int {
        let lexicon = context.lexicon
        let nearness = random.below(100, Field.nearness.id)
        if nearness < 60 {
            return billingZIP
        }
        if nearness < 85 {
            let zips = lexicon.cityZIPs[lexicon.zipCities[billingZIP]]
            return zips.lowerBound + random.below(zips.count, Field.zip.id)
        }
        if nearness < 95 {
            let cities = lexicon.stateCities[lexicon.cityStates[lexicon.zipCities[billingZIP]]]
            let zips = lexicon.cityZIPs[
                cities.lowerBound + random.below(cities.count, Field.zip.id)]
            return zips.lowerBound + random.below(zips.count, Field.cityZIP.id)
        }
        return random.weighted(lexicon.zipWeights, Field.zip.id)
    }
}
