import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// One bar of a report's chart: a label (a month, a category, a tier, a state, an ageing
/// bucket, a weekday, an hour), how many things it counts and their money in cents.
public struct ReportBar: Sendable, Equatable {
    public let label: String
    public let count: Int
    public let cents: Int

    public init(label: String, count: Int, cents: Int) {
        self.label = label
        self.count = count
        self.cents = cents
    }
}
