import Testing

@testable import DemoDataCore
@testable import DemoDataEngine
@testable import DemoDataVocabulary

/// Checks the destination-based sales tax: published rates before and after their changes,
/// clothing exemptions, states without sales tax, and that every city of the rate table is a
/// lexicon city.
@Suite("Sales tax")
struct SalesTaxTests {
    static let tax = SalesTax.shared

    /// The lexicon city named `name` in the state `state`, or nil.
    static func city(_ state: String, _ name: String) -> Int? {
        USPlaces.shared.cities.firstIndex {
            $0.name == name && USStates.all[$0.state].code == state
        }
    }

    static func day(_ text: String) -> Int {
        guard let date = CivilDate(parsing: text) else {
            preconditionFailure("\(text) is not a date")
        }
        return date.daysSinceEpoch
    }

    /// A city, a day and the combined rate published for it, in thousandths of a percent.
    struct Published: Sendable, CustomTestStringConvertible {
        let state: String
        let city: String
        let day: String
        let thousandths: Int
        var testDescription: String { "\(city), \(state) on \(day): \(thousandths)" }

        init(_ state: String, _ city: String, _ day: String, _ thousandths: Int) {
            self.state = state
            self.city = city
            self.day = day
            self.thousandths = thousandths
        }
    }

    static let published = [
        Published("CA", "Los Angeles", "2019-01-01", 9500),
        Published("CA", "Los Angeles", "2025-03-31", 9500),
        Published("CA", "Los Angeles", "2025-04-01", 9750),
        Published("CA", "San Francisco", "2024-06-01", 8625),
        Published("CA", "San Diego", "2024-06-01", 7750),
        Published("CA", "Sacramento", "2019-03-31", 8250),
        Published("CA", "Sacramento", "2019-04-01", 8750),
        Published("NY", "New York", "2019-06-01", 8875),
        Published("NY", "Brooklyn", "2025-06-01", 8875),
        Published("NY", "Flushing", "2025-06-01", 8875),
        Published("NY", "Staten Island", "2025-06-01", 8875),
        Published("NY", "Buffalo", "2025-06-01", 8750),
        Published("IL", "Chicago", "2019-01-01", 10250),
        Published("IL", "Chicago", "2026-06-01", 10250),
        Published("CO", "Denver", "2020-06-01", 8310),
        Published("CO", "Denver", "2021-01-01", 8810),
        Published("CO", "Denver", "2024-12-31", 8810),
        Published("CO", "Denver", "2025-01-01", 9150),
        Published("TX", "Houston", "2024-06-01", 8250),
        Published("TX", "Dallas", "2024-06-01", 8250),
        Published("TX", "Arlington", "2024-06-01", 8000),
        Published("WA", "Seattle", "2020-06-01", 10100),
        Published("WA", "Seattle", "2021-04-01", 10250),
        Published("WA", "Seattle", "2024-04-01", 10350),
        Published("WA", "Seattle", "2025-12-31", 10350),
        Published("WA", "Seattle", "2026-01-01", 10550),
        Published("AZ", "Phoenix", "2025-06-30", 8600),
        Published("AZ", "Phoenix", "2025-07-01", 9100),
        Published("LA", "New Orleans", "2024-12-31", 9450),
        Published("LA", "New Orleans", "2025-01-01", 10000),
        Published("LA", "Baton Rouge", "2025-01-01", 10500),
        Published("NM", "Albuquerque", "2022-06-30", 7875),
        Published("NM", "Albuquerque", "2022-07-01", 7750),
        Published("NM", "Albuquerque", "2023-07-01", 7625),
        Published("NV", "Las Vegas", "2019-12-31", 8250),
        Published("NV", "Las Vegas", "2020-01-01", 8375),
        Published("NV", "Reno", "2024-06-01", 8265),
        Published("WI", "Milwaukee", "2023-12-31", 5500),
        Published("WI", "Milwaukee", "2024-01-01", 7900),
        Published("MN", "Minneapolis", "2023-09-30", 8025),
        Published("MN", "Minneapolis", "2023-10-01", 9025),
        Published("MN", "Saint Paul", "2024-04-01", 9875),
        Published("OK", "Tulsa", "2024-06-01", 8517),
        Published("OK", "Oklahoma City", "2024-06-01", 8625),
        Published("MO", "Saint Louis", "2024-06-01", 9679),
        Published("MO", "Kansas City", "2024-06-01", 8850),
        Published("TN", "Memphis", "2024-06-01", 9750),
        Published("GA", "Atlanta", "2024-06-01", 8900),
        Published("PA", "Philadelphia", "2024-06-01", 8000),
        Published("OH", "Columbus", "2025-03-31", 7500),
        Published("OH", "Columbus", "2025-04-01", 8000),
        Published("CA", "Fresno", "2021-06-30", 7975),
        Published("CA", "Fresno", "2021-07-01", 8350),
        Published("CA", "San Jose", "2021-06-30", 9250),
        Published("CA", "Oakland", "2021-03-31", 9250),
        Published("CA", "Oakland", "2021-07-01", 10250),
        Published("OH", "Cincinnati", "2020-09-30", 7000),
        Published("OH", "Cincinnati", "2020-10-01", 7800),
        Published("FL", "Tampa", "2021-03-15", 8500),
        Published("FL", "Tampa", "2021-03-16", 7500),
        Published("FL", "Jacksonville", "2020-12-31", 7000),
        Published("FL", "Jacksonville", "2021-01-01", 7500),
        Published("VA", "Richmond", "2020-09-30", 5300),
        Published("VA", "Richmond", "2020-10-01", 6000),
        // States without local taxes: the state's rate, with its precision.
        Published("NJ", "Newark", "2024-06-01", 6625),
        Published("MA", "Boston", "2024-06-01", 6250),
        Published("DC", "Washington", "2025-10-01", 6000),
        Published("DC", "Washington", "2026-09-30", 6000),
        Published("DC", "Washington", "2026-10-01", 7000),
        // A Louisiana city without a local rate in the table: the state's rate, current.
        Published("LA", "Shreveport", "2024-12-31", 4450),
        Published("LA", "Shreveport", "2025-01-01", 5000),
        Published("SD", "Rapid City", "2023-06-30", 4500),
        Published("SD", "Rapid City", "2023-07-01", 4200),
        Published("MN", "Duluth", "2024-06-01", 6875),
        Published("MO", "Springfield", "2024-06-01", 4225),
    ]

    @Test(
        "A city's rate is the published one on days before and after its changes",
        arguments: published)
    func publishedRate(_ expected: Published) throws {
        let city = try #require(Self.city(expected.state, expected.city))
        #expect(
            Self.tax.rateThousandths(city: city, day: Self.day(expected.day))
                == expected.thousandths)
    }

    @Test("State rates change on their days: Louisiana 4.45% to 5%, New Mexico, South Dakota")
    func stateChanges() throws {
        let states = Dictionary(
            uniqueKeysWithValues: USStates.all.enumerated().map { ($1.code, $0) })
        let louisiana = try #require(states["LA"])
        #expect(
            Self.tax.stateRateThousandths(state: louisiana, day: Self.day("2019-01-01")) == 4450)
        #expect(
            Self.tax.stateRateThousandths(state: louisiana, day: Self.day("2024-12-31")) == 4450)
        #expect(
            Self.tax.stateRateThousandths(state: louisiana, day: Self.day("2025-01-01")) == 5000)
        let newMexico = try #require(states["NM"])
        #expect(
            Self.tax.stateRateThousandths(state: newMexico, day: Self.day("2022-06-30")) == 5125)
        #expect(
            Self.tax.stateRateThousandths(state: newMexico, day: Self.day("2023-07-01")) == 4875)
        let southDakota = try #require(states["SD"])
        #expect(
            Self.tax.stateRateThousandths(state: southDakota, day: Self.day("2023-07-01")) == 4200)
    }

    @Test("Rates keep the precision they are published with (6.625%, 8.517%, 9.679%)")
    func precision() throws {
        let exact: [(String, String, Int)] = [
            ("NJ", "Newark", 6625), ("MN", "Duluth", 6875), ("MO", "Springfield", 4225),
            ("NM", "Santa Fe", 4875), ("OK", "Tulsa", 8517), ("MO", "Saint Louis", 9679),
            ("NV", "Reno", 8265), ("NY", "New York", 8875), ("MN", "Minneapolis", 9025),
            ("CA", "San Jose", 9375), ("CO", "Denver", 9150),
        ]
        for (state, name, thousandths) in exact {
            let city = try #require(Self.city(state, name), "\(name), \(state)")
            #expect(
                Self.tax.rateThousandths(city: city, day: Self.day("2025-06-01")) == thousandths,
                "\(name), \(state)")
        }
        // The state rates agree with the hundredths the customers table still carries, rounded
        // half up, on a day in 2024 (the day those were taken).
        for (index, state) in USStates.all.enumerated() {
            let thousandths = Self.tax.stateRateThousandths(
                state: index, day: Self.day("2024-06-01"))
            #expect((thousandths + 5) / 10 == state.salesTaxHundredths, "\(state.code)")
        }
    }

    @Test("The states without a sales tax charge none anywhere on any day")
    func noTaxStates() {
        let places = USPlaces.shared
        for code in ["AK", "DE", "MT", "NH", "OR"] {
            let state = USStates.all.firstIndex { $0.code == code }!
            #expect(!places.stateCities[state].isEmpty, "\(code)")
            for city in places.stateCities[state] {
                for day in ["2019-01-01", "2025-01-01", "2026-12-31"] {
                    #expect(Self.tax.rateThousandths(city: city, day: Self.day(day)) == 0)
                    let charge = Self.tax.charge(
                        city: city, day: Self.day(day), isClothing: false, unitPriceCents: 10_000)
                    #expect(charge.taxCents(quantity: 3) == 0)
                }
            }
        }
    }

    /// A clothing item's price in a city on a day, and the charge per unit expected.
    struct ClothingCase: Sendable, CustomTestStringConvertible {
        let state: String
        let city: String
        let priceCents: Int
        let taxableCents: Int
        let thousandths: Int
        var testDescription: String { "\(city), \(state), \(priceCents)¢" }

        init(_ state: String, _ city: String, _ price: Int, _ taxable: Int, _ thousandths: Int) {
            self.state = state
            self.city = city
            priceCents = price
            taxableCents = taxable
            self.thousandths = thousandths
        }
    }

    static let clothing = [
        // Fully exempt, state and local.
        ClothingCase("PA", "Philadelphia", 4_999, 0, 0),
        ClothingCase("PA", "Pittsburgh", 90_000, 0, 0),
        ClothingCase("NJ", "Newark", 25_000, 0, 0),
        ClothingCase("MN", "Minneapolis", 12_000, 0, 0),
        ClothingCase("VT", "Burlington", 40_000, 0, 0),
        // New York: under $110 exempt from the state part; NYC exempts its part too.
        ClothingCase("NY", "New York", 10_999, 0, 0),
        ClothingCase("NY", "Brooklyn", 11_000, 11_000, 8875),
        ClothingCase("NY", "Buffalo", 5_000, 5_000, 4750),
        ClothingCase("NY", "Buffalo", 15_000, 15_000, 8750),
        ClothingCase("NY", "Ithaca", 5_000, 0, 0),
        ClothingCase("NY", "Ithaca", 20_000, 20_000, 4000),
        // Massachusetts and Rhode Island: only the part above the threshold is taxed.
        ClothingCase("MA", "Boston", 17_500, 0, 0),
        ClothingCase("MA", "Boston", 20_000, 2_500, 6250),
        ClothingCase("RI", "Providence", 25_000, 0, 0),
        ClothingCase("RI", "Providence", 30_000, 5_000, 7000),
        // Elsewhere clothing is taxed like anything else.
        ClothingCase("CA", "Los Angeles", 5_000, 5_000, 9750),
        ClothingCase("IL", "Chicago", 5_000, 5_000, 10250),
    ]

    @Test(
        "Clothing is exempt where the state exempts it, per item and by its threshold",
        arguments: clothing)
    func clothingExemption(_ expected: ClothingCase) throws {
        let city = try #require(Self.city(expected.state, expected.city))
        let day = Self.day("2025-06-01")
        let clothing = Self.tax.charge(
            city: city, day: day, isClothing: true, unitPriceCents: expected.priceCents)
        #expect(
            clothing
                == SalesTax.Charge(
                    taxableCents: expected.taxableCents, rateThousandths: expected.thousandths))
        // Anything else is taxed in full at the combined rate.
        let other = Self.tax.charge(
            city: city, day: day, isClothing: false, unitPriceCents: expected.priceCents)
        #expect(
            other
                == SalesTax.Charge(
                    taxableCents: expected.priceCents,
                    rateThousandths: Self.tax.rateThousandths(city: city, day: day)))
    }

    @Test("Every city of the rate table is one lexicon city, listed once")
    func tableCitiesAreLexiconCities() {
        var names = 0
        for place in SalesTaxRates.places {
            for name in place.names {
                names += 1
                let matches = USPlaces.shared.cities.indices.filter {
                    USPlaces.shared.cities[$0].name == name
                        && USStates.all[USPlaces.shared.cities[$0].state].code == place.state
                }
                #expect(matches.count == 1, "\(name), \(place.state)")
                if let city = matches.first {
                    #expect(Self.tax.hasLocalRate(city: city), "\(name), \(place.state)")
                }
            }
        }
        let withLocalRate = USPlaces.shared.cities.indices.filter {
            Self.tax.hasLocalRate(city: $0)
        }
        #expect(withLocalRate.count == names)
    }

    @Test("The 40 most populous US cities (2020 Census) have their own rate")
    func largestCities() throws {
        let largest = [
            ("NY", "New York"), ("CA", "Los Angeles"), ("IL", "Chicago"), ("TX", "Houston"),
            ("AZ", "Phoenix"), ("PA", "Philadelphia"), ("TX", "San Antonio"),
            ("CA", "San Diego"), ("TX", "Dallas"), ("CA", "San Jose"), ("TX", "Austin"),
            ("FL", "Jacksonville"), ("TX", "Fort Worth"), ("OH", "Columbus"),
            ("IN", "Indianapolis"), ("NC", "Charlotte"), ("CA", "San Francisco"),
            ("WA", "Seattle"), ("CO", "Denver"), ("DC", "Washington"), ("TN", "Nashville"),
            ("OK", "Oklahoma City"), ("TX", "El Paso"), ("MA", "Boston"), ("OR", "Portland"),
            ("NV", "Las Vegas"), ("MI", "Detroit"), ("TN", "Memphis"), ("KY", "Louisville"),
            ("MD", "Baltimore"), ("WI", "Milwaukee"), ("NM", "Albuquerque"), ("AZ", "Tucson"),
            ("CA", "Fresno"), ("AZ", "Mesa"), ("CA", "Sacramento"), ("GA", "Atlanta"),
            ("MO", "Kansas City"), ("CO", "Colorado Springs"), ("NE", "Omaha"),
        ]
        #expect(largest.count == 40)
        for (state, name) in largest {
            let city = try #require(Self.city(state, name), "\(name), \(state)")
            #expect(Self.tax.hasLocalRate(city: city), "\(name), \(state)")
        }
    }

    @Test("The rate tables are well formed: every state, dates that parse and increase, sane rates")
    func tablesAreWellFormed() {
        #expect(Set(SalesTaxRates.states.keys) == Set(USStates.all.map(\.code)))
        var lists = SalesTaxRates.states.map { ($0.key, $0.value) }
        lists += SalesTaxRates.places.map { ($0.names[0], $0.local) }
        for (name, list) in lists {
            #expect(list.first?.from == "", "\(name)")
            let days = list.dropFirst().map { CivilDate(parsing: $0.from)?.daysSinceEpoch }
            #expect(!days.contains(nil), "\(name)")
            let known = days.compactMap { $0 }
            #expect(zip(known, known.dropFirst()).allSatisfy { $0 < $1 }, "\(name)")
            #expect(list.allSatisfy { (0...7250).contains($0.thousandths) }, "\(name)")
        }
        // No combined rate in the table is above the highest big-city rates (about 11%).
        for city in USPlaces.shared.cities.indices where Self.tax.hasLocalRate(city: city) {
            for day in ["2019-01-01", "2022-01-01", "2026-12-31"] {
                #expect(
                    (0...11_000).contains(Self.tax.rateThousandths(city: city, day: Self.day(day))))
            }
        }
    }

    @Test("Tax is rounded half up to the cent")
    func rounding() {
        #expect(SalesTax.cents(of: 10_000, rateThousandths: 6625) == 663)  // 662.5
        #expect(SalesTax.cents(of: 1_999, rateThousandths: 8875) == 177)  // 177.41
        #expect(SalesTax.cents(of: 0, rateThousandths: 10_250) == 0)
        let charge = SalesTax.Charge(taxableCents: 2_500, rateThousandths: 6250)
        #expect(charge.taxCents(quantity: 3) == 469)  // 468.75
    }
}
