import DemoDataCore
import DemoDataVocabulary

/// A named size of dataset, as in the SPEC's volume table.
public enum Volume: String, CaseIterable, Sendable, Codable {
    case small
    case medium
    case large
    case huge

    /// The rows of a root table at scale 1, from the registry (0 for a child table).
    public func count(of table: Table) -> Int {
        table.spec.rootCount?.atScaleOne(self) ?? 0
    }

    /// Customers at scale 1.
    public var customers: Int { count(of: .customers) }
    /// Products at scale 1.
    public var products: Int { count(of: .products) }
    /// Invoices at scale 1.
    public var invoices: Int { count(of: .invoices) }

    /// How many addresses each customer has.
    public var addressesPerCustomer: ClosedRange<Int> {
        switch self {
        case .small: 1...2
        case .medium: 1...3
        case .large, .huge: 1...4
        }
    }

    /// How many line items each invoice has.
    public var lineItemsPerInvoice: ClosedRange<Int> {
        switch self {
        case .small: 1...5
        case .medium: 2...8
        case .large, .huge: 1...12
        }
    }
}
