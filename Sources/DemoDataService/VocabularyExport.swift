import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// The vocabulary that rules are checked and realism is measured against — states with their
/// 2020 population, sales tax, ZIP prefixes and the telephone area codes of their ZIPs, cities
/// with their street-delivery ZIP codes, the sales tax rates over time with the cities' local
/// rates and the states' clothing rules — as a JSON document, so that other programs (the
/// independent Python checker, the realism figures) read the same facts without parsing Swift.
/// A test keeps `Scripts/vocabulary.json` equal to it.
package enum VocabularyExport {
    package static func json() -> [UInt8] {
        JSONValue.object([
            (
                "states",
                .array(
                    USStates.all.enumerated().map { index, state in
                        .object([
                            ("code", .string(state.code)),
                            ("name", .string(state.name)),
                            ("population", .integer(state.population)),
                            ("sales_tax_hundredths", .integer(state.salesTaxHundredths)),
                            (
                                "zip_prefixes",
                                .array(
                                    state.zipPrefixes.map {
                                        .array([.integer($0.lowerBound), .integer($0.upperBound)])
                                    })
                            ),
                            ("area_codes", .array(areaCodes(ofState: index).map { .integer($0) })),
                        ])
                    })
            ),
            (
                "cities",
                .array(
                    USPlaces.shared.cities.map { city in
                        .object([
                            ("name", .string(city.name)),
                            ("state", .string(USStates.all[city.state].code)),
                            (
                                "zips",
                                .array(
                                    city.zips.map { .integer(USPlaces.shared.zips[$0].code) })
                            ),
                        ])
                    })
            ),
            ("sales_tax", salesTax()),
        ]).serialized()
    }

    /// The sales tax tables as they are written (`SalesTaxRates`): each state's rates over time
    /// and clothing rule, in the order of `states`, and the cities with local rates, so that a
    /// checker recomputes the rate of an address on a day on its own.
    private static func salesTax() -> JSONValue {
        func rates(_ list: [SalesTaxRates.Change]) -> JSONValue {
            .array(
                list.map {
                    .object([("from", .string($0.from)), ("thousandths", .integer($0.thousandths))])
                })
        }
        func clothing(_ rule: SalesTaxRates.Clothing) -> JSONValue {
            switch rule {
            case .taxable: .object([("rule", .string("taxable"))])
            case .exempt: .object([("rule", .string("exempt"))])
            case .exemptBelow(let cents):
                .object([("rule", .string("exempt_below")), ("cents", .integer(cents))])
            case .exemptUpTo(let cents):
                .object([("rule", .string("exempt_up_to")), ("cents", .integer(cents))])
            }
        }
        return .object([
            (
                "states",
                .array(
                    USStates.all.map { state in
                        .object([
                            ("code", .string(state.code)),
                            ("rates", rates(SalesTaxRates.states[state.code] ?? [])),
                            ("clothing", clothing(SalesTaxRates.clothing[state.code] ?? .taxable)),
                        ])
                    })
            ),
            (
                "places",
                .array(
                    SalesTaxRates.places.map { place in
                        .object([
                            ("state", .string(place.state)),
                            ("names", .array(place.names.map { .string($0) })),
                            ("local_rates", rates(place.local)),
                            ("exempts_clothing_locally", .bool(place.exemptsClothingLocally)),
                        ])
                    })
            ),
        ])
    }

    /// The distinct area codes of the ZIPs of a state (its index in `USStates.all`), in
    /// increasing order.
    private static func areaCodes(ofState state: Int) -> [Int] {
        let places = USPlaces.shared
        let zips = places.stateCities[state].flatMap { places.cities[$0].zips }
        return Set(zips.flatMap { places.areaCodes[places.zips[$0].areaCodes] }).sorted()
    }
}
