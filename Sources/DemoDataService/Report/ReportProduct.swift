import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// One of the best-selling products: billed line totals and units.
public struct ReportProduct: Sendable, Equatable {
    public let sku: String
    public let name: String
    public let category: String
    /// Units sold, in hundredths (quantities have two decimals).
    public let units: Int
    public let cents: Int
}
