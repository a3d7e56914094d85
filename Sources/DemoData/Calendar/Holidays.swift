/// The days a US business is quiet, and the month names notes print dates with.
extension CivilDate {
    /// "Jan" to "Dec".
    static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Whether the day is New Year's Day, Thanksgiving (the fourth Thursday of November) or
    /// Christmas Day.
    static func isQuietHoliday(daysSinceEpoch day: Int) -> Bool {
        let date = CivilDate(daysSinceEpoch: day)
        switch (date.month, date.day) {
        case (1, 1), (12, 25):
            return true
        case (11, 22...28):
            // Thursday is weekday 4 (Sunday 0); the fourth Thursday falls on the 22nd to 28th.
            return CivilDate.weekday(daysSinceEpoch: day) == 4
        default:
            return false
        }
    }
}
