import DemoDataArchive
import DemoDataCore
import DemoDataEngine
import DemoDataVerification
import DemoDataVocabulary

/// A product whose current stock is at or below its reorder point.
public struct ReportReorderItem: Sendable, Equatable {
    public let sku: String
    public let name: String
    public let location: String
    public let currentStock: Int
    public let reservedStock: Int
    public let reorderPoint: Int
    public let reorderQuantity: Int
}
