import DemoData

/// The dates the tests pin, so that no result depends on today's date.
public enum TestDates {
    /// The as-of date of every generated test archive.
    public static let asOf = "2026-06-30"

    /// `asOf` as the product's `CivilDate`, for the tests that generate in process.
    public static let asOfDate: CivilDate = {
        guard let date = CivilDate(parsing: asOf) else {
            preconditionFailure("TestDates.asOf \(asOf) is not a date")
        }
        return date
    }()
}
