/// US general sales tax by destination: each state's rate with the days it changed, the combined
/// local add-ons of the largest cities and of the cities the archive's customers live in most,
/// and the states' clothing exemptions. Sources: NOTICE (the states' revenue departments'
/// published rates and local rate tables).
///
/// Rates are in thousandths of a percent, the precision they are published with: 6.625% is
/// 6625, Tulsa's 8.517% is 8517. A rate applies from its day (`YYYY-MM-DD`) until the next
/// change; the first rate of a list has no day and applies to every earlier day as well.
///
/// What is simplified:
/// - A city is one rate: the rate of its core (for example the City of Los Angeles inside Los
///   Angeles County), although a few of its ZIP codes reach into a neighbouring district with
///   another rate. Places not listed charge their state's rate only (no county or city
///   add-on), which is the exact rate in states without local sales taxes (CT, DC, IN, KY, ME,
///   MD, MA, MI, NJ, RI) and the floor elsewhere.
/// - Local rates are listed with the days they changed since 2019 where the change is known;
///   those without a day are the 2024–2025 rate, applied to every day.
/// - Sales tax holidays, reduced rates of enterprise zones, Arizona's and Tennessee's tiers on
///   single items above a price, and exemptions other than clothing are not modelled.
/// - Utah's 6.1% and Virginia's 5.3% include the local add-ons every place there levies.
package enum SalesTaxRates {
    /// A rate in thousandths of a percent that applies from a day on.
    package struct Change: Sendable {
        /// `YYYY-MM-DD`, or "" for the first rate of a list.
        package let from: String
        package let thousandths: Int
    }

    /// How a state taxes clothing and footwear, per item (per unit of a line).
    package enum Clothing: Sendable, Equatable {
        /// Taxed like anything else.
        case taxable
        /// Exempt from state and local tax whatever its price (MN, NJ, PA, VT).
        case exempt
        /// An item sold for less than `cents` is exempt from the state's part of the rate;
        /// an item at or above it is taxed in full (NY: $110). Local parts follow only where a
        /// place says so (`Place.exemptsClothingLocally`).
        case exemptBelow(cents: Int)
        /// The first `cents` of an item's price are exempt and only the part above is taxed
        /// (MA: $175, RI: $250).
        case exemptUpTo(cents: Int)
    }

    /// A city (or the USPS place names of one city) with the local rate added to its state's.
    package struct Place: Sendable {
        /// USPS state code.
        package let state: String
        /// The place names of the city as USPS (and the lexicon) spell them: New York City is
        /// New York, Brooklyn, Bronx, Staten Island and the post office names of Queens.
        package let names: [String]
        /// The county, city and district rates added to the state's, over time.
        package let local: [Change]
        /// Whether the local part follows the state's clothing exemption (NYC exempts clothing
        /// under $110 from its own tax as well).
        package let exemptsClothingLocally: Bool

        init(
            _ state: String, _ names: [String], _ local: [Change],
            exemptsClothingLocally: Bool = false
        ) {
            self.state = state
            self.names = names
            self.local = local
            self.exemptsClothingLocally = exemptsClothingLocally
        }
    }

    private static func rate(_ thousandths: Int, from: String = "") -> Change {
        Change(from: from, thousandths: thousandths)
    }

    /// The state-level general sales tax rate of the 50 states and DC over time, by USPS code.
    package static let states: [String: [Change]] = [
        "AK": [rate(0)], "AL": [rate(4000)], "AR": [rate(6500)], "AZ": [rate(5600)],
        "CA": [rate(7250)], "CO": [rate(2900)], "CT": [rate(6350)],
        // 6% since 2018-10-01. The FY2025 Budget Support Act raised it to 6.5% on 2025-10-01
        // and 7% on 2026-10-01; the FY2026 one repealed the first step, so 6% until 7%.
        "DC": [rate(6000), rate(7000, from: "2026-10-01")],
        "DE": [rate(0)], "FL": [rate(6000)], "GA": [rate(4000)], "HI": [rate(4000)],
        "IA": [rate(6000)], "ID": [rate(6000)], "IL": [rate(6250)], "IN": [rate(7000)],
        "KS": [rate(6500)], "KY": [rate(6000)],
        // 4.45% from 2018-07-01; Act 11 of the 2024 third extraordinary session: 5%.
        "LA": [rate(4450), rate(5000, from: "2025-01-01")],
        "MA": [rate(6250)], "MD": [rate(6000)], "ME": [rate(5500)], "MI": [rate(6000)],
        "MN": [rate(6875)], "MO": [rate(4225)], "MS": [rate(7000)], "MT": [rate(0)],
        "NC": [rate(4750)], "ND": [rate(5000)], "NE": [rate(5500)], "NH": [rate(0)],
        "NJ": [rate(6625)],
        // The gross receipts tax: 5.125%, cut by 2022's HB 163 in two steps.
        "NM": [rate(5125), rate(5000, from: "2022-07-01"), rate(4875, from: "2023-07-01")],
        "NV": [rate(6850)], "NY": [rate(4000)], "OH": [rate(5750)], "OK": [rate(4500)],
        "OR": [rate(0)], "PA": [rate(6000)], "RI": [rate(7000)], "SC": [rate(6000)],
        // HB 1137 (2023): 4.5% to 4.2% from 2023-07-01.
        "SD": [rate(4500), rate(4200, from: "2023-07-01")],
        "TN": [rate(7000)], "TX": [rate(6250)], "UT": [rate(6100)], "VA": [rate(5300)],
        "VT": [rate(6000)], "WA": [rate(6500)], "WI": [rate(5000)], "WV": [rate(6000)],
        "WY": [rate(4000)],
    ]

    /// The states whose clothing rules differ from `.taxable`, by USPS code.
    package static let clothing: [String: Clothing] = [
        "MA": .exemptUpTo(cents: 17_500),
        "MN": .exempt,
        "NJ": .exempt,
        "NY": .exemptBelow(cents: 11_000),
        "PA": .exempt,
        "RI": .exemptUpTo(cents: 25_000),
        "VT": .exempt,
    ]

    /// The post office names of Queens, one of the five boroughs of New York City.
    private static let queens = [
        "Arverne", "Astoria", "Bayside", "Bellerose", "Breezy Point", "Cambria Heights",
        "College Point", "Corona", "East Elmhurst", "Elmhurst", "Far Rockaway", "Flushing",
        "Forest Hills", "Fresh Meadows", "Glen Oaks", "Hollis", "Howard Beach",
        "Jackson Heights", "Jamaica", "Kew Gardens", "Little Neck", "Long Island City",
        "Maspeth", "Middle Village", "Oakland Gardens", "Ozone Park", "Queens Village",
        "Rego Park", "Richmond Hill", "Ridgewood", "Rockaway Park", "Rosedale",
        "Saint Albans", "South Ozone Park", "South Richmond Hill", "Springfield Gardens",
        "Sunnyside", "Whitestone", "Woodhaven", "Woodside",
    ]

    /// Cities with local rates, by state; the comment gives the combined rate.
    package static let places: [Place] = [
        // Alabama: city and county taxes.
        Place("AL", ["Birmingham"], [rate(6000)]),  // 10%
        Place("AL", ["Montgomery"], [rate(6000)]),  // 10%
        Place("AL", ["Mobile"], [rate(6000)]),  // 10%
        Place("AL", ["Huntsville"], [rate(5000)]),  // 9%
        // Alaska has no state tax; Anchorage has no local sales tax either.
        Place("AK", ["Anchorage"], [rate(0)]),
        // Arizona: Maricopa 0.7% or Pima 0.5% and the city's privilege tax. Phoenix raised
        // its rate from 2.3% to 2.8% on 2025-07-01 (ordinance G-7369).
        Place("AZ", ["Phoenix"], [rate(3000), rate(3500, from: "2025-07-01")]),  // 8.6%, 9.1%
        Place("AZ", ["Tucson"], [rate(3100)]),  // 8.7%
        Place("AZ", ["Mesa"], [rate(2700)]),  // 8.3%
        Place("AZ", ["Chandler"], [rate(2200)]),  // 7.8%
        Place("AZ", ["Gilbert"], [rate(2200)]),  // 7.8%
        Place("AZ", ["Glendale"], [rate(3600)]),  // 9.2%
        // California: county and district taxes. Los Angeles County's Measure A replaced
        // Measure H (+0.25%) on 2025-04-01; the Caltrain tax (Measure RR, 0.125%) began on
        // 2021-07-01; Measures N (Bakersfield), U (Sacramento), X (Santa Ana) and S
        // (Glendale) of November 2018 on 2019-04-01.
        Place("CA", ["Los Angeles"], [rate(2250), rate(2500, from: "2025-04-01")]),  // 9.5, 9.75
        Place("CA", ["Long Beach"], [rate(3000), rate(3250, from: "2025-04-01")]),  // 10.25, 10.5
        Place(
            "CA", ["Glendale"],
            [rate(2250), rate(3000, from: "2019-04-01"), rate(3250, from: "2025-04-01")]),
        Place("CA", ["San Diego"], [rate(500)]),  // 7.75%
        Place("CA", ["San Francisco"], [rate(1250), rate(1375, from: "2021-07-01")]),  // 8.625
        Place("CA", ["San Jose"], [rate(2000), rate(2125, from: "2021-07-01")]),  // 9.375%
        Place("CA", ["Sacramento"], [rate(1000), rate(1500, from: "2019-04-01")]),  // 8.75%
        // Alameda County: Measure W (0.5%) from 2021-04-01, Measure C (0.5%, collected in
        // escrow while the courts decided on it) from 2021-07-01.
        Place(
            "CA", ["Oakland"],
            [rate(2000), rate(2500, from: "2021-04-01"), rate(3000, from: "2021-07-01")]),
        // Fresno County 7.975%; the city's Measure P of 2018 (0.375%), upheld by the courts,
        // from 2021-07-01.
        Place("CA", ["Fresno"], [rate(725), rate(1100, from: "2021-07-01")]),  // 8.35%
        Place("CA", ["Bakersfield"], [rate(0), rate(1000, from: "2019-04-01")]),  // 8.25%
        Place("CA", ["Stockton"], [rate(1750)]),  // 9%
        Place("CA", ["Riverside"], [rate(1500)]),  // 8.75%
        Place("CA", ["Anaheim"], [rate(500)]),  // 7.75%
        Place("CA", ["Irvine"], [rate(500)]),  // 7.75%
        Place("CA", ["Santa Ana"], [rate(500), rate(2000, from: "2019-04-01")]),  // 9.25%
        // Colorado: RTD 1%, the Scientific and Cultural Facilities District 0.1% and the city.
        // Denver: 4.31% from 2019, 4.81% from 2021 (homelessness and climate), 5.15% from 2025
        // (Denver Health, ballot 2Q).
        Place(
            "CO", ["Denver"],
            [rate(5410), rate(5910, from: "2021-01-01"), rate(6250, from: "2025-01-01")]),
        Place("CO", ["Colorado Springs"], [rate(5300)]),  // 8.2%
        Place("CO", ["Aurora"], [rate(5100)]),  // 8%
        // States without local sales taxes: the state rate is the city's.
        Place("DC", ["Washington"], [rate(0)]),
        Place("IN", ["Indianapolis"], [rate(0)]),
        Place("KY", ["Louisville"], [rate(0)]),
        Place("MA", ["Boston"], [rate(0)]),
        Place("MD", ["Baltimore"], [rate(0)]),
        Place("MI", ["Detroit"], [rate(0)]),
        Place("OR", ["Portland"], [rate(0)]),
        // Florida: the county's discretionary sales surtaxes. Duval added 0.5% for schools
        // on 2021-01-01; Hillsborough's 1% transportation surtax (from 2019-01-01) ended on
        // 2021-03-16, when the Department of Revenue told dealers to stop collecting it after
        // the Florida Supreme Court struck it down.
        Place("FL", ["Miami", "Hialeah"], [rate(1000)]),  // 7%
        Place("FL", ["Jacksonville"], [rate(1000), rate(1500, from: "2021-01-01")]),  // 7.5%
        Place("FL", ["Orlando"], [rate(500)]),  // 6.5%
        Place("FL", ["Tampa"], [rate(2500), rate(1500, from: "2021-03-16")]),  // 8.5%, 7.5%
        Place("FL", ["Fort Lauderdale", "Hollywood", "Pompano Beach"], [rate(1000)]),  // 7%
        Place("FL", ["Saint Petersburg", "Clearwater"], [rate(1000)]),  // 7%
        Place("FL", ["West Palm Beach", "Boca Raton"], [rate(1000)]),  // 7%
        Place("FL", ["Sarasota", "Bradenton", "Ocala"], [rate(1000)]),  // 7%
        Place("FL", ["Fort Myers", "Cape Coral"], [rate(500)]),  // 6.5%
        Place("FL", ["Tallahassee", "Pensacola"], [rate(1500)]),  // 7.5%
        // Georgia: Atlanta (Fulton County, MARTA, MOST, T-SPLOST).
        Place("GA", ["Atlanta"], [rate(4900)]),  // 8.9%
        Place("GA", ["Savannah"], [rate(3000)]),  // 7%
        Place("GA", ["Marietta"], [rate(2000)]),  // 6%
        // Hawaii: Oahu's 0.5% county surcharge on the general excise tax.
        Place("HI", ["Honolulu"], [rate(500)]),  // 4.5%
        // Iowa: Polk County's local option tax from 2019-07-01.
        Place("IA", ["Des Moines"], [rate(0), rate(1000, from: "2019-07-01")]),  // 7%
        // Illinois: Cook County 1.75%, Chicago 1.25%, RTA 1% and the city's share.
        Place("IL", ["Chicago"], [rate(4000)]),  // 10.25%
        Place("KS", ["Wichita"], [rate(1000)]),  // 7.5%
        // Louisiana: parish and city taxes; the combined rate follows the state's change.
        Place("LA", ["New Orleans"], [rate(5000)]),  // 9.45%, 10% from 2025
        Place("LA", ["Baton Rouge"], [rate(5500)]),  // 9.95%, 10.5% from 2025
        // Minnesota: Hennepin (0.15% and 0.5% transit) or Ramsey (0.5% transit) county taxes,
        // the city's, and the metro area's 0.75% transportation and 0.25% housing taxes from
        // 2023-10-01; Saint Paul's 1% streets and parks tax from 2024-04-01.
        Place("MN", ["Minneapolis"], [rate(1150), rate(2150, from: "2023-10-01")]),  // 9.025%
        Place(
            "MN", ["Saint Paul"],
            [rate(1000), rate(2000, from: "2023-10-01"), rate(3000, from: "2024-04-01")]),
        // Missouri: county and city taxes.
        Place("MO", ["Kansas City"], [rate(4625)]),  // 8.85%
        Place("MO", ["Saint Louis"], [rate(5454)]),  // 9.679%
        Place("MS", ["Jackson"], [rate(1000)]),  // 8%
        // North Carolina: county taxes (and Mecklenburg's and Durham's transit taxes).
        Place("NC", ["Charlotte"], [rate(2500)]),  // 7.25%
        Place("NC", ["Raleigh"], [rate(2500)]),  // 7.25%
        Place("NC", ["Durham"], [rate(2750)]),  // 7.5%
        Place("NC", ["Greensboro"], [rate(2000)]),  // 6.75%
        Place("NC", ["Winston Salem"], [rate(2250)]),  // 7%
        Place("NE", ["Omaha"], [rate(1500)]),  // 7%
        Place("NE", ["Lincoln"], [rate(1750)]),  // 7.25%
        // New Mexico: Albuquerque's and Bernalillo County's gross receipts taxes; the combined
        // rate follows the state's cuts (7.875%, 7.75%, 7.625%).
        Place("NM", ["Albuquerque"], [rate(2750)]),
        // Nevada: Clark County's 8.25% became 8.375% on 2020-01-01; Washoe County 8.265%.
        Place(
            "NV", ["Las Vegas", "Henderson", "North Las Vegas"],
            [rate(1400), rate(1525, from: "2020-01-01")]),
        Place("NV", ["Reno"], [rate(1415)]),  // 8.265%
        // New York: New York City 4.5% and the MCTD's 0.375%; the city exempts clothing under
        // $110 as the state does. The other cities: their county's tax, clothing taxed locally.
        Place(
            "NY", ["New York", "Brooklyn", "Bronx", "Staten Island"] + queens, [rate(4875)],
            exemptsClothingLocally: true),  // 8.875%
        Place("NY", ["Buffalo"], [rate(4750)]),  // 8.75%
        Place("NY", ["Rochester"], [rate(4000)]),  // 8%
        Place("NY", ["Syracuse"], [rate(4000)]),  // 8%
        Place("NY", ["Albany"], [rate(4000)]),  // 8%
        // Ohio: county and transit taxes. Franklin County (COTA's LinkUS) +0.5% on 2025-04-01;
        // Hamilton County (SORTA's Issue 7 of April 2020) +0.8% on 2020-10-01.
        Place("OH", ["Columbus"], [rate(1750), rate(2250, from: "2025-04-01")]),  // 7.5%, 8%
        Place("OH", ["Cleveland"], [rate(2250)]),  // 8%
        Place("OH", ["Cincinnati"], [rate(1250), rate(2050, from: "2020-10-01")]),  // 7%, 7.8%
        Place("OH", ["Dayton"], [rate(1750)]),  // 7.5%
        Place("OH", ["Akron"], [rate(1000)]),  // 6.75%
        // Oklahoma: city and county taxes.
        Place("OK", ["Oklahoma City"], [rate(4125)]),  // 8.625%
        Place("OK", ["Tulsa"], [rate(4017)]),  // 8.517%
        // Pennsylvania: Philadelphia's 2% and Allegheny County's 1% (clothing exempt, as the
        // state exempts it).
        Place("PA", ["Philadelphia"], [rate(2000)]),  // 8%
        Place("PA", ["Pittsburgh"], [rate(1000)]),  // 7%
        Place("SC", ["Columbia"], [rate(2000)]),  // 8%
        // Tennessee: county taxes (the state's single-article tier is not modelled).
        Place("TN", ["Nashville"], [rate(2250)]),  // 9.25%
        Place("TN", ["Memphis"], [rate(2750)]),  // 9.75%
        Place("TN", ["Knoxville"], [rate(2250)]),  // 9.25%
        Place("TN", ["Chattanooga"], [rate(2250)]),  // 9.25%
        // Texas: city, county and transit taxes up to the 2% cap.
        Place(
            "TX",
            [
                "Houston", "San Antonio", "Dallas", "Austin", "Fort Worth", "El Paso",
                "Corpus Christi", "Amarillo", "Plano", "Laredo", "Irving", "Garland",
            ], [rate(2000)]),  // 8.25%
        Place("TX", ["Arlington"], [rate(1750)]),  // 8%
        // Virginia: the regional 0.7% of Northern Virginia and Hampton Roads, and of Central
        // Virginia from 2020-10-01.
        Place("VA", ["Richmond"], [rate(0), rate(700, from: "2020-10-01")]),  // 6%
        Place("VA", ["Alexandria", "Virginia Beach", "Norfolk", "Arlington"], [rate(700)]),
        // Washington: city, county and Sound Transit taxes. Seattle: the transportation
        // benefit district's 0.15% from 2021-04-01, King County's cultural access 0.1% from
        // 2024-04-01, King County's and Seattle's public safety taxes (0.1% each) from
        // 2026-01-01.
        Place(
            "WA", ["Seattle"],
            [
                rate(3600), rate(3750, from: "2021-04-01"), rate(3850, from: "2024-04-01"),
                rate(4050, from: "2026-01-01"),
            ]),  // 10.1, 10.25, 10.35, 10.55
        Place("WA", ["Tacoma"], [rate(3800)]),  // 10.3%
        Place("WA", ["Spokane"], [rate(2500)]),  // 9%
        // Wisconsin: Milwaukee County 0.5%, then 0.9% with the city's 2% from 2024-01-01
        // (2023 Wisconsin Act 12).
        Place("WI", ["Milwaukee"], [rate(500), rate(2900, from: "2024-01-01")]),  // 5.5, 7.9
        Place("WI", ["Madison"], [rate(500)]),  // 5.5%
    ]
}
