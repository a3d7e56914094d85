import DemoDataCore

/// When households and businesses buy, in their own local time: households in the evening and
/// at weekends, with Black Friday and Cyber Monday their busiest days; businesses in business
/// hours on working days. Weights are relative (100 is an ordinary hour, weekday or month).
package enum BuyingHabits {
    /// Local hour 0–23.
    package static let householdHours = [
        30, 15, 8, 5, 5, 8, 20, 40, 60, 75, 85, 90, 100, 95, 90, 90, 95, 105, 120, 140, 150, 135,
        95, 60,
    ]
    package static let businessHours = [
        1, 1, 1, 1, 1, 2, 8, 35, 90, 130, 140, 130, 95, 115, 130, 120, 90, 45, 18, 9, 6, 4, 2, 1,
    ]
    /// Sunday first.
    package static let householdWeekdays = [108, 98, 96, 96, 96, 95, 106]
    package static let businessWeekdays = [3, 100, 103, 103, 101, 93, 7]
    /// January first: households buy for the holidays; businesses slow down in December.
    package static let householdMonths = [82, 78, 88, 90, 94, 92, 92, 96, 90, 96, 122, 148]
    package static let businessMonths = [92, 96, 104, 102, 102, 100, 94, 100, 104, 106, 100, 86]
    /// Sign-ups by month: a fourth-quarter bump.
    package static let signupMonths = [96, 90, 98, 98, 100, 96, 96, 100, 100, 106, 124, 128]
    package static let signupWeekdays = [104, 99, 98, 98, 98, 97, 104]

    /// How much more (or less) households buy on a day than on an ordinary day of its
    /// weekday and month, in percent.
    package static func householdDayPercent(_ date: CivilDate, weekday: Int) -> Int {
        switch (date.month, date.day) {
        case (1, 1): return 45
        case (12, 24): return 80
        case (12, 25): return 35
        case (12, 26): return 120
        case (12, 31): return 70
        case (11, 22...28) where weekday == 4: return 70  // Thanksgiving
        case (11, 23...29) where weekday == 5: return 260  // Black Friday
        case (11, 24...30) where weekday == 6, (11, 25...30) where weekday == 0,
            (12, 1) where weekday == 0:
            return 140
        case (11, 26...30) where weekday == 1, (12, 1...2) where weekday == 1:
            return 240  // Cyber Monday
        default: return 100
        }
    }

    /// The same for businesses: federal holidays are quiet.
    package static func businessDayPercent(_ date: CivilDate, weekday: Int) -> Int {
        switch (date.month, date.day) {
        case (1, 1), (7, 4), (12, 25): return 4
        case (12, 24), (12, 31): return 30
        case (5, 25...31) where weekday == 1: return 10  // Memorial Day
        case (9, 1...7) where weekday == 1: return 10  // Labor Day
        case (11, 22...28) where weekday == 4: return 4  // Thanksgiving
        case (11, 23...29) where weekday == 5: return 40
        default: return 100
        }
    }
}
