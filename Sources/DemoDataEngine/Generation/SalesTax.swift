import DemoDataCore
import DemoDataVocabulary

/// The destination-based US sales tax of every lexicon city on every day, from
/// `SalesTaxRates`: built once per process into flat arrays, so that the rate of an invoice is
/// an array index and a date comparison or two, with no allocation.
///
/// Each city has a schedule: its state's (for cities without a local rate) or its own (the
/// state's rate plus the city's local rate, with a change on every day either changes). A
/// schedule is a run of changes in `changeDays` (the first at `Int.min`), each with the
/// combined rate and the rate a clothing item below the state's threshold pays.
package final class SalesTax: Sendable {
    package static let shared = SalesTax(places: USPlaces.shared)

    /// What one unit of a line is taxed on and at what rate: the taxable part of its price in
    /// cents and the rate in thousandths of a percent. An exempt unit is (0, 0).
    package struct Charge: Sendable, Equatable {
        package let taxableCents: Int
        package let rateThousandths: Int

        package init(taxableCents: Int, rateThousandths: Int) {
            self.taxableCents = taxableCents
            self.rateThousandths = rateThousandths
        }

        /// The tax on `quantity` units, in cents, rounded half up.
        package func taxCents(quantity: Int) -> Int {
            SalesTax.cents(of: taxableCents * quantity, rateThousandths: rateThousandths)
        }
    }

    /// The schedule of each lexicon city (an index into `scheduleChanges`).
    private let citySchedules: [Int32]
    /// The changes of schedule `s` are `scheduleChanges[s]..<scheduleChanges[s + 1]`.
    private let scheduleChanges: [Int32]
    /// The clothing rule of each schedule (its state's).
    private let scheduleClothing: [SalesTaxRates.Clothing]
    private let changeDays: [Int]
    private let changeRates: [Int32]
    private let changeClothingBelowRates: [Int32]
    /// The number of schedules that are states' (schedule `s < stateCount` is state `s`'s).
    private let stateCount: Int

    /// Builds the schedules for `places`' cities; stops the program when the rate tables name a
    /// state or city that is not there or a day that is no date (the tests check both).
    package init(places: USPlaces) {
        let states = USStates.all
        var stateIndex: [String: Int] = [:]
        for (index, state) in states.enumerated() {
            stateIndex[state.code] = index
        }
        func day(_ text: String) -> Int {
            guard !text.isEmpty else { return Int.min }
            guard let date = CivilDate(parsing: text) else {
                preconditionFailure("SalesTaxRates: \(text) is not a YYYY-MM-DD date")
            }
            return date.daysSinceEpoch
        }
        func changes(_ list: [SalesTaxRates.Change]) -> [(day: Int, thousandths: Int)] {
            precondition(
                !list.isEmpty && list[0].from.isEmpty,
                "SalesTaxRates: a rate list must start with a rate without a day")
            let result = list.map { (day: day($0.from), thousandths: $0.thousandths) }
            precondition(
                zip(result, result.dropFirst()).allSatisfy { $0.day < $1.day },
                "SalesTaxRates: the days of a rate list must increase")
            return result
        }
        /// The rate of a change list on `day`.
        func rate(_ list: [(day: Int, thousandths: Int)], on day: Int) -> Int {
            list.last { $0.day <= day }?.thousandths ?? list[0].thousandths
        }

        var scheduleChanges: [Int32] = [0]
        var scheduleClothing: [SalesTaxRates.Clothing] = []
        var changeDays: [Int] = []
        var changeRates: [Int32] = []
        var changeClothingBelowRates: [Int32] = []
        func addSchedule(
            state: [(day: Int, thousandths: Int)], local: [(day: Int, thousandths: Int)],
            clothing: SalesTaxRates.Clothing, exemptsClothingLocally: Bool
        ) {
            let days = Set(state.map(\.day) + local.map(\.day)).sorted()
            for day in days {
                let statePart = rate(state, on: day)
                let localPart = rate(local, on: day)
                changeDays.append(day)
                changeRates.append(Int32(statePart + localPart))
                changeClothingBelowRates.append(Int32(exemptsClothingLocally ? 0 : localPart))
            }
            scheduleChanges.append(Int32(changeDays.count))
            scheduleClothing.append(clothing)
        }

        var stateChanges: [[(day: Int, thousandths: Int)]] = []
        for state in states {
            guard let list = SalesTaxRates.states[state.code] else {
                preconditionFailure("SalesTaxRates: no rate for state \(state.code)")
            }
            stateChanges.append(changes(list))
            addSchedule(
                state: stateChanges[stateChanges.count - 1], local: [(Int.min, 0)],
                clothing: SalesTaxRates.clothing[state.code] ?? .taxable,
                exemptsClothingLocally: false)
        }
        var citySchedules = places.cities.map { Int32($0.state) }
        var cityIndex: [String: Int] = [:]
        for (index, city) in places.cities.enumerated() {
            cityIndex[states[city.state].code + "|" + city.name] = index
        }
        for place in SalesTaxRates.places {
            guard let state = stateIndex[place.state] else {
                preconditionFailure("SalesTaxRates: unknown state \(place.state)")
            }
            addSchedule(
                state: stateChanges[state], local: changes(place.local),
                clothing: SalesTaxRates.clothing[place.state] ?? .taxable,
                exemptsClothingLocally: place.exemptsClothingLocally)
            for name in place.names {
                guard let city = cityIndex[place.state + "|" + name] else {
                    preconditionFailure("SalesTaxRates: no city \(name), \(place.state)")
                }
                precondition(
                    citySchedules[city] == Int32(state),
                    "SalesTaxRates: \(name), \(place.state) is listed twice")
                citySchedules[city] = Int32(scheduleClothing.count - 1)
            }
        }
        self.citySchedules = citySchedules
        self.scheduleChanges = scheduleChanges
        self.scheduleClothing = scheduleClothing
        self.changeDays = changeDays
        self.changeRates = changeRates
        self.changeClothingBelowRates = changeClothingBelowRates
        stateCount = states.count
    }

    /// The change of `schedule` in effect on `day`: walks back from the newest, since most
    /// days an archive holds are recent.
    @inline(__always)
    private func change(schedule: Int, day: Int) -> Int {
        let first = Int(scheduleChanges[schedule])
        var change = Int(scheduleChanges[schedule + 1]) - 1
        while change > first, changeDays[change] > day {
            change -= 1
        }
        return change
    }

    /// The combined state and local rate of a lexicon city on a day (days since 1970-01-01),
    /// in thousandths of a percent.
    @inline(__always)
    package func rateThousandths(city: Int, day: Int) -> Int {
        Int(changeRates[change(schedule: Int(citySchedules[city]), day: day)])
    }

    /// The state-level rate of a state (its index in `USStates.all`) on a day, in thousandths
    /// of a percent.
    package func stateRateThousandths(state: Int, day: Int) -> Int {
        precondition(state < stateCount, "SalesTax: \(state) is no state index")
        return Int(changeRates[change(schedule: state, day: day)])
    }

    /// Whether a lexicon city has a rate of its own (a local rate) rather than its state's.
    package func hasLocalRate(city: Int) -> Bool { Int(citySchedules[city]) >= stateCount }

    /// How one unit of a line priced `unitPriceCents` is taxed in a lexicon city on a day:
    /// everything but clothing is taxed in full at the combined rate; clothing follows the
    /// state's exemption (`SalesTaxRates.Clothing`).
    @inline(__always)
    package func charge(city: Int, day: Int, isClothing: Bool, unitPriceCents: Int) -> Charge {
        let schedule = Int(citySchedules[city])
        let change = change(schedule: schedule, day: day)
        let rate = Int(changeRates[change])
        guard isClothing else {
            return Charge(taxableCents: unitPriceCents, rateThousandths: rate)
        }
        switch scheduleClothing[schedule] {
        case .taxable:
            return Charge(taxableCents: unitPriceCents, rateThousandths: rate)
        case .exempt:
            return Charge(taxableCents: 0, rateThousandths: 0)
        case .exemptBelow(let threshold):
            guard unitPriceCents < threshold else {
                return Charge(taxableCents: unitPriceCents, rateThousandths: rate)
            }
            let localRate = Int(changeClothingBelowRates[change])
            return Charge(
                taxableCents: localRate == 0 ? 0 : unitPriceCents, rateThousandths: localRate)
        case .exemptUpTo(let threshold):
            guard unitPriceCents > threshold else {
                return Charge(taxableCents: 0, rateThousandths: 0)
            }
            return Charge(taxableCents: unitPriceCents - threshold, rateThousandths: rate)
        }
    }

    /// The tax on `amountCents` at a rate in thousandths of a percent, in cents, rounded half
    /// up (amounts are never negative).
    @inline(__always)
    package static func cents(of amountCents: Int, rateThousandths: Int) -> Int {
        (amountCents * rateThousandths + 50_000) / 100_000
    }
}
