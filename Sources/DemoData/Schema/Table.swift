/// The eight tables of an archive, in load order: parents before children.
public enum Table: String, CaseIterable, Sendable, Codable {
    case customerTypes = "customer_types"
    case productCategories = "product_categories"
    case customers
    case customerAddresses = "customer_addresses"
    case products
    case inventory
    case invoices
    case invoiceLineItems = "invoice_line_items"

    /// The table name, which is also the base of its file name.
    public var name: String { rawValue }

    /// The table whose rows carry this table's rows into a shard (itself for root tables).
    public var root: Table {
        switch self {
        case .customerAddresses: .customers
        case .inventory: .products
        case .invoiceLineItems: .invoices
        default: self
        }
    }

    /// The columns of the table, in file order.
    public var columns: [Column] {
        switch self {
        case .customerTypes: Self.customerTypeColumns
        case .productCategories: Self.productCategoryColumns
        case .customers: Self.customerColumns
        case .customerAddresses: Self.customerAddressColumns
        case .products: Self.productColumns
        case .inventory: Self.inventoryColumns
        case .invoices: Self.invoiceColumns
        case .invoiceLineItems: Self.invoiceLineItemColumns
        }
    }

    /// Looks a table up by its name, as written in manifests and on the command line.
    public init?(name: String) {
        self.init(rawValue: name)
    }
}
