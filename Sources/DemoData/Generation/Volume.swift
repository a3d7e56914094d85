/// A named size of dataset, as in the SPEC's volume table.
public enum Volume: String, CaseIterable, Sendable, Codable {
    case small
    case medium
    case large
    case huge

    /// Customers at scale 1.
    public var customers: Int {
        switch self {
        case .small: 25
        case .medium: 100
        case .large: 1000
        case .huge: 10000
        }
    }

    /// Products at scale 1.
    public var products: Int {
        switch self {
        case .small: 100
        case .medium: 500
        case .large: 2000
        case .huge: 20000
        }
    }

    /// Invoices at scale 1.
    public var invoices: Int {
        switch self {
        case .small: 75
        case .medium: 300
        case .large: 5000
        case .huge: 50000
        }
    }

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
