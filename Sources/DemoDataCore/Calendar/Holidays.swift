/// The days a US business is quiet, and the month names notes print dates with.
extension CivilDate {
    /// "Jan" to "Dec".
    package static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Whether the date is New Year's Day, Thanksgiving (the fourth Thursday of November) or
    /// Christmas Day; `weekday` is the date's (`CivilDate.weekday`), which callers have at hand.
    package func isQuietHoliday(weekday: Int) -> Bool {
        switch (month, day) {
        case (1, 1), (12, 25):
            return true
        case (11, 22...28):
            // Thursday is weekday 4 (Sunday 0); the fourth Thursday falls on the 22nd to 28th.
            return weekday == 4
        default:
            return false
        }
    }
}
