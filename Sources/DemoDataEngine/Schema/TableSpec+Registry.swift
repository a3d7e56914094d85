import DemoDataCore
import DemoDataVocabulary

/// The registry: each table's entry, declared in its file under `Tables/`, one line here in
/// load order.
extension Table {
    /// The table's registry entry.
    package var spec: TableSpec {
        switch self {
        case .customerTypes: .customerTypes
        case .productCategories: .productCategories
        case .customers: .customers
        case .customerAddresses: .customerAddresses
        case .products: .products
        case .inventory: .inventory
        case .invoices: .invoices
        case .invoiceLineItems: .invoiceLineItems
        }
    }
}
