import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// One of the customers with the most billed revenue.
public struct ReportCustomer: Sendable, Equatable {
    public let name: String
    public let tier: String
    /// The state of the customer's primary billing address; empty when it has none.
    public let state: String
    public let invoices: Int
    public let cents: Int
}
