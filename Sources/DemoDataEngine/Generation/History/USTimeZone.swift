import DemoDataCore

/// The US time zones customers live in, by state (a state split between zones takes the zone
/// most of its people live in), with daylight saving time as the US has kept it since 2007
/// (from the second Sunday of March to the first Sunday of November, not in Arizona and
/// Hawaii). Timestamps stay UTC; a customer's clock decides when in UTC it buys.
package enum USTimeZone: Int, CaseIterable, Sendable {
    case eastern, central, mountain, arizona, pacific, alaska, hawaii

    /// Hours behind UTC in standard time.
    package var standardOffsetHours: Int {
        switch self {
        case .eastern: 5
        case .central: 6
        case .mountain, .arizona: 7
        case .pacific: 8
        case .alaska: 9
        case .hawaii: 10
        }
    }

    package var observesDaylightSaving: Bool { self != .arizona && self != .hawaii }

    /// Hours behind UTC, in daylight saving time or not.
    package func offsetHours(daylight: Bool) -> Int {
        standardOffsetHours - (daylight && observesDaylightSaving ? 1 : 0)
    }

    /// Whether `day` is within daylight saving time.
    package static func isDaylightSaving(_ day: Int) -> Bool {
        let date = CivilDate(daysSinceEpoch: day)
        switch date.month {
        case 4...10: return true
        case 3: return day >= nthSunday(2, month: 3, year: date.year)
        case 11: return day < nthSunday(1, month: 11, year: date.year)
        default: return false
        }
    }

    private static func nthSunday(_ n: Int, month: Int, year: Int) -> Int {
        let first = CivilDate(year: year, month: month, day: 1).map(\.daysSinceEpoch) ?? 0
        let weekday = CivilDate.weekday(daysSinceEpoch: first)
        return first + (7 - weekday) % 7 + 7 * (n - 1)
    }

    /// The zone of a state by its USPS code.
    package static func of(stateCode code: String) -> USTimeZone {
        switch code {
        case "AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN",
            "TX", "WI":
            .central
        case "CO", "ID", "MT", "NM", "UT", "WY": .mountain
        case "AZ": .arizona
        case "CA", "NV", "OR", "WA": .pacific
        case "AK": .alaska
        case "HI": .hawaii
        default: .eastern
        }
    }
}
