import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVocabulary

/// The as-of date of an archive, in the forms the checks compare with.
package struct AsOf: Sendable {
    /// Days since 1970-01-01.
    package let day: Int
    /// The last microsecond of the day, since 1970-01-01.
    package let end: Int64
    /// `YYYY-MM-DD`.
    package let text: String
    /// The first day an invoice may have (January 1, three years before the as-of year).
    package let firstInvoiceDay: Int

    package init(_ date: CivilDate) {
        day = date.daysSinceEpoch
        end = Int64(day + 1) * ValueText.microsPerDay - 1
        text = date.description
        firstInvoiceDay = BusinessHistory.firstInvoiceDay(asOf: date)
    }
}
