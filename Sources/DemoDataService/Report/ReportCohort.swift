import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// The customers who signed up in one month, and how many of them placed a billed order in
/// that month and each month after it (`active[0]` the month itself).
public struct ReportCohort: Sendable, Equatable {
    /// The sign-up month, `YYYY-MM`.
    public let month: String
    public let customers: Int
    public let active: [Int]
}
