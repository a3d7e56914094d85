import DemoDataCore
import DemoDataVocabulary

/// The business's history up to the as-of date: when customers joined and for how long they
/// stay, how many were buying on each day, and so when each invoice was made.
///
/// Invoices begin on January 1 three years before the as-of year (three full years and the
/// year to date); customers joined during those years and the two before (the earlier ones
/// are the customers who were still buying when the invoices begin). Sign-ups grow by the
/// seed's yearly growth and peak in the fourth quarter; each customer buys at its class's
/// rate for a lifetime drawn around its class's mean, so that cohorts decay. The invoices of
/// a day are in proportion to the buying of the customers of that day, by their habits
/// (households in the evening and at weekends, businesses in business hours on working
/// days), and invoice `i` is made at the `i`-th point of that history, so that invoice numbers
/// follow time.
///
/// Everything here is computed once per generation from the parameters (a few thousand days),
/// never per row.
package final class BusinessHistory: Sendable {
    package let asOfDay: Int
    /// The first day an invoice may have: January 1, three years before the as-of year.
    package let firstInvoiceDay: Int
    /// The first day a customer may have joined: two years before the first invoice.
    package let firstSignupDay: Int
    /// The yearly growth of sign-ups (and so of orders), in thousandths (60 to 220).
    package let growthPerMille: Int
    package let signups: DayScale
    package let invoices: DayScale
    package let slots: CustomerSlots
    /// Buying of households and businesses on each invoice day, with the day's habits.
    private let householdDay: [Double]
    private let businessDay: [Double]
    /// Share of each UTC hour in households' and businesses' buying, standard time then
    /// daylight saving time, across the time zones by population.
    private let householdUTC: [[Double]]
    private let businessUTC: [[Double]]
    /// Whether each day from `firstSignupDay` to as-of is in daylight saving time.
    private let daylight: [Bool]
    /// The running share of each UTC hour in sign-ups (households and businesses four to
    /// one), standard time then daylight saving time: `signupHours[d][h]` is the share of the
    /// hours before `h + 1`.
    private let signupHours: [[Double]]
    /// Quantiles of the unit exponential distribution: `−ln(1 − (j + ½)/4096)`.
    private let exponential: [Double]
    /// Orders a year of a household and of a business whose intensity (tenths × factor in
    /// thousandths) is one.
    package let householdYearlyOrders: Double
    package let businessYearlyOrders: Double
    /// The class of a household's or a business's order: in proportion to the class's slots
    /// of that kind times its intensity.
    package let householdClassWeights: WeightTable
    package let businessClassWeights: WeightTable
    /// The share of orders that businesses place, in thousandths.
    package let businessPerMille: Int
    /// The share of customers who place an order as they join, in percent.
    package static let orderingAtSignupPercent = 85

    package static let historyYearsBeforeAsOf = 3
    package static let signupYearsBeforeInvoices = 2

    package init(
        asOf: CivilDate, customers: Int, invoices: Int, growthPerMille: Int,
        businessPerMille: Int, shuffle: (Int) -> Int
    ) {
        asOfDay = asOf.daysSinceEpoch
        let firstInvoice = BusinessHistory.firstInvoiceDay(asOf: asOf)
        firstInvoiceDay = firstInvoice
        firstSignupDay =
            CivilDate(
                year: asOf.year - Self.historyYearsBeforeAsOf - Self.signupYearsBeforeInvoices,
                month: 1, day: 1)?.daysSinceEpoch ?? firstInvoice - 730
        self.growthPerMille = growthPerMille
        self.businessPerMille = businessPerMille
        slots = CustomerSlots(shuffle: shuffle)
        exponential = (0..<4096).map { -PlainMath.ln(1 - (Double($0) + 0.5) / 4096) }

        // Sign-ups: growth, season and weekday; before the invoices, only those who were
        // still customers when they began.
        let yearlyLog = PlainMath.ln(1 + Double(growthPerMille) / 1000)
        var signupWeights: [Double] = []
        for day in firstSignupDay...asOfDay {
            let date = CivilDate(daysSinceEpoch: day)
            let weekday = CivilDate.weekday(daysSinceEpoch: day)
            var weight =
                PlainMath.exp(yearlyLog * Double(day - firstSignupDay) / 365.25)
                * Double(BuyingHabits.signupMonths[date.month - 1])
                * Double(BuyingHabits.signupWeekdays[weekday])
            if day < firstInvoice {
                weight *= PlainMath.exp(-Double(firstInvoice - day) / 900)
            }
            signupWeights.append(weight)
        }
        signups = DayScale(firstDay: firstSignupDay, weights: signupWeights, count: customers)

        // Orders grow with the sign-ups; households and businesses each by their habits,
        // businesses placing the seed's share of the orders.
        var householdDay: [Double] = []
        var businessDay: [Double] = []
        let businessShare = Double(businessPerMille) / Double(1000 - businessPerMille)
        for day in firstInvoice...asOfDay {
            let date = CivilDate(daysSinceEpoch: day)
            let weekday = CivilDate.weekday(daysSinceEpoch: day)
            let growth = PlainMath.exp(yearlyLog * Double(day - firstInvoice) / 365.25)
            householdDay.append(
                growth * Double(BuyingHabits.householdMonths[date.month - 1])
                    * Double(BuyingHabits.householdWeekdays[weekday])
                    * Double(BuyingHabits.householdDayPercent(date, weekday: weekday)))
            businessDay.append(
                growth * businessShare * 7 / 5
                    * Double(BuyingHabits.businessMonths[date.month - 1])
                    * Double(BuyingHabits.businessWeekdays[weekday])
                    * Double(BuyingHabits.businessDayPercent(date, weekday: weekday)))
        }
        self.householdDay = householdDay
        self.businessDay = businessDay
        let scale = DayScale(
            firstDay: firstInvoice, weights: zip(householdDay, businessDay).map { $0 + $1 },
            count: invoices)
        self.invoices = scale

        // Orders a year per unit of intensity, from who was a customer during the last year:
        // every class's sign-ups, decaying by its lifetime once the invoices began.
        let kinds = CustomerClass.all
        let householdKeep = kinds.map { PlainMath.exp(-1 / Double($0.householdLifetimeDays)) }
        let businessKeep = kinds.map { PlainMath.exp(-1 / Double($0.businessLifetimeDays)) }
        var households = Array(repeating: 0.0, count: kinds.count)
        var businesses = Array(repeating: 0.0, count: kinds.count)
        var householdsLastYear = 0.0
        var businessesLastYear = 0.0
        let lastYear = max(firstInvoice, asOfDay - 364)
        for (offset, day) in (firstSignupDay...asOfDay).enumerated() {
            let joined = signupWeights[offset]
            for index in kinds.indices {
                if day >= firstInvoice {
                    households[index] *= householdKeep[index]
                    businesses[index] *= businessKeep[index]
                }
                households[index] += joined * kinds[index].householdShare
                businesses[index] += joined * kinds[index].businessShare
            }
            if day >= lastYear {
                householdsLastYear += households.reduce(0, +)
                businessesLastYear += businesses.reduce(0, +)
            }
        }
        // Customers per unit of sign-up weight and class slot, and the mean factor (750).
        let perUnit =
            Double(customers) / signupWeights.reduce(0, +) / Double(CustomerClass.blockSize)
            * 750 / Double(asOfDay - lastYear + 1)
        let allWeight = zip(householdDay, businessDay).reduce(0) { $0 + $1.0 + $1.1 }
        let recent = (lastYear - firstInvoice)...
        let yearFraction = 365 / Double(asOfDay - lastYear + 1)
        householdYearlyOrders =
            Double(invoices) * householdDay[recent].reduce(0, +) / allWeight * yearFraction
            / max(householdsLastYear * perUnit, 1e-9)
        businessYearlyOrders =
            Double(invoices) * businessDay[recent].reduce(0, +) / allWeight * yearFraction
            / max(businessesLastYear * perUnit, 1e-9)
        householdClassWeights = WeightTable(
            kinds.map { max(1, Int($0.householdShare.rounded())) })
        businessClassWeights = WeightTable(kinds.map { max(1, Int($0.businessShare.rounded())) })

        let zones = Self.zonePopulations()
        let householdShares = [false, true].map {
            Self.utcShares(BuyingHabits.householdHours, zones, $0)
        }
        let businessShares = [false, true].map {
            Self.utcShares(BuyingHabits.businessHours, zones, $0)
        }
        householdUTC = householdShares
        businessUTC = businessShares
        signupHours = (0..<2).map { daylight in
            var running = 0.0
            return (0..<24).map { hour in
                running +=
                    0.8 * householdShares[daylight][hour] + 0.2 * businessShares[daylight][hour]
                return running
            }
        }
        daylight = (firstSignupDay...asOfDay).map(USTimeZone.isDaylightSaving)
    }

    package static func firstInvoiceDay(asOf: CivilDate) -> Int {
        CivilDate(year: asOf.year - historyYearsBeforeAsOf, month: 1, day: 1)?.daysSinceEpoch
            ?? asOf.daysSinceEpoch - 3 * 365
    }

    /// People per time zone.
    private static func zonePopulations() -> [Double] {
        var people = Array(repeating: 0.0, count: USTimeZone.allCases.count)
        for state in USStates.all {
            people[USTimeZone.of(stateCode: state.code).rawValue] += Double(state.population)
        }
        return people
    }

    /// The share of each UTC hour in buying by local `hours`, across zones by `people`.
    private static func utcShares(_ hours: [Int], _ people: [Double], _ daylight: Bool)
        -> [Double]
    {
        var shares = Array(repeating: 0.0, count: 24)
        for zone in USTimeZone.allCases {
            let offset = zone.offsetHours(daylight: daylight)
            for utc in 0..<24 {
                shares[utc] += people[zone.rawValue] * Double(hours[(utc - offset + 48) % 24])
            }
        }
        let total = shares.reduce(0, +)
        return shares.map { $0 / total }
    }

    /// A moment of `day` (microseconds after midnight UTC) at `fraction` of the day's buying,
    /// households' and businesses' weighted as given: later fractions are later moments.
    @inline(__always)
    private func moment(
        _ fraction: Double, day: Int, household: Double, business: Double
    ) -> Int64 {
        let daylight = isDaylightSaving(day) ? 1 : 0
        let households = householdUTC[daylight]
        let businesses = businessUTC[daylight]
        let total = household + business
        var remaining = fraction * total
        for hour in 0..<24 {
            let weight = household * households[hour] + business * businesses[hour]
            if remaining < weight || hour == 23 {
                let within = min(max(remaining / weight, 0), 0.999_999_9)
                let seconds = (Double(hour) + within) * 3600
                return Int64(seconds * 1_000_000)
            }
            remaining -= weight
        }
        return 0
    }

    /// When customer `index` joined: its day, and the moment in microseconds since the epoch.
    @inline(__always)
    package func signup(of index: Int) -> (day: Int, micros: Int64) {
        let (day, fraction) = signups.place(index)
        let hours = signupHours[isDaylightSaving(day) ? 1 : 0]
        // The first hour whose running share is above the fraction (the last at most).
        var hour = 0
        var high = 23
        while hour < high {
            let middle = (hour + high) / 2
            if hours[middle] <= fraction {
                hour = middle + 1
            } else {
                high = middle
            }
        }
        let start = hour == 0 ? 0 : hours[hour - 1]
        let within = min(max((fraction - start) / (hours[hour] - start), 0), 0.999_999_9)
        let micros = Int64((Double(hour) + within) * 3600 * 1_000_000)
        return (day, Int64(day) * DataContext.microsPerDay + micros)
    }

    /// Whether `day` is in US daylight saving time (from the table within the history).
    @inline(__always)
    package func isDaylightSaving(_ day: Int) -> Bool {
        let offset = day - firstSignupDay
        guard offset >= 0, offset < daylight.count else {
            return USTimeZone.isDaylightSaving(day)
        }
        return daylight[offset]
    }

    /// When invoice `index` was made: its day, the moment, and the share of businesses in
    /// the buying of that hour, in millionths.
    @inline(__always)
    package func invoiceMoment(of index: Int) -> (day: Int, micros: Int64, business: Int) {
        let (day, fraction) = invoices.place(index)
        let offset = day - firstInvoiceDay
        let household = householdDay[offset]
        let business = businessDay[offset]
        let micros = moment(fraction, day: day, household: household, business: business)
        let daylight = isDaylightSaving(day) ? 1 : 0
        let hour = Int(micros / 3_600_000_000)
        let households = household * householdUTC[daylight][hour]
        let businesses = business * businessUTC[daylight][hour]
        let share = Int(businesses / (households + businesses) * 1_000_000)
        return (day, Int64(day) * DataContext.microsPerDay + micros, share)
    }

    /// A lifetime in days around `mean`, from a uniform draw in 0..<4096.
    @inline(__always)
    package func lifetime(mean: Int, draw: Int) -> Int {
        Int(exponential[draw] * Double(mean))
    }
}
